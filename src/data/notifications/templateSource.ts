import { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import type { RawHelpSettingsItem } from '../schema/items.generated';
import { helpList } from '../sp/lists';
import { odataString } from '../sp/odata';
import { MailTemplate, parseMailTemplate, templateSettingKey } from './templates';

/** Reads a template from HelpSettings (HCSettingKey is unique and indexed). */
export function settingsTemplateSource(sp: SPFI): (key: string) => Promise<MailTemplate | undefined> {
  const cache: { [key: string]: Promise<MailTemplate | undefined> } = {};
  return (key: string) => {
    if (!cache[key]) {
      cache[key] = helpList(sp, 'HelpSettings').items.select('HCValue', 'HCSettingKey')
        .filter(`HCSettingKey eq ${odataString(templateSettingKey(key))}`).top(1)()
        .then((rows: RawHelpSettingsItem[]) => parseMailTemplate(rows.length ? rows[0].HCValue || undefined : undefined));
    }
    return cache[key];
  };
}

