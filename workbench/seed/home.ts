/**
 * The help center home's demo settings (issue 16): where the support desk receives people (HelpSettings
 * `helpdesk.desk`, `{ fr, en }` JSON), shown on the home beside the phone lines of `helpdesk.contact`.
 */
import type { SeedWriter } from './writer';

/** The desk's location, in both languages. */
export const HELPDESK_DESK = {
  fr: 'Bâtiment A, rez-de-chaussée, bureau A012 (accueil du support, lundi – vendredi 8h–18h)',
  en: 'Building A, ground floor, room A012 (support desk, Monday – Friday 8:00–18:00)'
};

/** Adds the home's settings the site does not have yet; returns how many were written. */
export async function seedHomeSettings(w: SeedWriter): Promise<number> {
  const existing = await w.sp('owner').web.lists.getByTitle('HelpSettings').items.select('HCSettingKey').filter("HCSettingKey eq 'helpdesk.desk'").top(1)<{ HCSettingKey: string | null }[]>();
  if (existing.length) return 0;
  await w.addItems('owner', 'HelpSettings', [{ Title: 'helpdesk.desk', HCSettingKey: 'helpdesk.desk', HCValue: JSON.stringify(HELPDESK_DESK) }]);
  return 1;
}
