import { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import type { RawHelpSettingsItem } from '../schema/items.generated';
import { helpList } from '../sp/lists';
import { odataString } from '../sp/odata';
import { MailTemplate, parseMailTemplate, templateSettingKey } from './templates';
import type { SenderMode } from './types';

/** HelpSettings key choosing who sends the mails: `browser` (default) or `server`. */
export const SENDER_SETTING_KEY = 'notifications.sender';
/** HelpSettings key of the help desk's mailbox the server-side flow sends from (e.g. `support@contoso.edu`). */
export const SENDER_ADDRESS_SETTING_KEY = 'notifications.senderAddress';

function settingValue(sp: SPFI, key: string): Promise<string | undefined> {
  return helpList(sp, 'HelpSettings').items.select('HCValue', 'HCSettingKey')
    .filter(`HCSettingKey eq ${odataString(key)}`).top(1)()
    .then((rows: RawHelpSettingsItem[]) => (rows.length ? rows[0].HCValue || undefined : undefined));
}

/** Reads a template from HelpSettings (HCSettingKey is unique and indexed). */
export function settingsTemplateSource(sp: SPFI): (key: string) => Promise<MailTemplate | undefined> {
  const cache: { [key: string]: Promise<MailTemplate | undefined> } = {};
  return (key: string) => {
    if (!cache[key]) cache[key] = settingValue(sp, templateSettingKey(key)).then(parseMailTemplate);
    return cache[key];
  };
}

/**
 * The sender mode of HelpSettings `notifications.sender`: `server` when it says so (plain text, or a JSON string),
 * `browser` otherwise — the zero-setup default, also when the setting is missing.
 */
export function settingsSenderMode(sp: SPFI): () => Promise<SenderMode> {
  let mode: Promise<SenderMode> | undefined;
  return () => {
    if (!mode) {
      mode = settingValue(sp, SENDER_SETTING_KEY).then(v => ((v || '').replace(/"/g, '').trim().toLowerCase() === 'server' ? 'server' : 'browser'));
    }
    return mode;
  };
}
