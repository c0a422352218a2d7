import * as MustacheModule from 'mustache';

// mustache ships CommonJS (named exports, as its typings say) and an ES module with a default export only;
// bundlers pick the ES module, jest the CommonJS one.
const Mustache = (MustacheModule as unknown as { default?: typeof MustacheModule }).default || MustacheModule;
import type { ArticleLanguage } from '../knowledge/types';

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

/**
 * Renders a template in the recipient's language. Values are HTML-escaped in the body (Mustache's
 * `{{x}}`), so text typed by a requester never becomes markup in a mail; the subject is plain text, so
 * it is rendered without escaping and stripped of line breaks.
 */
export function renderMail(template: MailTemplate, language: ArticleLanguage, values: Record<string, unknown>): RenderedMail {
  const text = template[language] || template.fr;
  values = inLanguage(values, language);
  const plain = (s: string): string => s;
  const subject = Mustache.render(text.subject, values, {}, { escape: plain }).replace(/[\r\n]+/g, ' ').trim();
  const htmlBody = Mustache.render(text.body, values);
  return { subject, htmlBody };
}
