import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { applyAction, resolveProblem } from '../../domain/tickets/lifecycle';
import { housekeeping } from '../../domain/tickets/housekeeping';
import { appendInformed, informedChanges } from '../../domain/tickets/informed';
import { BusinessHoursCalendar, parseCalendar } from '../../domain/sla/calendar';
import { dueDateAfterPause } from '../../domain/sla/snapshot';
import { forEachPage } from '../paging';
import type { Actor, LifecycleSettings, Ticket } from '../../domain/tickets/model';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../domain/tickets/model';
import type { ApplyOk, DomainEvent, TicketAction } from '../../domain/tickets/actions';
import type { StatusChange } from '../../domain/tickets/model';
import { HELP_TICKETS_SELECT } from '../schema/items.generated';
import type { RawHelpTeamsItem, RawHelpTicketsItem } from '../schema/items.generated';
import { NotificationOutbox } from '../notifications/NotificationOutbox';
import type { GraphClientLike, NotificationRecipient } from '../notifications/types';
import { settingsTemplateSource } from '../notifications/templateSource';
import { languagesOfUsers } from '../notifications/languages';
import { TicketActionError } from './ticketErrors';
import { agentPermissionRead, ownerPermissionRead } from './roles';
import { withApprovalTemplates } from './approvalTemplates';
import { newApprovalToken } from './approvalDecisions';
import { StoredTicket, TicketConflictError, TicketRepository } from './TicketRepository';
import { MAIL_STATUS_LABELS } from '../../loc/mail/labels';
import { RawTicketWithPeople, TICKET_PEOPLE_EXPAND, TICKET_PEOPLE_SELECT, toPayload, toTicket } from './ticketMapper';

export { TicketActionError };

/** What an action did. */
export interface ActionOutcome {
  ticket: StoredTicket;
  events: DomainEvent[];
  /** False when a notification could not be sent yet (it stays in the outbox and is retried). */
  mailSent: boolean;
}

/** `{ HCInformed }` with the people these events inform appended, or nothing when they inform nobody. */
function informedPayload(current: RawHelpTicketsItem['HCInformed'] | undefined, events: DomainEvent[]): { HCInformed?: string } {
  // SharePoint returns null for an empty Note column.
  const next = appendInformed(current || undefined, informedChanges(events));
  return next ? { HCInformed: next } : {};
}

/** The template each event is told with (HelpSettings `notifications.template.<key>`). */
function templateFor(e: DomainEvent): string {
  if (e.type === 'askForInformation') return 'awaiting_user';
  if (e.type === 'resolve' || e.type === 'resolvedByProblem') return 'ticket_resolved';
  if (e.type === 'file') return 'ticket_created';
  if (e.type === 'decideApproval') return 'approval_decided';
  if (e.type === 'rate') return 'ticket_rated';
  return 'status_changed';
}

/**
 * Runs a domain action on a ticket: reads it with its people and history, lets `applyAction` decide (guards,
 * changes, who to inform), writes the changes with the ETag that was read (TicketConflictError when someone
 * changed the ticket meanwhile), posts the public message or internal note the action carries, and sends the
 * notifications through the outbox with the domain's change keys (a retried action is recorded and sent once).
 */
export class TicketActionService {
  private readonly repo: TicketRepository;
  private actorPromise: Promise<Actor> | undefined;

  /**
   * @param sp PnPjs bound to the help center site.
   * @param graph SPFx's MSGraphClientV3 (mail is sent as the acting person).
   * @param links builds the link to a ticket put in the mails (`approval`: the page where the named approver decides that request).
   */
  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly links: (id: number, purpose?: 'approval', request?: { ticketId: number; requestSequence: number; approverId?: number; token?: string }) => string,
    private readonly settings: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS) {
    this.repo = new TicketRepository(sp);
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
      const teams = batched.web.lists.getByTitle('HelpTeams').items.select('Id', 'HCMembersId').top(500)();
      this.actorPromise = execute().then(async () => {
        const u = await me as { Id: number; Title: string; Email: string };
        const teamIds = (await teams as Pick<RawHelpTeamsItem, 'Id' | 'HCMembersId'>[]).filter(t => (t.HCMembersId || []).indexOf(u.Id) >= 0).map(t => t.Id);
        return { person: { id: u.Id, email: u.Email, displayName: u.Title }, isAgent: await agent, teamIds, isSiteOwner: await owner };
      });
    }
    return this.actorPromise;
  }

  /** The ticket as the domain sees it, with its ETag. */
  public async read(id: number): Promise<{ ticket: Ticket; stored: StoredTicket } | undefined> {
    const [batched, execute] = this.sp.batched();
    const item = batched.web.lists.getByTitle('HelpTickets').items.getById(id);
    const row = item.select(...HELP_TICKETS_SELECT, ...TICKET_PEOPLE_SELECT).expand(...TICKET_PEOPLE_EXPAND)();
    const versions = item.versions.select('HCStatus', 'Modified')();
    await execute();
    let raw: RawTicketWithPeople & { 'odata.etag'?: string };
    try {
      raw = await row as RawTicketWithPeople & { 'odata.etag'?: string };
    } catch (e) {
      versions.catch(() => undefined);
      if ((e as { status?: number }).status === 404) return undefined;
      throw e;
    }
    const history: StatusChange[] = (await versions as { HCStatus: Ticket['status']; Modified: string }[]).slice().reverse()
      .filter((v, i, all) => i === 0 || all[i - 1].HCStatus !== v.HCStatus).map(v => ({ status: v.HCStatus, at: new Date(v.Modified) }));
    const etag = raw['odata.etag'];
    if (!etag) throw new Error('SharePoint returned a ticket without its ETag.');
    return { ticket: toTicket(raw, history), stored: { item: raw, etag } };
  }

  /** Applies an action to the ticket as read at `etag`. */
  public async act(id: number, etag: string, action: TicketAction, now: Date = new Date()): Promise<ActionOutcome> {
    if (action.type === 'resolveProblem') return this.resolveProblem(id, etag, action, now);
    const [actor, current] = await Promise.all([this.actor(), this.read(id)]);
    if (!current) throw new TicketActionError('notAllowed');
    if (current.stored.etag !== etag) throw new TicketConflictError(current.stored);
    // The approver's link carries a secret of its own, drawn here (the domain stays pure).
    if (action.type === 'requestApproval' && !action.token) action = { ...action, token: newApprovalToken() };
    const result = applyAction(current.ticket, action, actor, now, this.settings);
    if (!result.ok) throw new TicketActionError(result.error, result.takenBy && (result.takenBy.displayName || result.takenBy.email));
    const payload = toPayload(result.changes);
    // The change counter moves with every action, even one that changes no other column (it keys the notifications).
    if (result.ticket.sequence !== current.ticket.sequence) payload.HCSequence = result.ticket.sequence;
    const due = await this.dueAfterPause(current.ticket, result.ticket, now);
    if (due) payload.HCDueDate = due.toISOString();
    Object.assign(payload, informedPayload(current.stored.item.HCInformed, result.events));
    const stored = Object.keys(payload).length ? await this.repo.update(id, etag, payload) : current.stored;
    // What the action says publicly or internally.
    if ((action.type === 'replyPublic' || action.type === 'askForInformation') && action.message.trim()) await this.repo.addComment(id, action.message.trim());
    if (action.type === 'requesterAnswered' && action.message && action.message.trim()) await this.repo.addComment(id, action.message.trim());
    if (action.type === 'reopen' && action.reason.trim()) await this.repo.addComment(id, action.reason.trim());
    if (action.type === 'addInternalNote') await this.repo.addInternalNote(id, action.body);
    if ((action.type === 'escalate' || action.type === 'transfer') && action.reason.trim()) await this.repo.addInternalNote(id, action.reason.trim());
    const mailSent = await this.notify(result.ticket, result.events, actor);
    return { ticket: stored, events: result.events, mailSent };
  }

  /**
   * The SLA clock stood still while the ticket awaited the requester: when an action takes it back to work,
   * its resolution due date moves by the business minutes of the pause (team calendar, or the site's default
   * hours), so the queues, which read HCDueDate alone, stay right. Undefined when nothing moves.
   */
  private async dueAfterPause(before: Ticket, after: Ticket, now: Date): Promise<Date | undefined> {
    if (before.status !== 'awaiting_user' || after.status === 'awaiting_user' || !before.dueAt) return undefined;
    if (['new', 'taken_in_charge', 'in_progress'].indexOf(after.status) < 0) return undefined;
    const entered = before.statusHistory.filter(h => h.status === 'awaiting_user').map(h => h.at).sort((a, b) => b.getTime() - a.getTime())[0];
    if (!entered) return undefined;
    const [batched, execute] = this.sp.batched();
    const team = before.teamId ? batched.web.lists.getByTitle('HelpTeams').items.getById(before.teamId).select('HCBusinessHours')() : Promise.resolve(undefined);
    const fallback = batched.web.lists.getByTitle('HelpSettings').items.select('HCValue').filter("HCSettingKey eq 'businessHours.default'").top(1)();
    await execute();
    const teamHours = await (team as Promise<{ HCBusinessHours?: string | undefined } | undefined>).catch(() => undefined);
    const rows = await (fallback as Promise<{ HCValue?: string }[]>).catch(() => []);
    for (const json of [teamHours && teamHours.HCBusinessHours, rows.length ? rows[0].HCValue : undefined]) {
      const parsed = json ? parseCalendar(json) : undefined;
      if (parsed && parsed.ok) {
        const moved = dueDateAfterPause(parsed.calendar, before.dueAt, entered, now);
        return moved.getTime() !== before.dueAt.getTime() ? moved : undefined;
      }
    }
    return undefined;
  }

  /**
   * Resolves a problem ticket (as read at `etag`) and every open incident linked to it (HCProblem, indexed,
   * read page by page), each written with its own ETag; an incident changed meanwhile is re-read and
   * resolved on its current version. Every incident's requester, beneficiary and watchers are informed.
   */
  public async resolveProblem(id: number, etag: string, action: { type: 'resolveProblem'; resolution: string; articleId?: number }, now: Date = new Date()): Promise<ActionOutcome> {
    const [actor, current] = await Promise.all([this.actor(), this.read(id)]);
    if (!current) throw new TicketActionError('notAllowed');
    if (current.stored.etag !== etag) throw new TicketConflictError(current.stored);
    const linked = await this.linkedIncidents(id);
    const result = resolveProblem(current.ticket, linked.map(l => l.ticket), action, actor, now, this.settings);
    if (!result.problem.ok) throw new TicketActionError(result.problem.error, result.problem.takenBy && (result.problem.takenBy.displayName || result.problem.takenBy.email));
    const stored = await this.repo.update(id, etag, { ...toPayload(result.problem.changes), HCSequence: result.problem.ticket.sequence,
      ...informedPayload(current.stored.item.HCInformed, result.problem.events) });
    let mailSent = await this.notify(result.problem.ticket, result.problem.events, actor);
    const events = result.problem.events.slice();
    for (const incident of result.incidents) {
      const link = linked.filter(l => l.ticket.id === incident.ticket.id)[0];
      const written = await this.writeIncident(incident, link.etag, link.informed, current.ticket, action, actor, now);
      if (!written) continue;
      events.push(...written.events);
      mailSent = (await this.notify(written.ticket, written.events, actor)) && mailSent;
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
      const list = this.sp.web.lists.getByTitle('Announcements');
      const current = await list.items.select('Id', 'HCProblemId').filter(`HCEnd ge datetime'${now.toISOString()}'`).top(500)() as { Id: number; HCProblemId: number | undefined }[];
      // SharePoint keeps whole seconds: the second before, so that a reader in this very second no longer sees it.
      const ended = new Date(Math.floor(now.getTime() / 1000) * 1000 - 1000).toISOString();
      for (const a of current.filter(x => x.HCProblemId === problemId)) await list.items.getById(a.Id).update({ HCEnd: ended });
    } catch (e) {
      // The problem and its incidents are resolved; an announcement left up is visible and can be ended by hand.
      console.error('[HelpCenter] Ending the problem\'s announcements failed:', e);
    }
  }

  /** Open and closed incidents linked to a problem, as the domain sees them, with their ETags. */
  private async linkedIncidents(problemId: number): Promise<{ ticket: Ticket; etag: string; informed: RawHelpTicketsItem['HCInformed'] }[]> {
    const out: { ticket: Ticket; etag: string; informed: RawHelpTicketsItem['HCInformed'] }[] = [];
    await forEachPage<RawTicketWithPeople & { 'odata.etag'?: string }>(this.sp.web.lists.getByTitle('HelpTickets').items
      .select(...HELP_TICKETS_SELECT, ...TICKET_PEOPLE_SELECT).expand(...TICKET_PEOPLE_EXPAND).filter(`HCProblemId eq ${Math.floor(problemId)}`).top(500), page => {
      page.forEach(r => out.push({ ticket: toTicket(r, []), etag: r['odata.etag'] || '', informed: r.HCInformed }));
    });
    return out;
  }

  /** Writes one incident's resolution; on a conflict, re-reads it once and resolves its current version. */
  private async writeIncident(result: ApplyOk, etag: string, informed: RawHelpTicketsItem['HCInformed'], problem: Ticket,
    action: { type: 'resolveProblem'; resolution: string; articleId?: number }, actor: Actor, now: Date): Promise<ApplyOk | undefined> {
    try {
      await this.repo.update(result.ticket.id, etag, { ...toPayload(result.changes), HCSequence: result.ticket.sequence, ...informedPayload(informed, result.events) });
      return result;
    } catch (e) {
      if (!(e instanceof TicketConflictError)) throw e;
      const fresh = await this.read(result.ticket.id);
      if (!fresh) return undefined;
      const again = resolveProblem(problem, [fresh.ticket], action, actor, now, this.settings).incidents[0];
      if (!again) return undefined; // resolved or closed meanwhile, or unlinked: nothing left to do
      await this.repo.update(again.ticket.id, fresh.stored.etag, { ...toPayload(again.changes), HCSequence: again.ticket.sequence,
        ...informedPayload(fresh.stored.item.HCInformed, again.events) });
      return again;
    }
  }

  /**
   * Housekeeping, run when the desk loads (idempotent, safe for two agents at once): tickets awaiting the
   * requester past N business days of their team's calendar are closed as no follow-up with a notice;
   * resolved tickets not reopened within M days are closed. Settings come from HelpSettings `tickets.autoClose`.
   * Returns how many tickets it changed.
   */
  public async housekeep(now: Date = new Date()): Promise<number> {
    const actor = await this.actor();
    if (!actor.isAgent && !actor.isSiteOwner) return 0;
    const candidates: RawTicketWithPeople[] = [];
    for (const status of ['awaiting_user', 'resolved']) {
      await forEachPage<RawTicketWithPeople>(this.sp.web.lists.getByTitle('HelpTickets').items.select(...HELP_TICKETS_SELECT, ...TICKET_PEOPLE_SELECT)
        .expand(...TICKET_PEOPLE_EXPAND).filter(`HCStatus eq '${status}'`).top(500), page => { candidates.push(...page); });
    }
    if (!candidates.length) return 0;
    const [batched, execute] = this.sp.batched();
    const histories = candidates.map(c => batched.web.lists.getByTitle('HelpTickets').items.getById(c.Id).versions.select('HCStatus', 'Modified')());
    const teamsQuery = batched.web.lists.getByTitle('HelpTeams').items.select('Id', 'HCBusinessHours').top(500)();
    const settingsQuery = batched.web.lists.getByTitle('HelpSettings').items.select('HCSettingKey', 'HCValue')
      .filter("HCSettingKey eq 'tickets.autoClose' or HCSettingKey eq 'businessHours.default'").top(2)();
    await execute();
    const settingRows = await settingsQuery as { HCSettingKey: string; HCValue: string | null }[];
    const setting = (key: string): string | undefined => { const r = settingRows.filter(x => x.HCSettingKey === key)[0]; return (r && r.HCValue) || undefined; };
    const settings = { ...this.settings };
    try {
      const auto = JSON.parse(setting('tickets.autoClose') || '{}') as { resolvedToClosedDays?: number; awaitingUserToNoFollowUpDays?: number };
      if (typeof auto.resolvedToClosedDays === 'number') settings.autoCloseResolvedAfterDays = auto.resolvedToClosedDays;
      if (typeof auto.awaitingUserToNoFollowUpDays === 'number') settings.awaitingUserMaxBusinessDays = auto.awaitingUserToNoFollowUpDays;
    } catch { /* the defaults apply */ }
    const fallback = parseCalendar(setting('businessHours.default') || '');
    const calendars: { [teamId: number]: BusinessHoursCalendar } = {};
    (await teamsQuery as { Id: number; HCBusinessHours: string | null }[]).forEach(t => {
      const c = parseCalendar(t.HCBusinessHours || '');
      if (c.ok) calendars[t.Id] = c.calendar;
    });
    const tickets: Ticket[] = [];
    const etags: { [id: number]: string } = {};
    const informed: { [id: number]: RawHelpTicketsItem['HCInformed'] } = {};
    for (let i = 0; i < candidates.length; i++) {
      const versions = await histories[i] as { HCStatus: Ticket['status']; Modified: string }[];
      const history: StatusChange[] = versions.slice().reverse()
        .filter((v, k, all) => k === 0 || all[k - 1].HCStatus !== v.HCStatus).map(v => ({ status: v.HCStatus, at: new Date(v.Modified) }));
      tickets.push(toTicket(candidates[i], history));
      etags[candidates[i].Id] = (candidates[i] as { 'odata.etag'?: string })['odata.etag'] || '';
      informed[candidates[i].Id] = candidates[i].HCInformed;
    }
    const calendarFor = (t: Ticket): BusinessHoursCalendar => {
      const c = (t.teamId && calendars[t.teamId]) || (fallback.ok ? fallback.calendar : undefined);
      if (!c) throw new Error('No business-hours calendar: set HelpSettings businessHours.default.');
      return c;
    };
    let changed = 0;
    for (const tr of housekeeping(tickets, now, settings, calendarFor)) {
      const payload = { ...toPayload(tr.result.changes), HCSequence: tr.result.ticket.sequence,
        ...informedPayload(informed[tr.ticketId], tr.result.events) };
      try {
        await this.repo.update(tr.ticketId, etags[tr.ticketId], payload);
      } catch (e) {
        if (e instanceof TicketConflictError) continue; // someone (another desk) did it first
        throw e;
      }
      changed++;
      await this.notify(tr.result.ticket, tr.result.events, actor);
    }
    return changed;
  }

  private async notify(ticket: Ticket, events: DomainEvent[], actor: Actor): Promise<boolean> {
    if (!events.some(e => e.recipients.length)) return true;
    let ok = true;
    try {
      const outbox = new NotificationOutbox(this.sp, await this.graph(), withApprovalTemplates(settingsTemplateSource(this.sp)), actor.person.id);
      const queues = await this.queueAddresses(events);
      // Each person's language from their profile, found by their login name (UPN), not their e-mail address.
      const people: number[] = [];
      events.forEach(e => e.recipients.forEach(r => { if (r.person && r.person.email && !r.person.language) people.push(r.person.id); }));
      const langs = await languagesOfUsers(this.sp, people);
      for (const e of events) {
        // The approver of a request gets their own mail, with the link to the page where they decide.
        const groups: { template: string; link: string; recipients: NotificationRecipient[] }[] = [
          { template: templateFor(e), link: this.links(ticket.id), recipients: [] },
          { template: 'approval_requested', link: this.links(ticket.id, 'approval', ticket.approval && ticket.approval.requestSequence !== undefined
            ? { ticketId: ticket.id, requestSequence: ticket.approval.requestSequence, approverId: ticket.approval.approver.id, token: ticket.approval.token } : undefined),
            recipients: [] }
        ];
        e.recipients.forEach(r => {
          const group = groups[e.type === 'requestApproval' && r.role === 'approver' ? 1 : 0];
          if (r.person && r.person.email) {
            const language = r.person.language || langs[r.person.id] || ticket.language;
            group.recipients.push({ email: r.person.email, displayName: r.person.displayName || r.person.email, language });
          }
          else if (r.role === 'teamQueue' && r.teamId && queues[r.teamId]) group.recipients.push({ email: queues[r.teamId], displayName: queues[r.teamId], language: 'fr' });
        });
        const details = e.details || {};
        const approval = ticket.approval;
        for (const g of groups) {
          if (!g.recipients.length) continue;
          const results = await outbox.notify({
            ticketId: ticket.id, changeKey: e.changeKey, template: g.template, recipients: g.recipients,
            values: {
              ticketId: ticket.id, title: ticket.title, status: MAIL_STATUS_LABELS[e.toStatus], link: g.link, agentName: actor.person.displayName,
              requesterName: ticket.requester.displayName, message: details.message || details.reason, resolution: ticket.resolution,
              approverName: approval ? approval.approver.displayName || approval.approver.email : undefined,
              decisionFr: details.decision === 'approved' ? 'accordée' : details.decision === 'refused' ? 'refusée' : undefined,
              decisionEn: details.decision, ...details
            }
          });
          ok = ok && results.every(r => r.outcome !== 'failed');
        }
      }
    } catch (e) {
      console.error('[HelpCenter] Notifications could not be recorded or sent:', e);
      ok = false;
    }
    return ok;
  }

  private async queueAddresses(events: DomainEvent[]): Promise<{ [teamId: number]: string }> {
    const ids: number[] = [];
    events.forEach(e => e.recipients.forEach(r => { if (r.role === 'teamQueue' && r.teamId && ids.indexOf(r.teamId) < 0) ids.push(r.teamId); }));
    if (!ids.length) return {};
    const rows = await this.sp.web.lists.getByTitle('HelpTeams').items.select('Id', 'HCQueueEmail').filter(ids.map(i => `Id eq ${i}`).join(' or ')).top(ids.length)() as Pick<RawHelpTeamsItem, 'Id' | 'HCQueueEmail'>[];
    const out: { [teamId: number]: string } = {};
    rows.forEach(r => { if (r.HCQueueEmail) out[r.Id] = r.HCQueueEmail; });
    return out;
  }
}
