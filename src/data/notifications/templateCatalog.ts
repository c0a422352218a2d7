/**
 * Which template a mail is written with: an owner's HelpSettings `notifications.template.<key>` or the built-in one,
 * for the most specific key (`<template>.<role>`, then `<template>`). Also the built-in copies the set-up stores in
 * HelpSettings for the server-side flow, which reads nothing else.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RawHelpSettingsItem } from '../schema/items.generated';
import { helpList } from '../sp/lists';
import { anyOfChunks } from '../sp/odata';
import { MailTemplate, parseMailTemplate, templateSettingKey } from './templates';
import { BUILT_IN_TEMPLATES, MailRole, templateKeys } from './mailTemplates';
import { hash } from './outboxRows';

/** HelpSettings values of templates, by template key (undefined: not stored). */
export type StoredTemplates = { [key: string]: string | undefined };

/** The mark of a stored copy of a built-in: the hash of its texts as they were written. */
function textsHash(t: MailTemplate): string {
  return hash(JSON.stringify({ fr: { subject: t.fr.subject, body: t.fr.body }, en: { subject: t.en.subject, body: t.en.body } }));
}

/** The HelpSettings value of a built-in's copy: the template and `builtIn`, its texts' hash (an owner's edit changes them, not the mark). */
export function builtInCopy(key: string): string {
  const t = BUILT_IN_TEMPLATES[key];
  return JSON.stringify({ fr: t.fr, en: t.en, builtIn: textsHash(t) });
}

/** Whether a stored value is a built-in's copy nobody edited (the product's newer text then applies). */
export function isUnmodifiedCopy(json: string | undefined): boolean {
  const t = parseMailTemplate(json);
  if (!t || !json) return false;
  const mark = (JSON.parse(json) as { builtIn?: unknown }).builtIn;
  return typeof mark === 'string' && mark === textsHash(t);
}

/** An owner's template for a key, or the built-in one: a stored copy nobody edited yields to the built-in. */
export function templateOf(stored: StoredTemplates, key: string): MailTemplate | undefined {
  const json = stored[key];
  const own = isUnmodifiedCopy(json) && BUILT_IN_TEMPLATES[key] ? undefined : parseMailTemplate(json);
  return own || BUILT_IN_TEMPLATES[key];
}

/** The template a role's mail is written with, and its key (the row's HCTemplate, which the flow reads). */
export function resolveTemplate(stored: StoredTemplates, template: string, role: MailRole): { key: string; template: MailTemplate } | undefined {
  for (const key of templateKeys(template, role)) {
    const found = templateOf(stored, key);
    if (found) return { key, template: found };
  }
  return undefined;
}

/** Reads the stored templates of these keys (HCSettingKey is indexed and unique; a handful of keys per request). */
export async function readStoredTemplates(sp: SPFI, keys: readonly string[]): Promise<StoredTemplates> {
  const out: StoredTemplates = {};
  const settingKeys = keys.map(templateSettingKey);
  for (const filter of anyOfChunks('HCSettingKey', settingKeys, 20)) {
    const rows = await helpList(sp, 'HelpSettings').items.select('HCSettingKey', 'HCValue').filter(filter).top(20)() as Pick<RawHelpSettingsItem, 'HCSettingKey' | 'HCValue'>[];
    rows.forEach(r => { if (r.HCSettingKey) out[r.HCSettingKey.slice(templateSettingKey('').length)] = r.HCValue || undefined; });
  }
  return out;
}

/** What {@link installBuiltInTemplates} did. */
export interface TemplateInstallReport {
  added: string[];
  /** Unedited copies brought up to the product's current text. */
  updated: string[];
  /** Templates an owner edited (or wrote), left as they are. */
  kept: string[];
}

/**
 * Stores every built-in template in HelpSettings (as an owner), so that the server-side flow — which reads
 * templates from HelpSettings only — finds the one of each role. Missing keys are added; copies nobody edited are
 * brought up to date; an owner's own text is kept. Idempotent: a second run writes nothing.
 */
export async function installBuiltInTemplates(sp: SPFI): Promise<TemplateInstallReport> {
  const keys = Object.keys(BUILT_IN_TEMPLATES);
  const report: TemplateInstallReport = { added: [], updated: [], kept: [] };
  const rows: { Id: number; HCSettingKey: string | null; HCValue: string | null }[] = []; // eslint-disable-line @rushstack/no-new-null
  for (const filter of anyOfChunks('HCSettingKey', keys.map(templateSettingKey), 20)) {
    rows.push(...await helpList(sp, 'HelpSettings').items.select('Id', 'HCSettingKey', 'HCValue').filter(filter).top(20)());
  }
  const [batched, execute] = sp.batched();
  const list = helpList(batched, 'HelpSettings');
  const writes: Promise<unknown>[] = [];
  keys.forEach(key => {
    const row = rows.filter(r => r.HCSettingKey === templateSettingKey(key))[0];
    const copy = builtInCopy(key);
    if (!row) {
      report.added.push(key);
      writes.push(list.items.add({ Title: key, HCSettingKey: templateSettingKey(key), HCValue: copy }));
    } else if (isUnmodifiedCopy(row.HCValue || undefined) && row.HCValue !== copy) {
      report.updated.push(key);
      writes.push(list.items.getById(row.Id).update({ HCValue: copy }));
    } else if (!isUnmodifiedCopy(row.HCValue || undefined)) report.kept.push(key);
  });
  if (writes.length) {
    await execute();
    await Promise.all(writes);
  }
  return report;
}

/** The outbox's template source: for each key an owner's HelpSettings template or the built-in one (cached per source). */
export function mailTemplateSource(sp: SPFI): (key: string) => Promise<MailTemplate | undefined> {
  const cache: { [key: string]: Promise<MailTemplate | undefined> } = {};
  return key => {
    if (!cache[key]) cache[key] = readStoredTemplates(sp, [key]).then(stored => templateOf(stored, key));
    return cache[key];
  };
}
