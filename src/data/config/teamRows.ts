import { parseCalendar, type BusinessHoursCalendar, type CalendarError } from '../../domain/sla/calendar';
import type { SupportLevel } from '../../domain/vocabulary';
import type { RawHelpTeamsItem } from '../schema/items.generated';

/** A member of a team as the page shows and the people picker keeps them. */
export interface TeamMember {
  /** Site user id (HCMembersId). */
  siteUserId: number;
  /** Display name. */
  displayName: string;
  /** Address. */
  email: string;
  /** Claims login name. */
  loginName: string;
}

/** A team as the configuration page shows it. */
export interface TeamView {
  /** Item id. */
  id: number;
  /** French name. */
  title: string;
  /** English name ('' when none). */
  titleEn: string;
  /** Level. */
  level: SupportLevel;
  /** The agents HCMembers names. */
  members: TeamMember[];
  /** Queue mailbox ('' when none). */
  queueEmail: string;
  /** The calendar read (undefined when the column is empty or not readable). */
  calendar?: BusinessHoursCalendar;
  /** The stored calendar's errors when it could not be read (hand-edited JSON): the form says so and starts afresh. */
  calendarErrors?: CalendarError[];
  /** The item's ETag (writes send it as IF-MATCH). */
  etag: string;
  /** Last saved at (ISO). */
  modified: string;
  /** Last saved by. */
  editor: string;
}

type Person = { Id?: number; Title?: string; EMail?: string; Name?: string };

/** A team row as the page reads it. */
export type TeamRow = Pick<RawHelpTeamsItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCLevel' | 'HCMembersId' | 'HCQueueEmail' | 'HCBusinessHours' | 'Modified'> & {
  HCMembers?: Person[] | null; Editor?: { Title?: string } | null; 'odata.etag'?: string; // eslint-disable-line @rushstack/no-new-null
};

/** Columns the page reads. */
export const TEAM_ROW_SELECT = [
  'Id', 'Title', 'HCTitleEn', 'HCLevel', 'HCMembersId', 'HCMembers/Id', 'HCMembers/Title', 'HCMembers/EMail', 'HCMembers/Name',
  'HCQueueEmail', 'HCBusinessHours', 'Modified', 'Editor/Title'
];
/** Lookups the page expands. */
export const TEAM_ROW_EXPAND = ['HCMembers', 'Editor'];

/** Maps a raw item to the page's view. */
export function toTeamView(r: TeamRow): TeamView {
  const parsed = r.HCBusinessHours ? parseCalendar(r.HCBusinessHours) : undefined;
  const people = r.HCMembers || [];
  return {
    id: r.Id, title: r.Title || '', titleEn: r.HCTitleEn || '', level: r.HCLevel || 'L1', queueEmail: r.HCQueueEmail || '',
    members: (r.HCMembersId || []).map(id => {
      const p = people.filter(x => x.Id === id)[0] || {};
      return { siteUserId: id, displayName: p.Title || '', email: p.EMail || '', loginName: p.Name || '' };
    }),
    calendar: parsed && parsed.ok ? parsed.calendar : undefined, calendarErrors: parsed && !parsed.ok ? parsed.errors : undefined,
    etag: r['odata.etag'] || '*', modified: r.Modified || '', editor: (r.Editor && r.Editor.Title) || ''
  };
}

/** One saved version of a team (its history). */
export interface TeamVersion {
  /** SharePoint's label (1.0, 2.0 …). */
  label: string;
  /** When. */
  at: string;
  /** Who. */
  by: string;
  /** Name then. */
  title: string;
  /** Level then. */
  level: string;
  /** Mailbox then. */
  queueEmail: string;
  /** The calendar then (undefined when empty or unreadable). */
  calendar?: BusinessHoursCalendar;
}

/** A version row as REST returns it. */
export type TeamVersionRow = {
  VersionLabel: string; Created?: string; Editor?: { LookupValue?: string } | null; // eslint-disable-line @rushstack/no-new-null
  Title?: string | null; HCLevel?: string | null; HCQueueEmail?: string | null; HCBusinessHours?: string | null; // eslint-disable-line @rushstack/no-new-null
};

/** Maps a version row. */
export function toTeamVersion(v: TeamVersionRow): TeamVersion {
  const parsed = v.HCBusinessHours ? parseCalendar(v.HCBusinessHours) : undefined;
  return {
    label: v.VersionLabel, at: v.Created || '', by: (v.Editor && v.Editor.LookupValue) || '', title: v.Title || '', level: v.HCLevel || '',
    queueEmail: v.HCQueueEmail || '', calendar: parsed && parsed.ok ? parsed.calendar : undefined
  };
}
