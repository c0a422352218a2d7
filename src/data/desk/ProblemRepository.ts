import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { AnnouncementSeverity, Language } from '../../domain/vocabulary';
import { forEachPage } from '../sp/paging';
import { DESK_PEOPLE, DESK_SELECT, toQueueRows } from './DeskRepository';
import type { DeskQueueRow, DeskStateRow } from './DeskRepository';
import { STATES_LIST } from '../tickets/ticketRow';
import { helpList } from '../sp/lists';

/** An announcement about a problem ("we know, we are on it"), shown by the help bar until it ends. */
export interface AnnouncementInput {
  problemId: number;
  title: string;
  body: string;
  severity: AnnouncementSeverity;
  language: Language;
  start: Date;
  /** The help bar shows announcements whose end is still to come. */
  end: Date;
}

/** Problem tickets (ITIL) and what hangs on them: linked incidents, announcements. Loaded with the desk's extra panels. */
export class ProblemRepository {
  /** @param sp PnPjs bound to the help center site, as an agent. */
  public constructor(private readonly sp: SPFI) {}

  /** Incidents linked to a problem, newest first: the desk's states' HCProblem is indexed and a problem's incidents are read page by page. */
  public async linkedIncidents(problemId: number): Promise<DeskQueueRow[]> {
    const rows: DeskStateRow[] = [];
    await forEachPage<DeskStateRow>(helpList(this.sp, STATES_LIST).items.select(...DESK_SELECT, ...DESK_PEOPLE.map(p => `${p}/Title`)).expand(...DESK_PEOPLE)
      .filter(`HCProblemId eq ${Math.floor(problemId)}`).orderBy('ID', false).top(500), page => { rows.push(...page); });
    return toQueueRows(rows).sort((a, b) => b.id - a.id);
  }

  /** Adds the announcement to the Announcements list (the support group contributes to it); returns its id. */
  public async publishAnnouncement(a: AnnouncementInput): Promise<number> {
    const title = a.title.trim();
    const body = a.body.trim();
    if (!title || !body) throw new Error('An announcement needs a title and a message.');
    if (!(a.end.getTime() > a.start.getTime())) throw new Error('An announcement must end after it starts.');
    const added = await helpList(this.sp, 'Announcements').items.add({
      Title: title.slice(0, 255), HCBody: body, HCSeverity: a.severity, HCLanguage: a.language,
      HCStart: a.start.toISOString(), HCEnd: a.end.toISOString(), HCProblemId: Math.floor(a.problemId)
    });
    return (added as { Id: number }).Id;
  }
}
