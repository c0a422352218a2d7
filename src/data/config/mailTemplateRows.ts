import type { RawHelpSettingsItem } from '../schema/items.generated';
import { parseMailTemplate, templateSettingKey, type MailTemplate } from '../notifications/templates';
import { isUnmodifiedCopy } from '../notifications/templateCatalog';
import { BUILT_IN_TEMPLATES } from '../notifications/mailTemplates';

/** A template as the mails area shows it: the text the next mail uses, and whose it is. */
export interface MailTemplateView {
  key: string;
  /** The text the next mail of this key is written with. */
  template: MailTemplate;
  /** True when an owner's text applies (false: the product's, stored copy or not). */
  own: boolean;
  /** The HelpSettings item (undefined: nothing stored yet). */
  id?: number;
  /** Its ETag (writes send it as IF-MATCH). */
  etag?: string;
  /** Last saved at (ISO), by whom. */
  modified: string;
  editor: string;
}

/** A HelpSettings row as the area reads it. */
export type MailTemplateRow = Pick<RawHelpSettingsItem, 'Id' | 'HCSettingKey' | 'HCValue' | 'Modified'> & {
  Editor?: { Title?: string } | null; 'odata.etag'?: string; // eslint-disable-line @rushstack/no-new-null
};

/** Columns the area reads. */
export const MAIL_ROW_SELECT = ['Id', 'HCSettingKey', 'HCValue', 'Modified', 'Editor/Title'];

/** The view of a key from its row (or none): an owner's valid text, else the product's. */
export function toMailTemplateView(key: string, row: MailTemplateRow | undefined): MailTemplateView {
  const value = row ? row.HCValue || undefined : undefined;
  const parsed = isUnmodifiedCopy(value) ? undefined : parseMailTemplate(value);
  return {
    key, template: parsed || BUILT_IN_TEMPLATES[key], own: !!parsed, id: row ? row.Id : undefined, etag: row ? row['odata.etag'] || undefined : undefined,
    modified: row ? row.Modified || '' : '', editor: (row && row.Editor && row.Editor.Title) || ''
  };
}

/** The key a row stores (without the `notifications.template.` prefix). */
export function keyOfRow(row: MailTemplateRow): string {
  return (row.HCSettingKey || '').slice(templateSettingKey('').length);
}

/** One saved version of a template (its history). */
export interface MailTemplateVersion {
  label: string;
  at: string;
  by: string;
  /** The text then (undefined: not a valid template). */
  template?: MailTemplate;
  /** Whether it was the product's copy. */
  builtIn: boolean;
}

/** A version row as REST returns it. */
export type MailVersionRow = { VersionLabel: string; Created?: string; Editor?: { LookupValue?: string } | null; HCValue?: string | null }; // eslint-disable-line @rushstack/no-new-null

/** Maps a version row. */
export function toMailTemplateVersion(v: MailVersionRow): MailTemplateVersion {
  const value = v.HCValue || undefined;
  return { label: v.VersionLabel, at: v.Created || '', by: (v.Editor && v.Editor.LookupValue) || '', template: parseMailTemplate(value), builtIn: isUnmodifiedCopy(value) };
}
