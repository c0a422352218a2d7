import type { MailTemplate, RenderedMail } from './templates';

/**
 * The rendering rules of the server-side mailer (flows/help-center-mailer/definition.json), step for step in
 * TypeScript, and the subset of Mustache both renderers agree on.
 *
 * A Power Automate flow has no template engine: it walks the template with workflow expressions (indexOf,
 * substring, replace) inside a "Do until" loop. This file mirrors that walk, so that a unit test can show that
 * every shipped template renders identically here and with mustache.js (the browser's renderer), and the outbox
 * can refuse to queue for the flow a template outside the subset (`flowTemplateProblems`).
 *
 * The subset: `{{name}}` (HTML-escaped in the body, as is in the subject), `{{#name}}…{{/name}}` (shown when the
 * value is non-empty text), `{{^name}}…{{/name}}` (shown when it is empty or missing), `{{! comment }}`. Names are
 * letters, digits and `_`; a section is never nested in a section of the same name; a closing tag is written
 * exactly `{{/name}}`; a line holding only section or comment tags is avoided (mustache.js drops such a line, the
 * flow keeps it). Values are text: the outbox stores them so.
 */

/** What the flow writes for each character mustache.js escapes, in the order of its nested replace() calls. */
const HTML_ESCAPES: [string, string][] = [
  ['&', '&amp;'], ['<', '&lt;'], ['>', '&gt;'], ['"', '&quot;'], ['\'', '&#39;'], ['/', '&#x2F;'], ['`', '&#x60;'], ['=', '&#x3D;']
];

/** HTML-escapes text as mustache.js does, by the flow's successive replacements (`&` first). */
export function escapeHtmlLikeFlow(text: string): string {
  let out = text;
  HTML_ESCAPES.forEach(pair => { out = out.split(pair[0]).join(pair[1]); });
  return out;
}

/** The characters .NET's String.Trim() removes (Char.IsWhiteSpace): the flow's trim() is .NET's. */
const DOTNET_WHITESPACE = '\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

/** `trim()` of the workflow language (.NET String.Trim: U+0085 is whitespace, U+FEFF is not — unlike JavaScript's). */
export function dotnetTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && DOTNET_WHITESPACE.indexOf(text.charAt(start)) >= 0) start++;
  while (end > start && DOTNET_WHITESPACE.indexOf(text.charAt(end - 1)) >= 0) end--;
  return text.substring(start, end);
}

/** One UTF-16 unit folded for a case-insensitive comparison that keeps every index where it is. */
function fold(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === 1 ? upper : c;
}

/** `indexOf()` of the workflow language, which is not case-sensitive. */
export function indexOfIgnoreCase(text: string, search: string): number {
  if (!search.length) return 0;
  const s = search.split('').map(fold).join('');
  for (let i = 0; i + search.length <= text.length; i++) {
    let j = 0;
    while (j < search.length && fold(text.charAt(i + j)) === s.charAt(j)) j++;
    if (j === search.length) return i;
  }
  return -1;
}

/** A value as the flow reads it: `coalesce(values?[name], '')` (property names are not case-sensitive there). */
function lookup(values: Record<string, unknown>, name: string): unknown {
  let v: unknown = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
  if (v === undefined) {
    const lower = name.toLowerCase();
    const keys = Object.keys(values).filter(k => k.toLowerCase() === lower);
    v = keys.length ? values[keys[0]] : undefined;
  }
  return v === undefined || v === null ? '' : v;
}

/** Most "Do until" iterations the flow allows one part of a template (its `limit.count`). */
export const FLOW_RENDER_ITERATIONS = 1000;

/** The result of the flow's walk over one part (subject or body): the text, or why the row is not sent. */
export type FlowPart = { text: string; error?: undefined } | { text?: undefined; error: string };

/**
 * The flow's "Do until" walk over one part of a template: text up to the next `{{` is copied, the tag up to the
 * next `}}` is read (trimmed), then `#`/`^` keep or skip up to the first `{{/name}}`, `/` and `!` are dropped, and
 * anything else is the value (escaped when `escape`). Same steps, same errors, same limits as the definition.
 */
export function renderPartLikeFlow(template: string, values: Record<string, unknown>, escape: boolean): FlowPart {
  let rest = template;
  let out = '';
  for (let iteration = 0; iteration < FLOW_RENDER_ITERATIONS; iteration++) {
    const open = indexOfIgnoreCase(rest, '{{');
    if (open < 0) return { text: out + rest };
    out += rest.substring(0, open);
    const afterOpen = rest.substring(open + 2);
    const close = indexOfIgnoreCase(afterOpen, '}}');
    if (close < 0) return { error: 'a {{ tag is not closed' };
    const tag = dotnetTrim(afterOpen.substring(0, close));
    const afterTag = afterOpen.substring(close + 2);
    const sigil = (tag + ' ').substring(0, 1);
    const name = '#^/!'.indexOf(sigil) >= 0 ? dotnetTrim((tag + ' ').substring(1)) : tag;
    const value = lookup(values, name);
    if (sigil === '#' || sigil === '^') {
      if (typeof value !== 'string') return { error: `the value "${name}" is not text` };
      const keep = sigil === '#' ? value !== '' : value === '';
      if (keep) rest = afterTag;
      else {
        const end = `{{/${name}}}`;
        const at = indexOfIgnoreCase(afterTag, end);
        if (at < 0) return { error: `the section "${name}" is not closed` };
        rest = afterTag.substring(at + end.length);
      }
    } else if (sigil === '/' || sigil === '!') {
      rest = afterTag;
    } else {
      if (typeof value !== 'string') return { error: `the value "${name}" is not text` };
      out += escape ? escapeHtmlLikeFlow(value) : value;
      rest = afterTag;
    }
    if (rest === '') return { text: out };
  }
  return { error: 'the template is too long for the flow' };
}

/** The subject's line breaks become spaces, one each, and the ends are trimmed (the same rule in renderMail). */
export function plainSubject(text: string): string {
  return dotnetTrim(text.replace(/\r\n|\r|\n/g, ' '));
}

/** A whole mail as the flow renders it: the row's language ('en', else French), subject as text, body escaped. */
export function renderMailLikeFlow(template: MailTemplate, language: string, values: Record<string, unknown>): RenderedMail | { error: string } {
  const text = (language === 'en' ? template.en : template.fr) || template.fr;
  const subject = renderPartLikeFlow(text.subject, values, false);
  if (subject.error !== undefined) return { error: subject.error };
  const body = renderPartLikeFlow(text.body, values, true);
  if (body.error !== undefined) return { error: body.error };
  return { subject: plainSubject(subject.text as string), htmlBody: body.text as string };
}

interface Token { kind: 'text' | 'tag'; text: string; sigil?: string; name?: string }

function tokens(text: string): { list: Token[]; unclosed: boolean } {
  const list: Token[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('{{');
    if (open < 0) { if (rest) list.push({ kind: 'text', text: rest }); return { list, unclosed: false }; }
    if (open > 0) list.push({ kind: 'text', text: rest.substring(0, open) });
    const close = rest.indexOf('}}', open + 2);
    if (close < 0) return { list, unclosed: true };
    const inner = rest.substring(open + 2, close);
    const tag = dotnetTrim(inner);
    const sigil = '#^/!{&>='.indexOf(tag.charAt(0)) >= 0 && tag ? tag.charAt(0) : '';
    list.push({ kind: 'tag', text: inner, sigil, name: sigil ? dotnetTrim(tag.substring(1)) : tag });
    rest = rest.substring(close + 2);
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Names mustache.js would resolve on the values object itself (`constructor`, `toString` …) or on a text value (`length`). */
function reserved(name: string): boolean {
  return name === 'length' || name in {};
}

/** Why one part of a template is outside the subset both renderers agree on (empty: inside). */
function partProblems(text: string, where: string): string[] {
  const problems: string[] = [];
  const scanned = tokens(text);
  if (scanned.unclosed) problems.push(`${where}: a {{ tag is not closed`);
  const stack: string[] = [];
  const sectionNames: string[] = [];
  // mustache.js drops a line that holds tags but no text and no {{value}}; the flow keeps its spaces and line break.
  let line = { tags: 0, values: 0, text: false, space: false };
  const endLine = (): void => {
    if (line.tags > 0 && line.values === 0 && !line.text && line.space) {
      problems.push(`${where}: a line holds only section or comment tags and spaces (mustache.js drops such a line, the flow keeps it)`);
    }
    line = { tags: 0, values: 0, text: false, space: false };
  };
  scanned.list.forEach(t => {
    if (t.kind === 'text') {
      for (let i = 0; i < t.text.length; i++) {
        const c = t.text.charAt(i);
        if (/\s/.test(c)) line.space = true; else line.text = true;
        if (c === '\n') endLine();
      }
      return;
    }
    line.tags++;
    const name = t.name || '';
    if (t.sigil === '{' || t.sigil === '&') { problems.push(`${where}: {{${t.text}}} would insert a value without HTML escaping`); line.values++; return; }
    if (t.sigil === '>' || t.sigil === '=') { problems.push(`${where}: {{${t.text}}} (partials and delimiter changes) is not supported`); return; }
    if (t.sigil === '!') return;
    if (!NAME.test(name)) problems.push(`${where}: "${name}" is not a plain name (letters, digits, _)`);
    else if (reserved(name)) problems.push(`${where}: "${name}" is a reserved name`);
    if (!t.sigil) { line.values++; return; }
    if (t.sigil === '#' || t.sigil === '^') {
      const lower = name.toLowerCase();
      if (stack.some(s => s.toLowerCase() === lower)) problems.push(`${where}: the section "${name}" is inside a section of the same name`);
      stack.push(name);
      if (sectionNames.every(s => s !== name)) sectionNames.push(name);
      return;
    }
    // A closing tag: the flow looks for exactly `{{/name}}`.
    if (t.text !== `/${name}`) problems.push(`${where}: write the closing tag {{${t.text}}} as {{/${name}}}`);
    const open = stack.pop();
    if (open !== name) problems.push(`${where}: {{/${name}}} does not close ${open ? `the section "${open}"` : 'any section'}`);
  });
  endLine();
  stack.forEach(s => problems.push(`${where}: the section "${s}" is not closed`));
  sectionNames.forEach((a, i) => {
    if (sectionNames.some((b, j) => j > i && a !== b && a.toLowerCase() === b.toLowerCase())) {
      problems.push(`${where}: the sections "${a}" and another differ only by case (the flow's search ignores case)`);
    }
  });
  return problems;
}

/** Why a template is outside the subset the flow and mustache.js render identically (empty: fine for the flow). */
export function flowTemplateProblems(template: MailTemplate): string[] {
  const out: string[] = [];
  (['fr', 'en'] as ('fr' | 'en')[]).forEach(lang => {
    out.push(...partProblems(template[lang].subject, `${lang}.subject`), ...partProblems(template[lang].body, `${lang}.body`));
  });
  return out;
}

/** Tags that would put a value into the mail without HTML escaping (`{{{x}}}`, `{{&x}}`): never rendered, by either sender. */
export function hasUnescapedTags(template: MailTemplate): boolean {
  const parts = [template.fr.subject, template.fr.body, template.en.subject, template.en.body];
  return parts.some(p => tokens(p).list.some(t => t.kind === 'tag' && (t.sigil === '{' || t.sigil === '&')));
}
