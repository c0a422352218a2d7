import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { HELP_TICKETS_SELECT } from '../schema/items.generated';
import type { RawExpertsItem, RawHelpCategoriesItem, RawHelpTeamsItem, RawHelpTicketsItem } from '../schema/items.generated';
import { forEachPage } from '../sp/paging';
import { sendOnce, writeOnce } from '../idempotent';
import { racingDuplicates } from '../tickets/racingDuplicates';
import { STATES_LIST, STATE_SELECT, StateRow, TICKETS_LIST, firstStateOf } from '../tickets/ticketRow';
import { anyOf } from '../sp/odata';
import type { TicketActionService } from '../tickets/TicketActionService';
import { readDeskSettings } from '../tickets/deskSettings';
import { missingRequiredFields } from '../../domain/intake';
import type { FormFieldKey } from '../../domain/intake';
import { addBusinessMinutes, categoryTargets } from '../../domain/sla';
import { applyAction } from '../../domain/tickets/lifecycle';
import { routeAskedExpert } from '../../domain/tickets/askExpert';
import { isOwnEntry } from '../knowledge/experts';
import { appendInformed, informedChanges } from '../../domain/tickets/informed';
import type { PersonRef, Ticket } from '../../domain/tickets/model';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../domain/tickets/model';
import type { Language, TicketPriority } from '../../domain/vocabulary';
import { TICKET_PRIORITIES } from '../../domain/vocabulary';
import { helpList } from '../sp/lists';
import { LegacyStart, legacyStates } from './legacyStates'; // legacy: tickets of a site set up before issue 11

/** Tickets per `HCTicketId eq … or …` query. */
const IDS_PER_QUERY = 30;
/** How far below the newest received ticket intake looks again (a ticket an agent filed may be received before older ones). */
const LOOK_BACK = 200;

/* eslint-disable @rushstack/no-new-null */
type Person = { Title?: string; EMail?: string; Name?: string };
type ArrivingTicket = RawHelpTicketsItem & { Author?: Person; Editor?: Person; HCBeneficiary?: Person; Attachments?: boolean; HCWatchers?: Person[]; HCExpert?: Person };
/* eslint-enable @rushstack/no-new-null */

const ARRIVAL_SELECT = [...HELP_TICKETS_SELECT, 'Attachments', 'Author/Title', 'Author/EMail', 'Author/Name', 'Editor/Title', 'Editor/EMail', 'Editor/Name',
  'HCBeneficiary/Title', 'HCBeneficiary/EMail', 'HCBeneficiary/Name', 'HCWatchers/Title', 'HCWatchers/EMail', 'HCExpert/Title', 'HCExpert/EMail'];
const ARRIVAL_EXPAND = ['Author', 'Editor', 'HCBeneficiary', 'HCWatchers', 'HCExpert'];
/** Experts entries per page (the directory is read once per intake, in pages). */
const EXPERTS_PAGE = 2000;

/**
 * The priority the desk starts a request with: the one she asked for where the category's form asks it (or the agent's,
 * filing it), else normal. Her item is hers to write over REST, so a priority she was never asked for is a claim the
 * desk shows (as asked) without letting it set the SLA; an agent raises it with a word from her.
 */
export function deskPriority(t: { HCPriority?: string | null }, category: { HCFormFields?: string[] | null } | undefined, filedByAgent: boolean): TicketPriority { // eslint-disable-line @rushstack/no-new-null
  const asked = t.HCPriority && (TICKET_PRIORITIES as readonly string[]).indexOf(t.HCPriority) >= 0 ? t.HCPriority as TicketPriority : undefined;
  if (!asked) return 'normal';
  const askedByForm = !!category && (category.HCFormFields || []).indexOf('priority') >= 0;
  return askedByForm || filedByAgent ? asked : 'normal';
}

/** What intake did with one ticket. */
export interface Reception { ticketId: number; stateId: number; unverified: boolean; missing: FormFieldKey[]; mailSent: boolean }

/**
 * The desk receives tickets: for each ticket without a state it writes the desk's truth — the requester it can
 * trust, when the request counts as filed, category, team, level and due date from the category (not from the
 * form), the required fields it arrived without — then makes the requester the state's Author (so they, and only
 * they, read it) and tells the requester and the team's queue (the people she asks to keep informed are told once
 * an agent confirms them). Only agents and owners can: the state
 * list is theirs. Idempotent and safe for two desks at once (the state is looked up before it is added).
 *
 * Whom to trust: the form writes a ticket as its requester, so Created By = Modified By. Anyone may rewrite both
 * of their own item with ValidateUpdateListItem; a ticket whose two disagree at intake (e.g. Created By another
 * student, Modified By an agent) is received unverified: it is nobody's in "My requests", and the desk sees the flag.
 */
export class TicketIntake {
  /** @param sp PnPjs bound to the help center site, as an agent or owner; @param actions the desk's action service (actor, notifier). */
  public constructor(private readonly sp: SPFI, private readonly actions: TicketActionService) {}

  /** Receives every ticket without a state; returns what it did. */
  public async receiveNew(now: Date = new Date()): Promise<Reception[]> {
    const actor = await this.actions.actor();
    if (!actor.isAgent && !actor.isSiteOwner) return [];
    const newest = await helpList(this.sp, STATES_LIST).items.select('HCTicketId').orderBy('HCTicketId', false).top(1)() as { HCTicketId: number }[];
    const legacy = legacyStates(this.sp, now); // legacy
    const from = await legacy.from(Math.max(0, (newest.length ? newest[0].HCTicketId : 0) - LOOK_BACK)); // legacy: 0 while old tickets wait below
    const tickets: ArrivingTicket[] = [];
    // legacy: `skip` (keyset after the id, no filter) pages through a list of any size; `ID gt 0` on more than 5,000 tickets is over the threshold.
    await forEachPage<ArrivingTicket>(helpList(this.sp, TICKETS_LIST).items.select(...ARRIVAL_SELECT).expand(...ARRIVAL_EXPAND)
      .orderBy('ID', true).skip(from).top(500), page => { tickets.push(...page); }); // legacy
    if (!tickets.length) return [];
    const received: number[] = [];
    const states = helpList(this.sp, STATES_LIST).items.select('HCTicketId').top(5000); // legacy: every state when reading from 0 (no threshold)
    await forEachPage<{ HCTicketId: number }>(from ? states.filter(`HCTicketId gt ${from}`) : states, // legacy
      page => { page.forEach(s => received.push(s.HCTicketId)); });
    // A submit the browser itself sent twice is one request: the later copy is recycled, never received.
    const copies = racingDuplicates(tickets.filter(t => received.indexOf(t.Id) < 0)).map(t => t.Id);
    for (const id of copies) {
      await helpList(this.sp, TICKETS_LIST).items.getById(id).recycle()
        .catch((e: unknown) => console.warn(`[HelpCenter] The duplicate ticket ${id} could not be recycled:`, e));
    }
    const out: Reception[] = [];
    let floor = 0;
    for (const t of tickets) {
      // Ticket ids grow with time: a ticket was filed no earlier than the one before it.
      const created = new Date(t.Created).getTime();
      if (received.indexOf(t.Id) >= 0 || copies.indexOf(t.Id) >= 0) { floor = Math.max(floor, Math.min(created, now.getTime())); continue; }
      const r = await this.receiveOne(t, new Date(Math.min(Math.max(created, floor), now.getTime())), false, now, await legacy.of(t, tickets)); // legacy
      floor = Math.max(floor, Math.min(created, now.getTime()));
      out.push(r);
    }
    return out;
  }

  /**
   * Gives back to their requester the received tickets whose Created By someone rewrote since (a requester may
   * rewrite her own item's Created By with ValidateUpdateListItem, and would then show it, with her words, in
   * someone else's "My requests" as not yet received). Looks at the tickets modified in the last `hours` (Modified
   * is indexed; recent changes are few) and rewrites Created By back to the requester the desk's state names.
   * Returns the ids restored.
   */
  public async restoreRequesters(now: Date = new Date(), hours: number = 24): Promise<number[]> {
    const actor = await this.actions.actor();
    if (!actor.isAgent && !actor.isSiteOwner) return [];
    const since = new Date(now.getTime() - hours * 3600000).toISOString();
    const changed: { Id: number; AuthorId: number }[] = [];
    await forEachPage<{ Id: number; AuthorId: number }>(helpList(this.sp, TICKETS_LIST).items.select('Id', 'AuthorId').filter(`Modified ge datetime'${since}'`).top(500),
      page => { changed.push(...page); });
    const restored: number[] = [];
    for (let i = 0; i < changed.length; i += IDS_PER_QUERY) {
      const chunk = changed.slice(i, i + IDS_PER_QUERY);
      const states = await helpList(this.sp, STATES_LIST).items.select('Id', 'HCTicketId', 'HCRequesterId', 'HCRequester/Name').expand('HCRequester')
        .filter(anyOf('HCTicketId', chunk.map(c => c.Id))).orderBy('ID', true).top(chunk.length * 2)() as (StateRow & { HCRequester?: { Name?: string } })[];
      for (const t of chunk) {
        const state = firstStateOf(states, t.Id) as (StateRow & { HCRequester?: { Name?: string } }) | undefined;
        const login = state && state.HCRequester && state.HCRequester.Name;
        if (!state || !state.HCRequesterId || state.HCRequesterId === t.AuthorId || !login) continue;
        const results = await helpList(this.sp, TICKETS_LIST).items.getById(t.Id).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: login }]) }], true);
        if (results.some(r => r.HasException)) console.warn(`[HelpCenter] Ticket ${t.Id}'s requester could not be restored.`);
        else restored.push(t.Id);
      }
    }
    return restored;
  }

  /**
   * Receives one ticket right after an agent filed it (for themself or for someone else): the agent's own write,
   * so the requester is the beneficiary they named, and the ticket is on the queues at once.
   */
  public async receiveFiledByMe(ticketId: number, now: Date = new Date()): Promise<Reception | undefined> {
    const actor = await this.actions.actor();
    if (!actor.isAgent && !actor.isSiteOwner) return undefined;
    const t = await helpList(this.sp, TICKETS_LIST).items.getById(ticketId).select(...ARRIVAL_SELECT).expand(...ARRIVAL_EXPAND)() as ArrivingTicket;
    const mine = t.EditorId === actor.person.id && (t.AuthorId === actor.person.id || t.HCFiledById === actor.person.id);
    return this.receiveOne(t, new Date(Math.min(new Date(t.Created).getTime(), now.getTime())), mine, now);
  }

  private async receiveOne(t: ArrivingTicket, receivedAt: Date, filedByMe: boolean, now: Date, legacy?: LegacyStart): Promise<Reception> { // legacy
    const reference = await this.reference();
    const verified = t.AuthorId === t.EditorId || filedByMe || !!(legacy && legacy.verified); // legacy: see legacyStates' requesterTrusted
    // An agent filing for someone names them (HCBeneficiary); anyone else files for themself (Created By).
    const requesterId = verified ? (filedByMe && t.HCBeneficiaryId) || t.AuthorId : undefined;
    const category = reference.categories.filter(c => c.Id === t.HCCategoryId)[0];
    // "Ask this expert": the expert she named is her claim; the desk routes to them only if they are listed and an agent
    // (a ticket received unverified goes the ordinary way: whose claim it is is not known).
    const routing = routeAskedExpert({
      expertId: verified ? t.HCExpertId || undefined : undefined, listedIds: reference.listedIds, defaultTeamId: (category && category.HCDefaultTeamId) || undefined,
      teams: reference.teams.map(x => ({ id: x.Id, level: x.HCLevel || 'L1', memberIds: x.HCMembersId || [] }))
    });
    const teamId = routing.routed ? routing.teamId : category && category.HCDefaultTeamId;
    const team = teamId ? reference.teams.filter(x => x.Id === teamId)[0] : undefined;
    const expert = routing.routed && t.HCExpert ? { id: routing.assigneeId, email: t.HCExpert.EMail || '', displayName: t.HCExpert.Title } : undefined;
    const missing = missingRequiredFields(category && { id: category.Id, formFields: category.HCFormFields || [], requiredFields: category.HCRequiredFields || [] }, {
      kind: t.HCKind || undefined, categoryId: t.HCCategoryId || undefined, title: t.Title || '', description: t.HCDescription || '', course: t.HCCourse || undefined,
      locationId: t.HCLocationId || undefined, incidentType: t.HCIncidentType || undefined, severity: t.HCSeverity || undefined, priority: t.HCPriority || undefined,
      beneficiaryId: t.HCBeneficiaryId || undefined, files: t.Attachments ? ['attachment.png'] : []
    });
    const calendar = reference.settings.calendarFor(team && team.Id);
    const priority = deskPriority(t, category, filedByMe);
    // The category's resolution target for the request's priority (its own per priority, else the category's).
    const target = categoryTargets(category && { resolutionHours: category.HCResolutionHours || undefined, slaByPriority: category.HCSlaByPriority || undefined }, priority);
    const due = calendar && target.resolutionMinutes ? addBusinessMinutes(calendar, receivedAt, target.resolutionMinutes) : undefined;
    const body: Record<string, unknown> = {
      Title: (t.Title || '').slice(0, 255), HCTicketId: t.Id, HCRequesterId: requesterId || null, HCReceivedAt: receivedAt.toISOString(), // eslint-disable-line @rushstack/no-new-null
      HCKind: t.HCKind || 'assistance', HCCategoryId: t.HCCategoryId || null, HCPriority: priority, HCLocationId: t.HCLocationId || null, // eslint-disable-line @rushstack/no-new-null
      HCChannel: t.HCChannel || 'portal', HCStatus: 'new', HCLevel: (team && team.HCLevel) || 'L1', HCTeamId: team ? team.Id : null, // eslint-disable-line @rushstack/no-new-null
      ...(expert ? { HCAssignedToId: expert.id } : {}),
      // The people she asks the desk to keep informed stay her request (on her item) until an agent confirms them:
      // otherwise anyone could have the desk's mailbox write to whomever they pick.
      HCWatchersId: [], HCDueDate: due ? due.toISOString() : null, HCSequence: 0, HCIncomplete: missing.join(',') || null, // eslint-disable-line @rushstack/no-new-null
      HCUnverified: !verified, HCLanguage: t.HCLanguage || 'fr',
      ...(legacy ? legacy.values : {}) // legacy: the state starts where the old desk left the ticket
    };
    const states = helpList(this.sp, STATES_LIST);
    const once = helpList(sendOnce(this.sp), STATES_LIST);
    const { item, created } = await writeOnce<StateRow>({
      find: async () => await states.items.select(...STATE_SELECT).filter(anyOf('HCTicketId', [t.Id])).orderBy('ID', true).top(10)() as StateRow[],
      add: async () => await once.items.add(body) as StateRow,
      discard: id => once.items.getById(id).recycle()
    });
    // The requester reads the state of their own requests (ReadSecurity 2 shows a person the items they created).
    const login = verified ? (filedByMe && t.HCBeneficiary && t.HCBeneficiary.Name) || (t.Author && t.Author.Name) : undefined;
    if (created && login) {
      const results = await states.items.getById(item.Id).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: login }]) }], true);
      const failed = results.filter(r => r.HasException);
      if (failed.length) throw new Error(`Giving the state to its requester failed: ${failed.map(f => f.ErrorMessage).join('; ')}`);
    }
    const mailSent = created && !legacy ? await this.announce(t, item.Id, requesterId, team, priority, now, expert) : true; // legacy: no filing mail
    return { ticketId: t.Id, stateId: item.Id, unverified: !verified, missing, mailSent };
  }

  /** The filing's mail (requester, the team's queue) through the domain's `file` action, and who it informed in the state. */
  private async announce(t: ArrivingTicket, stateId: number, requesterId: number | undefined, team: RawHelpTeamsItem | undefined, priority: TicketPriority, now: Date,
    expert?: PersonRef): Promise<boolean> {
    const actor = await this.actions.actor();
    const requester: PersonRef = requesterId === t.HCBeneficiaryId && t.HCBeneficiary
      ? { id: requesterId || 0, email: t.HCBeneficiary.EMail || '', displayName: t.HCBeneficiary.Title }
      : requesterId ? { id: requesterId, email: (t.Author && t.Author.EMail) || '', displayName: t.Author && t.Author.Title } : { id: 0, email: '' };
    const ticket: Ticket = {
      id: t.Id, title: t.Title || '', description: t.HCDescription || '', kind: t.HCKind || 'assistance', categoryId: t.HCCategoryId || undefined,
      // The one she asked for, which the queue's mail shows when the desk did not take it.
      priority, askedPriority: t.HCPriority || undefined, channel: t.HCChannel || 'portal', status: 'new', level: (team && team.HCLevel) || 'L1', teamId: team && team.Id,
      requester, watchers: [], assignedTo: expert,
      createdAt: new Date(t.Created), language: (t.HCLanguage || 'fr') as Language, statusHistory: [], sequence: 0
    };
    const result = applyAction(ticket, { type: 'file' }, actor, now, DEFAULT_LIFECYCLE_SETTINGS);
    if (!result.ok) return true;
    // Someone the desk could not recognise is told nothing: the team's queue still hears of the ticket.
    const events = requesterId ? result.events : result.events.map(e => ({ ...e, recipients: e.recipients.filter(r => r.role === 'teamQueue') }));
    const informed = appendInformed(undefined, informedChanges(events));
    if (informed) await helpList(this.sp, STATES_LIST).items.getById(stateId).update({ HCInformed: informed });
    return this.actions.notify(ticket, events, actor);
  }

  private reference(): Promise<{ categories: RawHelpCategoriesItem[]; teams: RawHelpTeamsItem[]; listedIds: number[]; settings: Awaited<ReturnType<typeof readDeskSettings>> }> {
    if (!this.cached) {
      this.cached = (async () => {
        const [batched, execute] = this.sp.batched();
        const categories = helpList(batched, 'HelpCategories').items.select('Id', 'HCDefaultTeamId', 'HCFormFields', 'HCRequiredFields', 'HCResolutionHours', 'HCSlaByPriority').top(2000)();
        const teams = helpList(batched, 'HelpTeams').items.select('Id', 'HCLevel', 'HCMembersId').top(500)();
        await execute();
        const [settings, listedIds] = await Promise.all([readDeskSettings(this.sp, DEFAULT_LIFECYCLE_SETTINGS), this.listedExperts()]);
        return { categories: await categories as RawHelpCategoriesItem[], teams: await teams as RawHelpTeamsItem[], listedIds, settings };
      })();
      this.cached.catch(() => { this.cached = undefined; });
    }
    return this.cached;
  }

  /** People listed in the experts directory by their own entry (HCListed is indexed; the entries are read in pages). */
  private async listedExperts(): Promise<number[]> {
    const ids: number[] = [];
    await forEachPage<Pick<RawExpertsItem, 'AuthorId' | 'EditorId' | 'HCPersonId'>>(helpList(this.sp, 'Experts').items
      .select('Id', 'AuthorId', 'EditorId', 'HCPersonId').filter('HCListed eq 1').top(EXPERTS_PAGE), page => {
      page.forEach(r => { if (isOwnEntry(r) && r.HCPersonId && ids.indexOf(r.HCPersonId) < 0) ids.push(r.HCPersonId); });
    });
    return ids;
  }

  private cached: ReturnType<TicketIntake['reference']> | undefined;
}
