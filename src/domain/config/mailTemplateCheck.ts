/**
 * The check of a mail template an owner edits (issue 18), before anything is written: every `{{name}}` is a value
 * the mail receives, the values the product's text needs (its link) are there, and every `{{#x}}`/`{{^x}}` section is
 * closed in order. Pure: the page and the repository run the same rules.
 */

/** One language version of a template, as the check reads it. */
export interface CheckedText {
  subject: string;
  body: string;
}

/** A template in both languages, as the check reads it. */
export interface CheckedTemplate {
  fr: CheckedText;
  en: CheckedText;
}

/** What a template may use: the values its mail receives, and those it must use (per language, in subject or body). */
export interface PlaceholderCatalogue {
  /** Every value name the mail receives. */
  allowed: readonly string[];
  /** Names the template must use somewhere in each language (e.g. `link`). */
  required: readonly string[];
}

/** The languages and parts a problem is found in. */
export type MailLanguage = 'fr' | 'en';
/** Subject or body. */
export type MailPart = 'subject' | 'body';

/** Why a template is refused. */
export type MailProblemCode = 'empty' | 'unknown' | 'missing' | 'unclosed' | 'unopened' | 'syntax';

/** One refused point: where, why and the placeholder named (when there is one). */
export interface MailProblem {
  language: MailLanguage;
  /** Undefined for `missing` (the whole language version lacks it). */
  part?: MailPart;
  code: MailProblemCode;
  name?: string;
}

/** A Mustache tag: its kind (`''` a value, `#`/`^` a section, `/` its end, `!` a comment, `&`/`{` an unescaped value). */
export interface MustacheTag {
  kind: '' | '#' | '^' | '/' | '!' | '&' | '{' | '=' | '>';
  name: string;
}

const TAG = /\{\{(\{?)\s*([#^/!&=>]?)\s*([\s\S]*?)\s*\}?\}\}/g;

/** The tags of a text, in order; `undefined` when a `{{` is never closed. */
export function mustacheTags(text: string): MustacheTag[] | undefined {
  const out: MustacheTag[] = [];
  let rest = 0;
  let m: RegExpExecArray | null; // eslint-disable-line @rushstack/no-new-null
  TAG.lastIndex = 0;
  while ((m = TAG.exec(text)) !== null) {
    const kind = (m[1] ? '{' : m[2]) as MustacheTag['kind'];
    out.push({ kind, name: m[3].replace(/\}$/, '').trim() });
    rest = TAG.lastIndex;
  }
  return text.indexOf('{{', rest) >= 0 ? undefined : out;
}

/** The value names a text uses (values and sections), in order, each once. */
export function placeholdersOf(text: string): string[] {
  const out: string[] = [];
  (mustacheTags(text) || []).forEach(t => {
    if ((t.kind === '' || t.kind === '#' || t.kind === '^' || t.kind === '&' || t.kind === '{') && t.name && out.indexOf(t.name) < 0) out.push(t.name);
  });
  return out;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function checkText(text: string, language: MailLanguage, part: MailPart, allowed: readonly string[]): MailProblem[] {
  const problems: MailProblem[] = [];
  if (!text.trim()) return [{ language, part, code: 'empty' }];
  const tags = mustacheTags(text);
  if (!tags) return [{ language, part, code: 'syntax' }];
  const open: string[] = [];
  tags.forEach(t => {
    if (t.kind === '!') return;
    // Partials and delimiter changes are outside what the server-side flow renders.
    if (t.kind === '=' || t.kind === '>' || !NAME.test(t.name)) {
      problems.push({ language, part, code: 'syntax', name: t.name });
      return;
    }
    if (t.kind === '/') {
      if (open[open.length - 1] === t.name) open.pop();
      else problems.push({ language, part, code: 'unopened', name: t.name });
      return;
    }
    if (allowed.indexOf(t.name) < 0 && !problems.some(p => p.code === 'unknown' && p.name === t.name)) problems.push({ language, part, code: 'unknown', name: t.name });
    if (t.kind === '#' || t.kind === '^') open.push(t.name);
  });
  open.reverse().forEach(name => problems.push({ language, part, code: 'unclosed', name }));
  return problems;
}

/** The problems of a template (none: it may be saved): per language, subject then body, then what is missing. */
export function checkMailTemplate(template: CheckedTemplate, catalogue: PlaceholderCatalogue): MailProblem[] {
  const problems: MailProblem[] = [];
  (['fr', 'en'] as MailLanguage[]).forEach(language => {
    const text = template[language];
    problems.push(...checkText(text.subject, language, 'subject', catalogue.allowed), ...checkText(text.body, language, 'body', catalogue.allowed));
    const used = placeholdersOf(text.subject).concat(placeholdersOf(text.body));
    catalogue.required.forEach(name => { if (used.indexOf(name) < 0) problems.push({ language, code: 'missing', name }); });
  });
  return problems;
}
