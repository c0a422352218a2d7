import * as MustacheModule from 'mustache';

// mustache ships CommonJS (named exports, as its typings say) and an ES module with a default export only;
// bundlers pick the ES module, jest the CommonJS one.
const Mustache = (MustacheModule as unknown as { default?: typeof MustacheModule }).default || MustacheModule;
import type { ArticleLanguage } from '../knowledge/types';
import type { RawHelpNotificationsItem } from '../schema/items.generated';
import { plainSubject } from './flowRendering';

/** One language version of a mail template: Mustache `{{value}}` (HTML-escaped) and `{{#x}}…{{/x}}` sections. */
export interface MailTemplateText {
  subject: string;
  body: string;
}

/** A notification template in both languages, as stored in HelpSettings (`notifications.template.<key>`). */
export interface MailTemplate {
  fr: MailTemplateText;
  en: MailTemplateText;
}

/** A rendered mail. */
export interface RenderedMail {
  subject: string;
  htmlBody: string;
}

/** HelpSettings key of a template. */
export function templateSettingKey(templateKey: string): string {
  return `notifications.template.${templateKey}`;
}

/** Parses a template setting value; undefined when it is not a valid two-language template. */
export function parseMailTemplate(json: string | undefined): MailTemplate | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Partial<MailTemplate>;
    const ok = (t: Partial<MailTemplateText> | undefined): boolean => !!t && typeof t.subject === 'string' && typeof t.body === 'string';
    return ok(value.fr) && ok(value.en) ? (value as MailTemplate) : undefined;
  } catch {
    return undefined;
  }
}

/** A value given in both languages (`{ fr, en }`, e.g. a status label) becomes the recipient's. */
function inLanguage(values: Record<string, unknown>, language: ArticleLanguage): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.keys(values).forEach(k => {
    const v = values[k] as { fr?: unknown; en?: unknown } | undefined;
    const bilingual = !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 2 && 'fr' in v && 'en' in v;
    out[k] = bilingual ? (v as { fr: unknown; en: unknown })[language] : v;
  });
  return out;
}

/** The template values a notification row stores (HCValues): text only, already in the recipient's language. */
export type MailValues = { [name: string]: string };

/**
 * The values of one recipient's mail as the row stores them: a value given in both languages (`{ fr, en }`, e.g. a
 * status label) becomes the recipient's, numbers become text, `true` becomes "true"; `false`, null, missing values
 * and other objects are left out (a section `{{#x}}` then hides its text, `{{x}}` prints nothing). Stored as text,
 * every sender renders the same mail from them (see flowRendering.ts).
 */
export function mailValues(values: Record<string, unknown>, language: ArticleLanguage, recipientName: string): MailValues {
  const out: MailValues = {};
  const own = inLanguage(values, language);
  Object.keys(own).forEach(k => {
    const v = own[k];
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' && isFinite(v)) out[k] = String(v);
    else if (v === true) out[k] = 'true';
  });
  out.recipientName = recipientName;
  return out;
}

/** Parses a row's HCValues: an object of text values, or undefined (missing, not JSON, or a value that is not text). */
export function parseMailValues(json: RawHelpNotificationsItem['HCValues'] | undefined): MailValues | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const o = v as { [k: string]: unknown };
    return Object.keys(o).every(k => typeof o[k] === 'string') ? (o as MailValues) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renders a template in the recipient's language. Values are HTML-escaped in the body (Mustache's `{{x}}`), so
 * text typed by a requester never becomes markup in a mail; the subject is plain text, so it is rendered without
 * escaping, each line break becomes a space and the ends are trimmed (as the server-side flow does).
 */
export function renderMail(template: MailTemplate, language: ArticleLanguage, values: Record<string, unknown>): RenderedMail {
  const text = template[language] || template.fr;
  values = inLanguage(values, language);
  const plain = (s: string): string => s;
  const subject = plainSubject(Mustache.render(text.subject, values, {}, { escape: plain }));
  const htmlBody = Mustache.render(text.body, values);
  return { subject, htmlBody };
}
