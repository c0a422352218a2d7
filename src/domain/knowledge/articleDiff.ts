/**
 * A readable comparison of two versions of an article: word by word (longest common subsequence), over its title,
 * summary, phrasings, keywords and the body's text. articleEditConflict.ts compares whole fields (who changed what);
 * a person comparing versions needs to see which words changed inside a field.
 */
import type { ArticleContent } from './articleEditConflict';

/** A run of words kept, removed (only in the older version) or added (only in the newer). */
export interface DiffPart { kind: 'same' | 'removed' | 'added'; text: string }

/** The fields compared, in display order. */
export type ComparedField = 'title' | 'summary' | 'questions' | 'keywords' | 'body';

/** One field's comparison. */
export interface FieldDiff { field: ComparedField; changed: boolean; parts: DiffPart[] }

/** Beyond this many cells (words × words) the table is not built: the changed middle is shown removed then added. */
export const MAX_DIFF_CELLS = 4000000;

/** Words, punctuation marks and the spaces between them, kept as tokens so that the parts join back into the texts. */
function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_'’-]+|[^\s\p{L}\p{N}_'’-]/gu) || [];
}

function push(out: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * The word-level difference from `before` to `after`: the parts, in order, whose 'same' and 'removed' texts join
 * into `before` and whose 'same' and 'added' texts join into `after`. Removals come before additions at a change.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const out: DiffPart[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_DIFF_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    lcsParts(midA, midB).forEach(p => push(out, p.kind, p.text));
  }
  push(out, 'same', a.slice(endA).join(''));
  return out;
}

/** The classic LCS table (lengths of the common subsequences of the suffixes), then one walk from the start. */
function lcsParts(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { push(out, 'same', a[i]); i++; j++; }
    else if (j >= m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1])) { push(out, 'removed', a[i]); i++; }
    else { push(out, 'added', b[j]); j++; }
  }
  return out;
}

const ENTITIES: { [name: string]: string } = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', rsquo: '’', hellip: '…' };

/**
 * The text a reader reads in an article's HTML body, one line per block (paragraph, heading, list item, table row),
 * without tags, scripts or styles, entities decoded. Only ever compared and shown as text, never as HTML.
 */
export function bodyText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|tr|div|blockquote|pre|dt|dd)\s*>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole: string, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      const named = ENTITIES[code.toLowerCase()];
      return named === undefined ? whole : named;
    })
    .split('\n').map(l => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(l => l !== '').join('\n');
}

/** Each compared field of two versions (phrasings one per line, keywords comma-separated), in display order. */
export function diffArticles(before: ArticleContent, after: ArticleContent): FieldDiff[] {
  const texts: [ComparedField, string, string][] = [
    ['title', before.title, after.title],
    ['summary', before.summary, after.summary],
    ['questions', before.questions.join('\n'), after.questions.join('\n')],
    ['keywords', before.keywords.join(', '), after.keywords.join(', ')],
    ['body', bodyText(before.bodyHtml), bodyText(after.bodyHtml)]
  ];
  return texts.map(([field, from, to]) => ({ field, changed: from !== to, parts: diffWords(from, to) }));
}
