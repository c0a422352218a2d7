import type { AnnouncementAudience, AnnouncementSeverity, Language } from '../../domain/vocabulary';
import { dayOf, timeOf, type AnnouncementDraft } from '../../domain/config/announcementRules';
import type { RawAnnouncementsItem } from '../schema/items.generated';

/** An announcement as the configuration page shows it. */
export interface AnnouncementView {
  id: number;
  title: string;
  /** Plain text. */
  body: string;
  severity: AnnouncementSeverity;
  /** `everyone` for items older than the column (empty). */
  audience: AnnouncementAudience;
  /** Undefined: both languages. */
  language?: Language;
  /** ISO; '' when none (shown since always). */
  start: string;
  /** ISO; '' when none. */
  end: string;
  /** The problem ticket it was published from (the desk), shown read-only. */
  problem?: { id: number; title: string };
  /** The item's ETag (writes send it as IF-MATCH). */
  etag: string;
  /** Last saved at (ISO). */
  modified: string;
  /** Last saved by. */
  editor: string;
}

/** An announcement row as the page reads it. */
export type AnnouncementRow = Pick<RawAnnouncementsItem, 'Id' | 'Title' | 'HCBody' | 'HCSeverity' | 'HCAudience' | 'HCLanguage' | 'HCStart' | 'HCEnd' | 'HCProblemId' | 'Modified'> & {
  HCProblem?: { Title?: string } | null; Editor?: { Title?: string } | null; 'odata.etag'?: string; // eslint-disable-line @rushstack/no-new-null
};

/** Columns the page reads. */
export const ANNOUNCEMENT_ROW_SELECT = [
  'Id', 'Title', 'HCBody', 'HCSeverity', 'HCAudience', 'HCLanguage', 'HCStart', 'HCEnd', 'HCProblemId', 'HCProblem/Title', 'Modified', 'Editor/Title'
];
/** Lookups the page expands. */
export const ANNOUNCEMENT_ROW_EXPAND = ['HCProblem', 'Editor'];

const severityOf = (v: unknown): AnnouncementSeverity => (v === 'outage' || v === 'warning' ? v : 'info');
const audienceOf = (v: unknown): AnnouncementAudience => (v === 'requesters' || v === 'support' || v === 'contributors' ? v : 'everyone');
const languageOf = (v: unknown): Language | undefined => (v === 'fr' || v === 'en' ? v : undefined);

/** Maps a raw item to the page's view. */
export function toAnnouncementView(r: AnnouncementRow): AnnouncementView {
  return {
    id: r.Id, title: r.Title || '', body: r.HCBody || '', severity: severityOf(r.HCSeverity), audience: audienceOf(r.HCAudience),
    language: languageOf(r.HCLanguage), start: r.HCStart || '', end: r.HCEnd || '',
    problem: r.HCProblemId ? { id: r.HCProblemId, title: (r.HCProblem && r.HCProblem.Title) || '' } : undefined,
    etag: r['odata.etag'] || '*', modified: r.Modified || '', editor: (r.Editor && r.Editor.Title) || ''
  };
}

/** The form's values of a saved announcement (its period in the browser's time zone). */
export function toAnnouncementDraft(v: AnnouncementView): AnnouncementDraft {
  const start = v.start ? new Date(v.start) : undefined;
  const end = v.end ? new Date(v.end) : undefined;
  return {
    title: v.title, body: v.body, severity: v.severity, audience: v.audience, language: v.language || '',
    startDay: start ? dayOf(start) : '', startTime: start ? timeOf(start) : '', endDay: end ? dayOf(end) : '', endTime: end ? timeOf(end) : ''
  };
}

/** One saved version of an announcement (its history). */
export interface AnnouncementVersion {
  /** SharePoint's label (1.0, 2.0 …). */
  label: string;
  /** When. */
  at: string;
  /** Who. */
  by: string;
  title: string;
  severity: AnnouncementSeverity;
  audience: AnnouncementAudience;
  language?: Language;
  /** ISO or ''. */
  start: string;
  /** ISO or ''. */
  end: string;
}

/** A version row as REST returns it. */
export type AnnouncementVersionRow = {
  VersionLabel: string; Created?: string; Editor?: { LookupValue?: string } | null; // eslint-disable-line @rushstack/no-new-null
  Title?: string | null; HCSeverity?: string | null; HCAudience?: string | null; HCLanguage?: string | null; // eslint-disable-line @rushstack/no-new-null
  HCStart?: string | null; HCEnd?: string | null; // eslint-disable-line @rushstack/no-new-null
};

/** Maps a version row. */
export function toAnnouncementVersion(v: AnnouncementVersionRow): AnnouncementVersion {
  return {
    label: v.VersionLabel, at: v.Created || '', by: (v.Editor && v.Editor.LookupValue) || '', title: v.Title || '',
    severity: severityOf(v.HCSeverity), audience: audienceOf(v.HCAudience), language: languageOf(v.HCLanguage), start: v.HCStart || '', end: v.HCEnd || ''
  };
}
