import { inStatusGroup } from '../../domain/tickets/statusGroups';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { applyAction, resolveProblem } from '../../domain/tickets/lifecycle';
import { housekeeping, remindersDue } from '../../domain/tickets/housekeeping';
import { appendInformed, informedChanges, parseInformed } from '../../domain/tickets/informed';
import { dueDateAfterPause } from '../../domain/sla/snapshot';
import { forEachPage } from '../sp/paging';
import type { Actor, LifecycleSettings, StatusChange, Ticket } from '../../domain/tickets/model';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../domain/tickets/model';
import type { ApplyOk, DomainEvent, TicketAction } from '../../domain/tickets/actions';
import { HELP_TICKETS_SELECT } from '../schema/items.generated';
import type { RawHelpTeamsItem, RawHelpTicketsItem } from '../schema/items.generated';
import type { GraphClientLike } from '../notifications/types';
import { TicketActionError } from './ticketErrors';
import { agentPermissionRead, ownerPermissionRead } from './roles';
import { newApprovalToken, sha256Hex } from './approvalDecisions';
import { StoredTicket, TicketConflictError, TicketRepository } from './TicketRepository';
import { RawTicketWithPeople, STATE_PEOPLE_EXPAND, STATE_PEOPLE_SELECT, TICKET_PEOPLE_EXPAND, TICKET_PEOPLE_SELECT, toPayload, toTicket } from './ticketMapper';
import { STATES_LIST, STATE_SELECT, StateRow, TICKETS_LIST, firstStateOf, mergeTicket } from './ticketRow';
import { anyOf, anyOfChunks } from '../sp/odata';
import { TicketLinks, TicketNotifier } from './ticketNotifier';
import { DeskSettings, readDeskSettings, requireCalendar } from './deskSettings';
import { helpList } from '../sp/lists';
import { WATCH_RESYNC_WINDOWS_HOURS, staleWatchTickets, syncWatchViews } from './watchViews';
import { exceedsListViewThreshold } from '../sp/errors';

export { TicketActionError };

/** What an action did. */
export interface ActionOutcome {
  ticket: StoredTicket;
  events: DomainEvent[];
  /** False when a notification could not be sent yet (it stays in the outbox and is retried). */
  mailSent: boolean;
}

/** `{ HCInformed }` with the people these events inform appended, or nothing when they inform nobody. */
function informedPayload(current: string | null | undefined, events: DomainEvent[]): { HCInformed?: string } { // eslint-disable-line @rushstack/no-new-null
  // SharePoint returns null for an empty Note column.
  const next = appendInformed(current || undefined, informedChanges(events));
  return next ? { HCInformed: next } : {};
}

/** The public message an action says to the requester (kept in the state's versions), or null: every action writes one, so each version tells its own. */
function publicMessage(action: TicketAction): string | null { // eslint-disable-line @rushstack/no-new-null
  if ((action.type === 'replyPublic' || action.type === 'askForInformation') && action.message.trim()) return action.message.trim();
  return null; // eslint-disable-line @rushstack/no-new-null
}

/** When the requester was last reminded (the ticket's informed log, HCInformed). */
function lastReminderAt(informed: string | null | undefined): Date | undefined { // eslint-disable-line @rushstack/no-new-null
  const at = parseInformed(informed || undefined).filter(c => c.event === 'awaitingUserReminder').map(c => Date.parse(c.at)).filter(t => !isNaN(t));
  return at.length ? new Date(Math.max(...at)) : undefined;
}

/** The desk's latest public message while the ticket awaits the user (versions newest first): the question she has to answer. */
function awaitedQuestion(versions: { HCStatus: Ticket['status']; HCPublicMessage?: string | null }[]): string | undefined { // eslint-disable-line @rushstack/no-new-null
  for (const v of versions) {
    if (v.HCStatus !== 'awaiting_user') return undefined;
    if (v.HCPublicMessage && v.HCPublicMessage.trim()) return v.HCPublicMessage.trim();
  }
  return undefined;
}

/** A state's versions as the domain's status history, oldest first. */
function historyOf(versions: { HCStatus: Ticket['status']; Modified: string }[]): StatusChange[] {
  return versions.slice().reverse().filter((v, i, all) => i === 0 || all[i - 1].HCStatus !== v.HCStatus).map(v => ({ status: v.HCStatus, at: new Date(v.Modified) }));
}

/** Ticket ids per `Id eq … or …` query. */
const IDS_PER_QUERY = 30;
/** Tickets whose watchers' rows one housekeeping run writes again at most (the rest wait for the next run). */
const RESYNC_PER_RUN = 20;

/**
 * Runs a domain action on a ticket: reads the requester's item and the desk's state with their people and the
 * state's history, lets `applyAction` decide (guards, changes, who to inform), writes the changes to the state with
 * the ETag that was read (TicketConflictError when someone changed it meanwhile), posts the internal note the action
 * carries, and has the notifier tell the people it informs. Only agents and owners can write a state: a requester's
 * actions reach the desk as claims (claimsOnDesk.ts), applied here on their behalf once checked.
 */
export class TicketActionService {
  private readonly repo: TicketRepository;
  private readonly notifier: TicketNotifier;
  private actorPromise: Promise<Actor> | undefined;

  /**
   * @param sp PnPjs bound to the help center site.
   * @param graph SPFx's MSGraphClientV3 (mail is sent as the acting person).
   * @param links builds the link to a ticket put in the mails.
   */
  public constructor(private readonly sp: SPFI, graph: () => Promise<GraphClientLike>, links: TicketLinks,
    private readonly settings: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS) {
    this.repo = new TicketRepository(sp);
    this.notifier = new TicketNotifier(sp, graph, links);
  }

  /**
   * Who is acting: site user, agent and site owner by their effective permissions (also through an Entra ID or
   * Microsoft 365 group), teams (HelpTeams.HCMembers names people) — one batch.
   */
  public actor(): Promise<Actor> {
    if (!this.actorPromise) {
      const [batched, execute] = this.sp.batched();
      const me = batched.web.currentUser.select('Id', 'Title', 'Email')();
      const agent = agentPermissionRead(batched);
      const owner = ownerPermissionRead(batched);
      const teams = helpList(batched, 'HelpTeams').items.select('Id', 'HCMembersId').top(500)();
      this.actorPromise = execute().then(async () => {
        const u = await me as { Id: number; Title: string; Email: string };
        const teamIds = (await teams as Pick<RawHelpTeamsItem, 'Id' | 'HCMembersId'>[]).filter(t => (t.HCMembersId || []).indexOf(u.Id) >= 0).map(t => t.Id);
        return { person: { id: u.Id, email: u.Email, displayName: u.Title }, isAgent: await agent, teamIds, isSiteOwner: await owner };
      });
    }
    return this.actorPromise;
  }

  /** The ticket as the domain sees it, with the state's ETag; undefined when it cannot be read or the desk has not received it. */
  public async read(id: number): Promise<{ ticket: Ticket; stored: StoredTicket } | undefined> {
    const found = await this.readMany(anyOf('HCTicketId', [id]), 10);
    const one = found.filter(f => f.ticket.id === id)[0];
    if (!one) return undefined;
    const versions = await helpList(this.sp, STATES_LIST).items.getById(one.stored.item.stateId!).versions.select('HCStatus', 'Modified')();
    return { ticket: { ...one.ticket, statusHistory: historyOf(versions as { HCStatus: Ticket['status']; Modified: string }[]) }, stored: one.stored };
  }

  /**
   * Tickets whose states match an (indexed) filter, page by page, each merged with the requester's item (read by
   * `Id eq` chunks) and with their people; no status history (callers that need it read the versions).
   */
  public async readMany(stateFilter: string, pageSize: number = 500): Promise<{ ticket: Ticket; stored: StoredTicket }[]> {
    const states: (StateRow & RawTicketWithPeople)[] = [];
    await forEachPage<StateRow & RawTicketWithPeople>(helpList(this.sp, STATES_LIST).items.select(...STATE_SELECT, ...STATE_PEOPLE_SELECT)
      .expand(...STATE_PEOPLE_EXPAND).filter(stateFilter).orderBy('ID', true).top(pageSize), page => { states.push(...page); });
    const ids = states.map(s => s.HCTicketId || 0).filter((v, i, all) => v > 0 && all.indexOf(v) === i);
    const tickets: RawTicketWithPeople[] = [];
    for (const filter of anyOfChunks('Id', ids, IDS_PER_QUERY)) {
      tickets.push(...await helpList(this.sp, TICKETS_LIST).items.select(...HELP_TICKETS_SELECT, ...TICKET_PEOPLE_SELECT).expand(...TICKET_PEOPLE_EXPAND)
        .filter(filter).top(IDS_PER_QUERY)() as RawTicketWithPeople[]);
    }
    return ids.map(id => {
      const state = firstStateOf(states, id) as StateRow & RawTicketWithPeople;
      const item = tickets.filter(t => t.Id === id)[0] as RawHelpTicketsItem & RawTicketWithPeople | undefined;
      const merged = { ...mergeTicket(item, state), Author: item && item.Author, HCBeneficiary: item && item.HCBeneficiary, HCFiledBy: item && item.HCFiledBy,
        HCRequester: state.HCRequester, HCAssignedTo: state.HCAssignedTo, HCWatchers: state.HCWatchers, Editor: state.Editor } as RawTicketWithPeople;
      const etag = state['odata.etag'];
      if (!etag) throw new Error('SharePoint returned a ticket state without its ETag.');
      return { ticket: toTicket(merged, []), stored: { item: merged, etag } };
    });
  }

  /** Applies an action to the ticket as read at `etag` (as `actor` when the desk applies a requester's claim for them). */
  public async act(id: number, etag: string, action: TicketAction, now: Date = new Date(), onBehalfOf?: Actor): Promise<ActionOutcome> {
    if (action.type === 'resolveProblem') return this.resolveProblem(id, etag, action, now);
    const [me, current] = await Promise.all([this.actor(), this.read(id)]);
    const actor = onBehalfOf || me;
    // Only the desk writes a state: a requester's actions reach it as claims.
    if (!current || (!me.isAgent && !me.isSiteOwner)) throw new TicketActionError('notAllowed');
    if (current.stored.etag !== etag) throw new TicketConflictError(current.stored);
    // The approver's link carries a secret of its own, drawn here (the domain stays pure); only its hash is stored.
    let tokenHash: string | undefined;
    if (action.type === 'requestApproval') {
      const token = action.token || newApprovalToken();
      action = { ...action, token };
      tokenHash = await sha256Hex(token);
    }
    const result = applyAction(current.ticket, action, actor, now, this.settings);
    if (!result.ok) throw new TicketActionError(result.error, result.takenBy && (result.takenBy.displayName || result.takenBy.email));
    // The agent named on an escalation must be one of the receiving team's (HelpTeams members, which only owners edit):
    // the page offers only them, and a hand-made request naming anyone else is refused.
    if (action.type === 'escalate' && action.to && !(await this.isMemberOf(action.teamId !== undefined ? action.teamId : current.ticket.teamId, action.to.id))) {
      throw new TicketActionError('notInReceivingTeam');
    }
    const payload = toPayload(result.changes);
    if (tokenHash && result.ticket.approval) payload.HCApproval = JSON.stringify({ ...result.ticket.approval, token: undefined, tokenHash });
    // The change counter moves with every action, even one that changes no other column (it keys the notifications).
    if (result.ticket.sequence !== current.ticket.sequence) payload.HCSequence = result.ticket.sequence;
    // The state's messages are the desk's side of the conversation: a requester's message applied on her behalf stays
    // in her claim (shown as hers), never as the desk's words.
    payload.HCPublicMessage = actor.isAgent || actor.isSiteOwner ? publicMessage(action) : null; // eslint-disable-line @rushstack/no-new-null
    const due = await this.dueAfterPause(current.ticket, result.ticket, now);
    if (due) payload.HCDueDate = due.toISOString();
    Object.assign(payload, informedPayload(current.stored.item.HCInformed, result.events));
    const stored = await this.repo.update(current.stored, etag, payload);
    if (action.type === 'addInternalNote') await this.repo.addInternalNote(id, action.body);
    if ((action.type === 'escalate' || action.type === 'transfer') && action.reason.trim()) await this.repo.addInternalNote(id, action.reason.trim());
    // Before the mail, so that the watcher's link opens the view of this very change.
    await this.syncViews(current.ticket, result.ticket, current.stored.item.stateId, now);
    // The mail goes from the desk's mailbox (the agent applying a requester's claim sends it).
    const mailSent = await this.notifier.notify(result.ticket, result.events, actor, me.person.id);
    return { ticket: stored, events: result.events, mailSent };
  }

  /** Whether the site user `userId` is among the members HelpTeams names for `teamId` (false without a team). */
  private async isMemberOf(teamId: number | undefined, userId: number): Promise<boolean> {
    if (teamId === undefined) return false;
    const team = await helpList(this.sp, 'HelpTeams').items.getById(teamId).select('Id', 'HCMembersId')() as Pick<RawHelpTeamsItem, 'Id' | 'HCMembersId'>;
    return (team.HCMembersId || []).indexOf(userId) >= 0;
  }

  /**
   * The SLA clock stood still while the ticket awaited the requester: when an action takes it back to work,
   * its resolution due date moves by the business minutes of the pause (team calendar, or the site's default
   * hours), so the queues, which read HCDueDate alone, stay right. Undefined when nothing moves.
   */
  private async dueAfterPause(before: Ticket, after: Ticket, now: Date): Promise<Date | undefined> {
    if (!inStatusGroup(before.status, 'waiting') || !inStatusGroup(after.status, 'running') || !before.dueAt) return undefined;
    const entered = before.statusHistory.filter(h => h.status === 'awaiting_user').map(h => h.at).sort((a, b) => b.getTime() - a.getTime())[0];
    if (!entered) return undefined;
    const calendar = (await readDeskSettings(this.sp, this.settings)).calendarFor(before.teamId);
    if (!calendar) return undefined;
    const moved = dueDateAfterPause(calendar, before.dueAt, entered, now);
    return moved.getTime() !== before.dueAt.getTime() ? moved : undefined;
  }

  /**
   * Resolves a problem ticket (as read at `etag`) and every open incident linked to it (HCProblem, indexed,
   * read page by page), each written with its own ETag; an incident changed meanwhile is re-read and
   * resolved on its current version. Every incident's requester, beneficiary and watchers are informed.
   */
  public async resolveProblem(id: number, etag: string, action: { type: 'resolveProblem'; resolution: string; articleId?: number }, now: Date = new Date()): Promise<ActionOutcome> {
    const [actor, current] = await Promise.all([this.actor(), this.read(id)]);
    if (!current || (!actor.isAgent && !actor.isSiteOwner)) throw new TicketActionError('notAllowed');
    if (current.stored.etag !== etag) throw new TicketConflictError(current.stored);
    const linked = await this.readMany(`HCProblemId eq ${Math.floor(id)}`);
    const result = resolveProblem(current.ticket, linked.map(l => l.ticket), action, actor, now, this.settings);
    if (!result.problem.ok) throw new TicketActionError(result.problem.error, result.problem.takenBy && (result.problem.takenBy.displayName || result.problem.takenBy.email));
    const stored = await this.repo.update(current.stored, etag, { ...toPayload(result.problem.changes), HCSequence: result.problem.ticket.sequence, HCPublicMessage: null,
      ...informedPayload(current.stored.item.HCInformed, result.problem.events) });
    await this.syncViews(current.ticket, result.problem.ticket, current.stored.item.stateId, now);
    let mailSent = await this.notifier.notify(result.problem.ticket, result.problem.events, actor);
    const events = result.problem.events.slice();
    for (const incident of result.incidents) {
      const link = linked.filter(l => l.ticket.id === incident.ticket.id)[0];
      const written = await this.writeIncident(incident, link.stored, current.ticket, action, actor, now);
      if (!written) continue;
      await this.syncViews(link.ticket, written.ticket, link.stored.item.stateId, now);
      events.push(...written.events);
      mailSent = (await this.notifier.notify(written.ticket, written.events, actor)) && mailSent;
    }
    await this.endAnnouncements(id, now);
    return { ticket: stored, events, mailSent };
  }

  /**
   * "We know, we are on it" stops with the problem: its current announcements end now. Current announcements
   * are few and HCEnd is indexed, so they are read by end date and matched on the problem here.
   */
  private async endAnnouncements(problemId: number, now: Date): Promise<void> {
    try {
      const list = helpList(this.sp, 'Announcements');
      const current = await list.items.select('Id', 'HCProblemId').filter(`HCEnd ge datetime'${now.toISOString()}'`).top(500)() as { Id: number; HCProblemId: number | undefined }[];
      // SharePoint keeps whole seconds: the second before, so that a reader in this very second no longer sees it.
      const ended = new Date(Math.floor(now.getTime() / 1000) * 1000 - 1000).toISOString();
      for (const a of current.filter(x => x.HCProblemId === problemId)) await list.items.getById(a.Id).update({ HCEnd: ended });
    } catch (e) {
      // The problem and its incidents are resolved; an announcement left up is visible and can be ended by hand.
      console.error('[HelpCenter] Ending the problem\'s announcements failed:', e);
    }
  }

  /** Writes one incident's resolution; on a conflict, re-reads it once and resolves its current version. */
  private async writeIncident(result: ApplyOk, stored: StoredTicket, problem: Ticket,
    action: { type: 'resolveProblem'; resolution: string; articleId?: number }, actor: Actor, now: Date): Promise<ApplyOk | undefined> {
    try {
      await this.repo.update(stored, stored.etag, { ...toPayload(result.changes), HCSequence: result.ticket.sequence, HCPublicMessage: null,
        ...informedPayload(stored.item.HCInformed, result.events) });
      return result;
    } catch (e) {
      if (!(e instanceof TicketConflictError)) throw e;
      const fresh = await this.read(result.ticket.id);
      if (!fresh) return undefined;
      const again = resolveProblem(problem, [fresh.ticket], action, actor, now, this.settings).incidents[0];
      if (!again) return undefined; // resolved or closed meanwhile, or unlinked: nothing left to do
      await this.repo.update(fresh.stored, fresh.stored.etag, { ...toPayload(again.changes), HCSequence: again.ticket.sequence, HCPublicMessage: null,
        ...informedPayload(fresh.stored.item.HCInformed, again.events) });
      return again;
    }
  }

  /**
   * Housekeeping, run when the desk loads (idempotent, safe for two agents at once): tickets awaiting the
   * requester past N business days of their team's calendar are closed as no follow-up with a notice; those past R
   * business days (R < N) get one reminder, recorded in the state's informed log by an ETag write (the log says it
   * was sent, so a second desk or a second run sends none); resolved tickets not reopened within M days are closed.
   * Settings come from HelpSettings `tickets.autoClose`. Then the watchers' rows a failed sync left behind are
   * written again (resyncWatchViews). Returns how many tickets it changed (a reminder changes the state's ETag).
   */
  public async housekeep(now: Date = new Date()): Promise<number> {
    const actor = await this.actor();
    if (!actor.isAgent && !actor.isSiteOwner) return 0;
    const candidates: { ticket: Ticket; stored: StoredTicket }[] = [];
    for (const status of ['awaiting_user', 'resolved']) candidates.push(...await this.readMany(`HCStatus eq '${status}'`));
    if (!candidates.length) {
      await this.resyncWatchViews(now);
      return 0;
    }
    const [batched, execute] = this.sp.batched();
    const histories = candidates.map(c => helpList(batched, STATES_LIST).items.getById(c.stored.item.stateId!).versions.select('HCStatus', 'HCPublicMessage', 'Modified')());
    await execute();
    const settings: DeskSettings = await readDeskSettings(this.sp, this.settings);
    const tickets: Ticket[] = [];
    const byId: { [id: number]: { ticket: Ticket; stored: StoredTicket; question?: string } } = {};
    for (let i = 0; i < candidates.length; i++) {
      const versions = await histories[i] as { HCStatus: Ticket['status']; HCPublicMessage?: string | null; Modified: string }[]; // eslint-disable-line @rushstack/no-new-null
      const ticket = { ...candidates[i].ticket, statusHistory: historyOf(versions) };
      tickets.push(ticket);
      byId[ticket.id] = { ticket, stored: candidates[i].stored, question: awaitedQuestion(versions) };
    }
    let changed = 0;
    const reminders = remindersDue(tickets, now, settings.lifecycle, t => requireCalendar(settings, t),
      t => ({ lastReminderAt: lastReminderAt(byId[t.id].stored.item.HCInformed), question: byId[t.id].question }));
    for (const reminder of reminders) {
      const { ticket, stored } = byId[reminder.ticketId];
      try {
        // Only the log: the status, the sequence and the desk's last message (the question she sees) stay as they are.
        await this.repo.update(stored, stored.etag, informedPayload(stored.item.HCInformed, [reminder]));
      } catch (e) {
        if (e instanceof TicketConflictError) continue; // another desk reminded her first, or an agent acted meanwhile
        throw e;
      }
      changed++;
      await this.notifier.notify(ticket, [reminder], actor);
    }
    for (const tr of housekeeping(tickets, now, settings.lifecycle, t => requireCalendar(settings, t))) {
      const { ticket, stored } = byId[tr.ticketId];
      const payload = { ...toPayload(tr.result.changes), HCSequence: tr.result.ticket.sequence, HCPublicMessage: null,
        ...informedPayload(stored.item.HCInformed, tr.result.events) };
      try {
        await this.repo.update(stored, stored.etag, payload);
      } catch (e) {
        if (e instanceof TicketConflictError) continue; // someone (another desk) did it first
        throw e;
      }
      changed++;
      await this.syncViews(ticket, tr.result.ticket, stored.item.stateId, now);
      await this.notifier.notify(tr.result.ticket, tr.result.events, actor);
    }
    await this.resyncWatchViews(now);
    return changed;
  }

  /**
   * Brings a ticket's watchers' rows up to date after a write (watchViews.ts). The desk's action stands whatever
   * happens here: a failure is logged and the housekeeping's pass (resyncWatchViews) writes the rows again later —
   * until then the watcher sees the view as it was (at-least-once, not at-once).
   */
  private async syncViews(before: Ticket, after: Ticket, stateId: number | undefined, now: Date): Promise<void> {
    if (!stateId || (!before.watchers.length && !after.watchers.length)) return;
    try {
      await syncWatchViews(this.sp, { ticket: after, stateId }, now);
    } catch (e) {
      console.error(`[HelpCenter] Updating what the people kept informed of ticket ${after.id} see failed (the next housekeeping retries):`, e);
    }
  }

  /**
   * The housekeeping's pass over the watchers' rows: tickets changed in the last 48 hours (fewer on a desk busier than the threshold) whose
   * rows are behind their state (a sync failed, a tab closed mid-action) are synced again, a few per run.
   * Returns how many it synced.
   */
  public async resyncWatchViews(now: Date = new Date()): Promise<number> {
    let stale: number[] | undefined;
    // A busy desk may write more states in the window than the list view threshold lets one query match: the
    // window narrows until it fits (the most recent changes are the likeliest to have a sync missing).
    for (const hours of WATCH_RESYNC_WINDOWS_HOURS) {
      try {
        stale = (await staleWatchTickets(this.sp, new Date(now.getTime() - hours * 3600000))).slice(0, RESYNC_PER_RUN);
        break;
      } catch (e) {
        if (exceedsListViewThreshold(e)) continue;
        console.error('[HelpCenter] Looking for followed requests to update failed:', e);
        return 0;
      }
    }
    if (!stale) {
      console.warn('[HelpCenter] Too many ticket changes in the last hour to look for followed requests to update; the next actions update them.');
      return 0;
    }
    let synced = 0;
    for (const filter of anyOfChunks('HCTicketId', stale, IDS_PER_QUERY)) {
      for (const one of await this.readMany(filter, IDS_PER_QUERY)) {
        await this.syncViews(one.ticket, one.ticket, one.stored.item.stateId, now);
        synced++;
      }
    }
    return synced;
  }

  /** Tells the people a change informs (used by intake and the claims the desk applies). */
  public notify(ticket: Ticket, events: DomainEvent[], actor: Actor): Promise<boolean> {
    return this.notifier.notify(ticket, events, actor);
  }
}
