import { HELP_CENTER_LISTS } from '../../data/schema';
import type { ProvisioningCheck } from '../../data/provisioning/types';

type Locale = 'fr' | 'en';

const BUILT_IN: Readonly<Record<string, { fr: string; en: string }>> = {
  Author: { fr: 'Créé par', en: 'Created by' }, Editor: { fr: 'Modifié par', en: 'Modified by' },
  Created: { fr: 'Créé', en: 'Created' }, Modified: { fr: 'Modifié', en: 'Modified' }
};

/**
 * What the set-up page calls a list: its purpose in the page's language (the schema's description: "Rooms,
 * equipment and services"), never its internal name ("HelpLocations"), which means nothing to an owner.
 */
export function listDisplayName(list: string, locale: Locale): string {
  const def = HELP_CENTER_LISTS.filter(l => l.name === list)[0];
  return def ? def.description[locale] : list;
}

/** What a check is about, by the names people see: a list's purpose, a column's title; other targets as they are. */
export function checkTargetName(check: ProvisioningCheck, locale: Locale): string {
  if (check.kind === 'list' || check.kind === 'permissions') return listDisplayName(check.target, locale);
  if (!check.list || (check.kind !== 'field' && check.kind !== 'index' && check.kind !== 'unique')) return check.target;
  const def = HELP_CENTER_LISTS.filter(l => l.name === check.list)[0];
  if (!def) return check.target;
  if (check.target === 'Title') return def.titleLabel[locale];
  const field = def.fields.filter(f => f.name === check.target)[0];
  if (field) return field.title[locale];
  const builtIn = BUILT_IN[check.target];
  return builtIn ? builtIn[locale] : check.target;
}

/** A check id of an error (`field:HelpTickets/HCStatus`) by the names people see ("Requests — Status"). */
export function checkIdName(id: string, locale: Locale): string {
  const m = /^(field|index|unique|list|listSetting|permissions|grant):([^/]+)(?:\/(.*))?$/.exec(id);
  if (!m || !HELP_CENTER_LISTS.some(l => l.name === m[2])) return id;
  const list = listDisplayName(m[2], locale);
  if (!m[3]) return list;
  const target = checkTargetName({ id, kind: m[1] as ProvisioningCheck['kind'], list: m[2], target: m[3], status: 'missing' }, locale);
  return `${list} — ${target}`;
}
