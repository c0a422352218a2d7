import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { calendarJson, checkTeam, tidyTeam, type TeamDraft, type TeamProblem } from '../../domain/config/teamRules';
import { helpList } from '../sp/lists';
import { ensureSiteUser } from '../sp/siteUsers';
import { forEachPage } from '../sp/paging';
import { isNotFound, isPreconditionFailed } from '../sp/errors';
import { TEAM_ROW_EXPAND, TEAM_ROW_SELECT, toTeamVersion, toTeamView, type TeamRow, type TeamVersion, type TeamVersionRow, type TeamView } from './teamRows';

/** The values refused before anything was written. */
export class TeamInvalidError extends Error {
  /** Constructor. */
  public constructor(public readonly problems: TeamProblem[]) {
    super(`Team refused: ${problems.map(p => `${p.field} ${p.code}`).join(', ')}`);
  }
}

/** Someone saved the team since it was read (412 on IF-MATCH): `current` is their version (undefined: deleted). */
export class TeamConflictError extends Error {
  /** Constructor. */
  public constructor(public readonly current: TeamView | undefined) {
    super('The team changed since it was read');
  }
}

const LIST = 'HelpTeams';
/** Teams per page (a help desk has a handful; the list is still read in pages). */
const PAGE = 100;

/** The item's columns from a draft (tidied and checked before); the calendar as the SLA module's parser reads it. */
function payload(draft: TeamDraft): Record<string, unknown> {
  const d = tidyTeam(draft);
  return {
    Title: d.title, HCTitleEn: d.titleEn || null, HCLevel: d.level, HCMembersId: d.memberIds, // eslint-disable-line @rushstack/no-new-null
    HCQueueEmail: d.queueEmail || null, HCBusinessHours: calendarJson(d.calendar) // eslint-disable-line @rushstack/no-new-null
  };
}

/**
 * Support teams (HelpTeams) as the configuration page reads and writes them: every write checked first (checkTeam,
 * with the calendar parsed by the SLA module's own parser), updates sent with the item's ETag, history from the
 * item's versions. SharePoint enforces who may write: owners only (the list's unique permissions).
 *
 * Nothing keeps teams beyond a page: the form reads them when it loads and when a request is filed, the desk when it
 * loads or refreshes, the mails when they are written — a saved calendar applies to each from its next read.
 */
export class TeamRepository {
  /** Constructor. */
  public constructor(private readonly sp: SPFI) {}

  /** Every team, by French name (read in pages). */
  public async list(): Promise<TeamView[]> {
    const out: TeamView[] = [];
    await forEachPage<TeamRow>(helpList(this.sp, LIST).items.select(...TEAM_ROW_SELECT).expand(...TEAM_ROW_EXPAND).top(PAGE), rows => {
      rows.forEach(r => out.push(toTeamView(r)));
    });
    return out.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  }

  /** One team, or undefined when it no longer exists. */
  public async get(id: number): Promise<TeamView | undefined> {
    try {
      return toTeamView(await helpList(this.sp, LIST).items.getById(id).select(...TEAM_ROW_SELECT).expand(...TEAM_ROW_EXPAND)<TeamRow>());
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** The refused values of a draft, read against the other teams' names. */
  public async check(draft: TeamDraft, selfId?: number): Promise<TeamProblem[]> {
    const others: { id: number; title: string }[] = [];
    await forEachPage<Pick<TeamRow, 'Id' | 'Title'>>(helpList(this.sp, LIST).items.select('Id', 'Title').top(PAGE), rows => {
      rows.forEach(r => others.push({ id: r.Id, title: r.Title || '' }));
    });
    return checkTeam(draft, others, selfId);
  }

  /** Adds a team after checking it (TeamInvalidError when refused). */
  public async add(draft: TeamDraft): Promise<TeamView> {
    const problems = await this.check(draft);
    if (problems.length) throw new TeamInvalidError(problems);
    const added = await helpList(this.sp, LIST).items.add(payload(draft)) as { Id: number };
    return (await this.get(added.Id))!;
  }

  /**
   * Saves a team over the version read (`etag`): TeamInvalidError when refused, TeamConflictError with the other
   * person's version when someone saved it since.
   */
  public async update(id: number, etag: string, draft: TeamDraft): Promise<TeamView> {
    const problems = await this.check(draft, id);
    if (problems.length) throw new TeamInvalidError(problems);
    try {
      await helpList(this.sp, LIST).items.getById(id).update(payload(draft), etag);
    } catch (e) {
      if (isPreconditionFailed(e) || isNotFound(e)) throw new TeamConflictError(await this.get(id));
      throw e;
    }
    return (await this.get(id))!;
  }

  /** The site user id of a person the people picker found (adds them to the site's users if needed). */
  public ensureUser(loginName: string): Promise<{ id: number; email: string; displayName: string }> {
    return ensureSiteUser(this.sp, loginName);
  }

  /** The item's saved versions, newest first: who changed what, and when (SharePoint's own record). */
  public async history(id: number): Promise<TeamVersion[]> {
    const rows = await helpList(this.sp, LIST).items.getById(id).versions() as TeamVersionRow[];
    return rows.map(toTeamVersion);
  }
}
