import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { BusinessHoursCalendar, parseCalendar } from '../../domain/sla/calendar';
import type { LifecycleSettings, Ticket } from '../../domain/tickets/model';
import { helpList } from '../sp/lists';
import { anyOf } from '../sp/odata';

/** What the desk's transitions need from HelpSettings and HelpTeams: lifecycle limits (the reminder's too) and each team's business hours. */
export interface DeskSettings {
  lifecycle: LifecycleSettings;
  /** The calendar a ticket's SLA counts in: its team's, or the site's default hours; undefined when neither is set. */
  calendarFor(teamId: number | undefined): BusinessHoursCalendar | undefined;
}

/**
 * Reads the desk's settings in one $batch: HelpSettings `tickets.autoClose` and `businessHours.default`, and every
 * team's HCBusinessHours (teams are few). `base` supplies the defaults an owner has not overridden.
 */
export async function readDeskSettings(sp: SPFI, base: LifecycleSettings): Promise<DeskSettings> {
  const [batched, execute] = sp.batched();
  const teamsQuery = helpList(batched, 'HelpTeams').items.select('Id', 'HCBusinessHours').top(500)();
  const settingsQuery = helpList(batched, 'HelpSettings').items.select('HCSettingKey', 'HCValue')
    .filter(anyOf('HCSettingKey', ['tickets.autoClose', 'businessHours.default'])).top(2)();
  await execute();
  // SharePoint returns null for an empty Note column.
  const settingRows = await settingsQuery as { HCSettingKey: string; HCValue: string | null }[]; // eslint-disable-line @rushstack/no-new-null
  const setting = (key: string): string | undefined => { const r = settingRows.filter(x => x.HCSettingKey === key)[0]; return (r && r.HCValue) || undefined; };
  const lifecycle = { ...base };
  try {
    const auto = JSON.parse(setting('tickets.autoClose') || '{}') as { resolvedToClosedDays?: number; awaitingUserToNoFollowUpDays?: number; awaitingUserReminderDays?: number };
    if (typeof auto.resolvedToClosedDays === 'number') lifecycle.autoCloseResolvedAfterDays = auto.resolvedToClosedDays;
    if (typeof auto.awaitingUserToNoFollowUpDays === 'number') lifecycle.awaitingUserMaxBusinessDays = auto.awaitingUserToNoFollowUpDays;
    // Absent: no reminder (the set-up page leaves it out when the field is empty).
    if (typeof auto.awaitingUserReminderDays === 'number') lifecycle.awaitingUserReminderBusinessDays = auto.awaitingUserReminderDays;
  } catch (e) {
    console.warn('[HelpCenter] HelpSettings tickets.autoClose is not valid JSON: the default limits apply.', e);
  }
  const fallback = parseCalendar(setting('businessHours.default') || '');
  const calendars: { [teamId: number]: BusinessHoursCalendar } = {};
  (await teamsQuery as { Id: number; HCBusinessHours: string | null }[]).forEach(t => { // eslint-disable-line @rushstack/no-new-null
    const c = parseCalendar(t.HCBusinessHours || '');
    if (c.ok) calendars[t.Id] = c.calendar;
  });
  return {
    lifecycle,
    calendarFor: teamId => (teamId && calendars[teamId]) || (fallback.ok ? fallback.calendar : undefined)
  };
}

/** The calendar of a ticket, or an error naming the setting to fix. */
export function requireCalendar(settings: DeskSettings, t: Ticket): BusinessHoursCalendar {
  const c = settings.calendarFor(t.teamId);
  if (!c) throw new Error('No business-hours calendar: set HelpSettings businessHours.default.');
  return c;
}
