import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import type { RawHelpTeamsItem, RawHelpTicketsItem } from '../schema/items.generated';
import { sha256Hex } from '../tickets/approvalDecisions';
import { STATES_LIST, TICKETS_LIST } from '../tickets/ticketRow';
import { helpList } from '../sp/lists';

/*
 * Tickets of a site set up before issue 11. The desk's columns then lived on the HelpTickets items themselves
 * (HCStatus, HCAssignedTo, HCResolution …); the set-up of issue 11 adds HelpTicketStates but deletes no column, so
 * an upgraded site still holds every old ticket's status, assignee, history and resolution there, and none of them
 * has a state yet. Intake receives such a ticket from those values instead of as a brand-new request: the state
 * starts where the old desk left it, and no filing mail goes out (the requester and the team were told long ago).
 *
 * Which tickets count as old. Every item of an upgraded site has the old columns (new items get their defaults:
 * status 'new', level L1), so having them proves nothing. A ticket is old when it was filed before HelpTicketStates
 * was created (the set-up's moment: the list's Created, which only an owner's set-up writes) AND its id is below the
 * first ticket filed after that moment. A requester can rewrite her own item's Created (ValidateUpdateListItem), but
 * not its id, and ids grow with time: backdating a ticket filed after the upgrade makes it old only if it is the very
 * first one filed after the set-up, before the desk's first intake (the README tells owners to open the desk at once).
 *
 * What the old values are worth. Before issue 11 a requester could write every column of her own ticket: its old
 * status, approval, satisfaction or "people informed" log may be whatever she typed. They are carried over as the
 * old desk last saw them (the README's upgrade paragraph asks owners who distrust them to review the old tickets);
 * what this module adds is nothing a requester could not already claim: the requester is recognised by the same
 * rule as a new ticket's, and an old approval's link secret is kept only as its hash.
 */

/** The old desk columns read from an old ticket (lookups and people by id). */
const LEGACY_SELECT = ['HCStatus', 'HCLevel', 'HCTeamId', 'HCAssignedToId', 'HCDueDate', 'HCFirstResponseAt', 'HCResolvedAt', 'HCClosedAt', 'HCResolution',
  'HCProblemId', 'HCArticleId', 'HCSatisfaction', 'HCSatisfactionComment', 'HCSequence', 'HCApproval', 'HCInformed'];

/** SharePoint's VersionId of a list item's first version, 1.0 (512 per major version). */
const FIRST_VERSION_ID = 512;

/* eslint-disable @rushstack/no-new-null */
/** The old desk columns as SharePoint returns them. */
interface LegacyColumns {
  HCStatus: string | null; HCLevel: string | null; HCTeamId: number | null; HCAssignedToId: number | null; HCDueDate: string | null;
  HCFirstResponseAt: string | null; HCResolvedAt: string | null; HCClosedAt: string | null; HCResolution: string | null; HCProblemId: number | null;
  HCArticleId: number | null; HCSatisfaction: number | null; HCSatisfactionComment: string | null; HCSequence: number | null; HCApproval: string | null;
  HCInformed: string | null;
}
/* eslint-enable @rushstack/no-new-null */

/** What the module reads of a ticket intake is receiving. */
export type LegacyTicket = Pick<RawHelpTicketsItem, 'Id' | 'Created' | 'AuthorId' | 'EditorId' | 'HCFiledById' | 'HCBeneficiaryId'>;

/** Where intake starts an old ticket's state. */
export interface LegacyStart {
  /** HelpTicketStates columns to write over what intake computed for a new ticket. */
  values: Record<string, unknown>;
  /** The ticket's Created By may be trusted as its requester (see `requesterTrusted`). */
  verified: boolean;
}

/** Old tickets for one intake run (the site is read once per run). */
export interface LegacyIntake {
  /**
   * Where intake starts reading tickets: `from` as it computed it, or 0 while tickets below it wait to be received
   * — on an upgraded site, the old tickets, when a ticket an agent filed was received before the desk's first
   * intake (its state then sits above all of them, and intake would look back only a little below it).
   */
  from(from: number): Promise<number>;
  /**
   * The state an old ticket starts from; undefined for a ticket filed after the upgrade, or on a site that never had
   * the old columns. `window` is every ticket this run read (ascending ids).
   */
  of(ticket: LegacyTicket, window: LegacyTicket[]): Promise<LegacyStart | undefined>;
}

/** What the run knows of the site: undefined when HelpTickets has no old desk columns (a site set up since issue 11). */
interface UpgradedSite {
  /** When the set-up created HelpTicketStates (ms). */
  upgradedAt: number;
  /** Site user ids of the agents the teams name (HelpTeams.HCMembers, which only owners edit). */
  agents: number[];
  ticketCount: number;
  stateCount: number;
  newestTicketId: number;
}

/** Old tickets of an upgraded site, for one intake run. `now` bounds the tickets' Created (a future one is rewritten). */
export function legacyStates(sp: SPFI, now: Date): LegacyIntake {
  let site: Promise<UpgradedSite | undefined> | undefined;
  let firstAfterUpgrade: number | undefined;
  let windowRead: LegacyTicket[] | undefined;
  const load = (): Promise<UpgradedSite | undefined> => {
    if (!site) site = readSite(sp);
    return site;
  };
  return {
    from: async from => {
      const upgraded = await load();
      if (!upgraded || from === 0) return from;
      const above: number[] = [];
      const states = await helpList(sp, STATES_LIST).items.select('HCTicketId').filter(`HCTicketId gt ${Math.floor(from)}`).top(5000)() as { HCTicketId: number }[];
      states.forEach(s => { if (above.indexOf(s.HCTicketId) < 0) above.push(s.HCTicketId); });
      // Tickets without a state, site-wide (ItemCount counts every item, whoever reads it), against the most that
      // can lie above `from` (every id up to the newest, less those received): any more wait below `from`.
      const waiting = upgraded.ticketCount - upgraded.stateCount;
      return waiting > (upgraded.newestTicketId - from) - above.length ? 0 : from;
    },
    of: async (ticket, window) => {
      const upgraded = await load();
      if (!upgraded) return undefined;
      if (windowRead !== window) {
        windowRead = window;
        firstAfterUpgrade = firstFiledAfter(window, upgraded.upgradedAt, now.getTime());
      }
      const created = new Date(ticket.Created).getTime();
      if (!(created < upgraded.upgradedAt) || (firstAfterUpgrade !== undefined && ticket.Id >= firstAfterUpgrade)) return undefined;
      return startOf(sp, ticket, upgraded.agents);
    }
  };
}

/** The id of the first ticket (lowest id) filed between the set-up and now; undefined when none was. */
function firstFiledAfter(window: LegacyTicket[], upgradedAt: number, now: number): number | undefined {
  let first: number | undefined;
  window.forEach(t => {
    const created = new Date(t.Created).getTime();
    if (created >= upgradedAt && created <= now && (first === undefined || t.Id < first)) first = t.Id;
  });
  return first;
}

/** One read of HelpTickets' fields: the old status column is there only on a site set up before issue 11. */
async function readSite(sp: SPFI): Promise<UpgradedSite | undefined> {
  const fields = await helpList(sp, TICKETS_LIST).fields.filter('InternalName eq \'HCStatus\'').select('InternalName')() as { InternalName: string }[];
  if (!fields.length) return undefined;
  const [batched, execute] = sp.batched();
  const states = helpList(batched, STATES_LIST).select('Created', 'ItemCount')();
  const tickets = helpList(batched, TICKETS_LIST).select('ItemCount')();
  // No filter: sorting on the id pages on a list of any size (a filter matching more than 5,000 items would not).
  const newest = helpList(batched, TICKETS_LIST).items.select('Id').orderBy('ID', false).top(1)();
  const teams = helpList(batched, 'HelpTeams').items.select('Id', 'HCMembersId').top(500)();
  await execute();
  const agents: number[] = [];
  (await teams as Pick<RawHelpTeamsItem, 'Id' | 'HCMembersId'>[]).forEach(t => (t.HCMembersId || []).forEach(id => { if (agents.indexOf(id) < 0) agents.push(id); }));
  const list = await states as { Created: string; ItemCount: number };
  const last = await newest as { Id: number }[];
  return {
    upgradedAt: new Date(list.Created).getTime(), agents, stateCount: list.ItemCount,
    ticketCount: (await tickets as { ItemCount: number }).ItemCount, newestTicketId: last.length ? last[0].Id : 0
  };
}

/** The old columns of one ticket as the start of its state, and whether its requester can be trusted (one round trip). */
async function startOf(sp: SPFI, ticket: LegacyTicket, agents: number[]): Promise<LegacyStart> {
  const [batched, execute] = sp.batched();
  const item = helpList(batched, TICKETS_LIST).items.getById(ticket.Id);
  const columns = item.select(...LEGACY_SELECT)();
  const versions = ticket.AuthorId === ticket.EditorId ? undefined : item.versions.select('VersionId', 'Editor')();
  await execute();
  const old = await columns as LegacyColumns;
  const first = versions ? (await versions as { VersionId: number; Editor?: { LookupId?: number } }[]).filter(v => v.VersionId === FIRST_VERSION_ID)[0] : undefined;
  const filedBy = first && first.Editor ? first.Editor.LookupId : undefined;
  return { values: await stateValues(old), verified: requesterTrusted(ticket, filedBy, agents) };
}

/**
 * The same rule as for a new ticket (Created By = Modified By at intake), applied to the filing itself: the old
 * desk's agents modified old tickets after their requester filed them, so Modified By is mostly an agent's now. The
 * ticket's first version was written by whoever filed it and cannot be rewritten once later versions exist; Created By
 * is trusted when that person is Created By (she filed her own request), or when an agent of a team filed it for
 * the person it names as beneficiary (the old form made the beneficiary Created By). A requester who rewrote Created
 * By, in place or in a new version, leaves the first version's author different: the ticket is unverified. A
 * deleted first version (requesters could delete versions before issue 11) leaves it unverified too.
 */
function requesterTrusted(ticket: LegacyTicket, filedBy: number | undefined, agents: number[]): boolean {
  if (ticket.AuthorId === ticket.EditorId) return true;
  if (filedBy === undefined) return false;
  if (filedBy === ticket.AuthorId) return true;
  return filedBy === ticket.HCFiledById && ticket.AuthorId === ticket.HCBeneficiaryId && agents.indexOf(filedBy) >= 0;
}

/* eslint-disable @rushstack/no-new-null */
/** The old columns mapped to HelpTicketStates: where the old desk had no status, level, team or change number, intake's own stand. */
async function stateValues(old: LegacyColumns): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {
    HCAssignedToId: old.HCAssignedToId, HCDueDate: old.HCDueDate, HCFirstResponseAt: old.HCFirstResponseAt, HCResolvedAt: old.HCResolvedAt,
    HCClosedAt: old.HCClosedAt, HCResolution: old.HCResolution, HCProblemId: old.HCProblemId, HCArticleId: old.HCArticleId, HCSatisfaction: old.HCSatisfaction,
    HCSatisfactionComment: old.HCSatisfactionComment, HCApproval: await withoutSecret(old.HCApproval), HCInformed: old.HCInformed
  };
  if (old.HCStatus) values.HCStatus = old.HCStatus;
  if (old.HCLevel) values.HCLevel = old.HCLevel;
  if (old.HCTeamId) values.HCTeamId = old.HCTeamId;
  if (old.HCSequence) values.HCSequence = old.HCSequence;
  // The old desk has been working it: the fields it arrived without were its business then, not a question now.
  if (old.HCStatus && old.HCStatus !== 'new') values.HCIncomplete = null;
  return values;
}

/**
 * The old approval without its link's secret: the old desk kept it in clear (`token`), and the requester reads her
 * state, so only its SHA-256 (`tokenHash`) is kept — the approver's mail link still works, the desk matches its
 * hash. An approval that is not a JSON object (the old desk could not read it either) is dropped rather than
 * copied with whatever secret it may hold.
 */
async function withoutSecret(approval: string | null): Promise<string | null> {
  if (!approval) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(approval);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const kept: Record<string, unknown> = {};
  const source = parsed as Record<string, unknown>;
  Object.keys(source).forEach(k => { if (k !== 'token') kept[k] = source[k]; });
  if (typeof source.token === 'string' && source.token) kept.tokenHash = await sha256Hex(source.token);
  return JSON.stringify(kept);
}
/* eslint-enable @rushstack/no-new-null */
