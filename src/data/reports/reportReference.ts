/**
 * The reference data the reports name things with and count in: teams (names, business hours), categories (names,
 * SLA targets), locations, articles (titles, which are outdated), the site's default hours; the desk's time zone and
 * exam sessions come from those calendars.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { parseCalendar, type BusinessHoursCalendar, type SpecialPeriod } from '../../domain/sla/calendar';
import type { SnapshotTargets } from '../../domain/sla/snapshot';
import { categoryTargets, parseSlaByPriority, type CategorySla } from '../../domain/sla/categoryTargets';
import type { ArticleStatus, Language, SupportLevel, TicketPriority } from '../../domain/vocabulary';
import type { RawHelpCategoriesItem, RawHelpTeamsItem, RawKnowledgeArticlesItem } from '../schema/items.generated';
import { helpList } from '../sp/lists';
import { odataString } from '../sp/odata';

/** The time zone when no calendar names one. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

type TeamRow = Pick<RawHelpTeamsItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCLevel' | 'HCBusinessHours'>;
type CategoryRow = Pick<RawHelpCategoriesItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCFirstResponseHours' | 'HCResolutionHours'> & { HCSlaByPriority?: string | null }; // eslint-disable-line @rushstack/no-new-null
type ArticleRow = Pick<RawKnowledgeArticlesItem, 'Id' | 'Title' | 'HCStatus' | 'HCLanguage'>;
type NamedRow = { Id: number; Title: string | null }; // eslint-disable-line @rushstack/no-new-null
type SettingRow = { HCSettingKey: string | null; HCValue: string | null }; // eslint-disable-line @rushstack/no-new-null

/** The raw reference rows. */
export interface ReferenceRows { teams: TeamRow[]; categories: CategoryRow[]; settings: SettingRow[]; locations: NamedRow[]; articles: ArticleRow[] }

/** A named thing in both languages. */
export interface ReportName { id: number; fr: string; en: string }

/** What the reports name and count with. */
export interface ReportReference {
  /** The person reads every state (agent, owner or manager): only then are the figures the desk's. */
  isReader: boolean;
  timeZone: string;
  /** The exam sessions (special periods) of the calendars, oldest first. */
  sessions: SpecialPeriod[];
  teams: (ReportName & { level?: SupportLevel })[];
  categories: ReportName[];
  locations: ReportName[];
  articles: (ReportName & { status?: ArticleStatus; language?: Language })[];
  /** A team's calendar, else the site's default hours. */
  calendarFor(teamId: number | undefined): BusinessHoursCalendar | undefined;
  /** A category's targets in business minutes (as the desk's clocks count them). */
  targetsFor(categoryId: number | undefined, priority?: TicketPriority): SnapshotTargets;
}

/** Sends the reference reads into a `$batch`. */
export function referenceQueries(batched: SPFI, pageSize: number): { [K in keyof ReferenceRows]: Promise<ReferenceRows[K]> } {
  return {
    teams: helpList(batched, 'HelpTeams').items.select('Id', 'Title', 'HCTitleEn', 'HCLevel', 'HCBusinessHours').top(Math.min(500, pageSize))(),
    categories: helpList(batched, 'HelpCategories').items.select('Id', 'Title', 'HCTitleEn', 'HCFirstResponseHours', 'HCResolutionHours', 'HCSlaByPriority').top(Math.min(2000, pageSize))(),
    settings: helpList(batched, 'HelpSettings').items.select('HCSettingKey', 'HCValue').filter(`HCSettingKey eq ${odataString('businessHours.default')}`).top(1)(),
    locations: helpList(batched, 'HelpLocations').items.select('Id', 'Title').top(pageSize)(),
    articles: helpList(batched, 'KnowledgeArticles').items.select('Id', 'Title', 'HCStatus', 'HCLanguage').top(pageSize)()
  };
}

/** The raw rows → the reference. */
export function toReportReference(rows: ReferenceRows, isReader: boolean): ReportReference {
  const parsed = (json: string | null | undefined): BusinessHoursCalendar | undefined => { // eslint-disable-line @rushstack/no-new-null
    const r = parseCalendar(json || '');
    return r.ok ? r.calendar : undefined;
  };
  const setting = rows.settings.filter(s => s.HCSettingKey === 'businessHours.default')[0];
  const fallback = parsed(setting && setting.HCValue);
  const calendars: { [teamId: number]: BusinessHoursCalendar } = {};
  rows.teams.forEach(t => { const c = parsed(t.HCBusinessHours); if (c) calendars[t.Id] = c; });
  const all = [fallback, ...rows.teams.map(t => calendars[t.Id])].filter((c): c is BusinessHoursCalendar => !!c);
  const sessions: SpecialPeriod[] = [];
  all.forEach(c => c.periods.forEach(p => { if (!sessions.some(s => s.key === p.key)) sessions.push(p); }));
  sessions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const categorySla: { [categoryId: number]: CategorySla } = {};
  rows.categories.forEach(c => {
    categorySla[c.Id] = { firstResponseHours: c.HCFirstResponseHours || undefined, resolutionHours: c.HCResolutionHours || undefined, slaByPriority: parseSlaByPriority(c.HCSlaByPriority) };
  });
  const name = (r: { Id: number; Title: string | null; HCTitleEn?: string | null }): ReportName => ({ id: r.Id, fr: r.Title || '', en: r.HCTitleEn || r.Title || '' }); // eslint-disable-line @rushstack/no-new-null
  return {
    isReader,
    timeZone: all.length ? all[0].timeZone : DEFAULT_TIME_ZONE,
    sessions,
    teams: rows.teams.map(t => ({ ...name(t), level: t.HCLevel || undefined })),
    categories: rows.categories.map(name),
    locations: rows.locations.map(name),
    articles: rows.articles.map(a => ({ ...name(a), status: a.HCStatus || undefined, language: a.HCLanguage || undefined })),
    calendarFor: teamId => (teamId !== undefined && calendars[teamId]) || fallback,
    targetsFor: (categoryId, priority) => (categoryId !== undefined && categorySla[categoryId] ? categoryTargets(categorySla[categoryId], priority) : {})
  };
}
