import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/attachments';
import '@pnp/sp/comments';
import type { RawHelpTicketsItem } from '../schema/items.generated';
import { HELP_TICKETS_SELECT } from '../schema/items.generated';
import { isPreconditionFailed } from '../sp/errors';
import { anyOf, odataString } from '../sp/odata';
import { isRetryableWriteFailure, retryDelayMs, sendOnce, wait, writeOnce } from '../idempotent';
import { STATES_LIST, STATE_SELECT, StateRow, TicketRow, firstStateOf, mergeTicket } from './ticketRow';
import { CLAIMS_LIST, CLAIM_SELECT, RawClaim, toClaimView } from './claims';
import { withoutRacingDuplicates } from './racingDuplicates';
import { INFORMED_SELECT, InformedRow, informedFilter, toInformed } from './notificationLog';
import type { TicketStatus } from '../../domain/vocabulary';
import { TicketConflictError } from './ticketTypes';
import type { NewTicketInput, StatusStep, StoredTicket, TicketAttachment, TicketFile, TicketPage, TicketPageData } from './ticketTypes';
import { STATE_PEOPLE_EXPAND, STATE_PEOPLE_SELECT, TICKET_PEOPLE_EXPAND, TICKET_PEOPLE_SELECT } from './ticketMapper';
import { CommentRow, VERSION_SELECT, VersionRow, conversation, statusHistory, statusSteps } from './ticketHistory';
import { PLACE_EXPAND, PLACE_SELECT, PageStateRow, PageTicketItem, PlaceRow, pageTicket, toTicketSummary, toTicketView } from './ticketView';
import type { FieldAudience } from '../../domain/tickets/fields';
import { helpList } from '../sp/lists';

export { TicketConflictError } from './ticketTypes';
export type { ClaimView, NewTicketInput, StatusStep, StoredTicket, TicketAttachment, TicketComment, TicketFile, TicketNames, InternalNote, TicketPage, TicketPageData } from './ticketTypes';
export type { TicketView, TicketSummary, FieldNames, PlaceName, LocalName } from './ticketView';

const LIST = 'HelpTickets';

/** Attempts of an idempotent create when the network or the server fails (each one looks the client request id up first). */
const CREATE_ATTEMPTS = 4;

function payload(input: NewTicketInput): Record<string, unknown> {
  // Only what the requester owns: the desk's columns are in HelpTicketStates, written at intake.
  const p: Record<string, unknown> = {
    Title: input.title,
    HCDescription: input.description,
    HCKind: input.kind,
    HCCategoryId: input.categoryId,
    HCLanguage: input.language,
    HCClientRequestId: input.clientRequestId
  };
  const optional: [string, unknown][] = [
    ['HCPriority', input.priority], ['HCSeverity', input.severity], ['HCIncidentType', input.incidentType],
    ['HCLocationId', input.locationId], ['HCCourse', input.course], ['HCBeneficiaryId', input.beneficiaryId],
    ['HCChannel', input.channel], ['HCFiledById', input.filedById], ['HCExpertId', input.expertId]
  ];
  optional.forEach(([k, v]) => { if (v !== undefined && v !== '') p[k] = v; });
  if (input.watcherIds && input.watcherIds.length) p.HCWatchersId = input.watcherIds;
  if (input.shareFiles) p.HCShareFiles = true;
  return p;
}

/**
 * HelpTickets through PnPjs: idempotent creation (HCClientRequestId is indexed and looked up before each
 * attempt, so a retried submit finds the ticket it already created), paged lists on indexed columns, ETag-checked updates, the
 * status timeline from version history, public comments and attachments.
 */
export class TicketRepository {
  /** @param sp PnPjs bound to the help center site. */
  public constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return helpList(this.sp, LIST);
  }

  /** The ticket created by a submit, if that submit reached SharePoint (the first written when a race left two). */
  public async findByClientRequestId(clientRequestId: string): Promise<StoredTicket | undefined> {
    const rows = await this.withClientRequestId(clientRequestId);
    return rows.length ? this.get(rows[0].Id) : undefined;
  }

  /** Every ticket the caller can read holding the client request id (HCClientRequestId is indexed), lowest Id first. */
  private async withClientRequestId(clientRequestId: string): Promise<(RawHelpTicketsItem & { 'odata.etag'?: string })[]> {
    return await this.list.items.select(...HELP_TICKETS_SELECT).filter(`HCClientRequestId eq ${odataString(clientRequestId)}`)
      .orderBy('ID', true).top(10)() as (RawHelpTicketsItem & { 'odata.etag'?: string })[];
  }

  /**
   * Creates the ticket exactly once per clientRequestId, without a unique column (SharePoint refuses one on a
   * list with item-level security): before each attempt it looks the id up (the requester reads their own
   * tickets), adds only when no ticket holds it, sends the add once (no blind retry by PnPjs), and after any
   * failure (a lost answer, a 429 or a 5xx, waiting as Retry-After says) looks again. Two submits racing past
   * the lookup (a double click, two tabs) both return the first written ticket (lowest Id); the submit that wrote
   * the other one tries to recycle it, which requesters may not (no Delete Items: the requester level): the
   * refusal is logged, every reader hides the copy and the desk's housekeeping recycles it (racingDuplicates).
   * See src/data/idempotent.ts.
   */
  public async create(input: NewTicketInput, attachments: TicketAttachment[] = []): Promise<StoredTicket> {
    const once = helpList(sendOnce(this.sp), LIST);
    const { item } = await writeOnce<RawHelpTicketsItem & { 'odata.etag'?: string }>({
      find: () => this.withClientRequestId(input.clientRequestId),
      add: async () => await once.items.add(payload(input)) as RawHelpTicketsItem,
      discard: id => once.items.getById(id).recycle(),
      attempts: CREATE_ATTEMPTS
    });
    let lastError: unknown;
    // Setting the requester and adding the attachments check what is there first, so they are tried again too.
    for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
      try {
        const created = await this.get(item.Id);
        if (!created) throw new Error('The new ticket cannot be read back.');
        return await this.withAttachments(await this.withRequester(created, input), attachments);
      } catch (e) {
        lastError = e;
        if (!isRetryableWriteFailure(e)) throw e;
        await wait(retryDelayMs(e, attempt));
      }
    }
    throw lastError;
  }

  /**
   * A ticket filed by an agent for someone else becomes that person's: SharePoint's item-level security
   * (ReadSecurity 2) shows requesters only the items they created, so Created By is set to the beneficiary
   * with ValidateUpdateListItem (the one REST call that may set it), without a new version.
   */
  private async withRequester(ticket: StoredTicket, input: NewTicketInput): Promise<StoredTicket> {
    if (!input.beneficiaryLoginName || !input.beneficiaryId || ticket.item.AuthorId === input.beneficiaryId) return ticket;
    const results = await this.list.items.getById(ticket.item.Id).validateUpdateListItem([
      { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: input.beneficiaryLoginName }]) }
    ], true);
    const failed = results.filter(r => r.HasException);
    if (failed.length) throw new Error(`Setting the requester failed: ${failed.map(f => f.ErrorMessage).join('; ')}`);
    return (await this.get(ticket.item.Id)) || ticket;
  }

  /** Adds the attachments the ticket does not have yet (by file name), so a retried submit adds each once. */
  private async withAttachments(ticket: StoredTicket, files: TicketAttachment[]): Promise<StoredTicket> {
    if (!files.length) return ticket;
    const item = this.list.items.getById(ticket.item.Id);
    const existing = new Set((await item.attachmentFiles.select('FileName')()).map((f: { FileName: string }) => f.FileName.toLowerCase()));
    for (const f of files) {
      if (!existing.has(f.name.toLowerCase())) await item.attachmentFiles.add(f.name, f.content);
    }
    return (await this.get(ticket.item.Id)) || ticket;
  }

  /**
   * One ticket — the requester's item and the desk's state, in one $batch — with the state's ETag; undefined when
   * the person may read neither. An agent reads any; a requester reads their item and the state the desk attributes
   * to them (item-level security on both lists).
   */
  public async get(id: number): Promise<StoredTicket | undefined> {
    const [batched, execute] = this.sp.batched();
    const ticket = helpList(batched, LIST).items.getById(id).select(...HELP_TICKETS_SELECT)();
    const states = helpList(batched, STATES_LIST).items.select(...STATE_SELECT).filter(anyOf('HCTicketId', [id])).orderBy('ID', true).top(10)();
    await execute();
    const [t, st] = await Promise.all([
      (ticket as Promise<RawHelpTicketsItem>).then(r => r, (e: unknown) => { if ((e as { status?: number }).status === 404) return undefined; throw e; }),
      states as Promise<StateRow[]>
    ]);
    return toStored(t, firstStateOf(st, id));
  }

  /**
   * The person's requests, newest first, optionally in one status: those the desk's state attributes to them
   * (HCRequester and HCStatus are indexed), led on the first page by their own tickets the desk has not received yet.
   * A ticket whose Created By someone rewrote to this person is not theirs: the desk's state names its real requester.
   */
  public mine(userId: number, options: { status?: TicketStatus; pageSize?: number; alongside?: (batched: SPFI) => void } = {}): Promise<TicketPage> {
    const me = Math.floor(userId);
    const clauses = [`HCRequesterId eq ${me}`];
    if (options.status) clauses.push(`HCStatus eq ${odataString(options.status)}`);
    const pageSize = options.pageSize || 30;
    // Keyset paging on the ticket number (indexed): each page is one query, so the first one shares a $batch.
    const query = (sp: SPFI, below?: number): IItems => helpList(sp, STATES_LIST).items.select(...STATE_SELECT)
      .filter([...clauses, ...(below ? [`HCTicketId lt ${below}`] : [])].join(' and ')).orderBy('HCTicketId', false).top(pageSize);
    const pageOf = (states: StateRow[], extra: TicketRow[]): TicketPage => {
      const last = states.length ? states[states.length - 1].HCTicketId || 0 : 0;
      // The list shows what the desk's state holds (its copy of the title included): one request per page.
      const items = extra.concat(states.map(st => mergeTicket(undefined, st)));
      return { items, summaries: items.map(toTicketSummary), next: states.length === pageSize && last > 1 ? async () => pageOf(await query(this.sp, last)() as StateRow[], []) : undefined };
    };
    return (async () => {
      if (options.status) return pageOf(await query(this.sp)() as StateRow[], []);
      const [batched, execute] = this.sp.batched();
      const states = query(batched)();
      const own = helpList(batched, LIST).items.select(...HELP_TICKETS_SELECT).filter(`AuthorId eq ${me}`).orderBy('ID', false).top(30)();
      // The page's other first reads (the requests she follows) ride in the same $batch.
      if (options.alongside) options.alongside(batched);
      await execute();
      const page = await states as StateRow[];
      return pageOf(page, notReceived(me, await own as RawHelpTicketsItem[], page, pageSize));
    })();
  }

  /** Tickets an agent filed for other people (HCFiledBy is indexed), with their states. */
  public filedBy(userId: number, options: { pageSize?: number } = {}): Promise<TicketPage> {
    const pageSize = options.pageSize || 30;
    const iterator = pages<RawHelpTicketsItem>(this.list.items.select(...HELP_TICKETS_SELECT).filter(`HCFiledById eq ${Math.floor(userId)}`).orderBy('ID', false).top(pageSize));
    const read = async (): Promise<TicketPage> => {
      const r = await iterator.next();
      const tickets = r.done ? [] : r.value;
      const states = tickets.length ? await helpList(this.sp, STATES_LIST).items.select(...STATE_SELECT)
        .filter(anyOf('HCTicketId', tickets.map(t => t.Id))).orderBy('ID', true).top(tickets.length * 2)() as StateRow[] : [];
      const items = tickets.map(t => mergeTicket(t, firstStateOf(states, t.Id)));
      return { items, summaries: items.map(toTicketSummary), next: !r.done && tickets.length === pageSize ? read : undefined };
    };
    return read();
  }

  /**
   * Writes the desk's changes to the ticket's state if nobody changed it since `etag`; otherwise throws
   * TicketConflictError with the current ticket. Only agents and owners can write a state.
   */
  public async update(ticket: StoredTicket, etag: string, changes: Record<string, unknown>): Promise<StoredTicket> {
    const id = ticket.item.Id;
    if (!ticket.item.stateId) throw new Error(`Ticket ${id} has not been received by the desk yet.`);
    try {
      await helpList(this.sp, STATES_LIST).items.getById(ticket.item.stateId).update(changes, etag);
    } catch (e) {
      if (isPreconditionFailed(e)) {
        const current = await this.get(id);
        if (current) throw new TicketConflictError(current);
      }
      throw e;
    }
    const updated = await this.get(id);
    if (!updated) throw new Error(`Ticket ${id} cannot be read after its update.`);
    return updated;
  }

  /** Status changes, oldest first, from the state's version history (written by agents only). */
  public async timeline(stateId: number): Promise<StatusStep[]> {
    return statusSteps(await helpList(this.sp, STATES_LIST).items.getById(stateId).versions.select(...VERSION_SELECT)() as VersionRow[]);
  }

  /** The ticket's files. */
  public async attachments(id: number): Promise<TicketFile[]> {
    const files = await this.list.items.getById(id).attachmentFiles.select('FileName', 'ServerRelativeUrl')() as { FileName: string; ServerRelativeUrl: string }[];
    return files.map(f => ({ name: f.FileName, url: f.ServerRelativeUrl }));
  }

  /** Adds a file to the ticket. */
  public async addAttachment(id: number, name: string, content: Blob | ArrayBuffer): Promise<void> {
    await this.list.items.getById(id).attachmentFiles.add(name, content);
  }

  /**
   * Everything the ticket page shows: the requester's item, the desk's state, the requester's actions, files,
   * older native comments (and internal notes and the outbox's log for agents) in one $batch; then the state's
   * versions — the status timeline and the desk's public messages — in a second request. Undefined when the
   * person may read neither the item nor a state.
   */
  public async ticketPage(id: number, options: { internalNotes?: boolean; informed?: boolean; audience?: FieldAudience } = {}): Promise<TicketPageData | undefined> {
    const [batched, execute] = this.sp.batched();
    const item = helpList(batched, LIST).items.getById(id);
    const ticket = item.select(...HELP_TICKETS_SELECT, ...TICKET_PEOPLE_SELECT, 'HCCategory/Title', 'HCCategory/HCTitleEn', 'HCWatchers/Title', 'HCWatchers/EMail')
      .expand(...TICKET_PEOPLE_EXPAND, 'HCCategory', 'HCWatchers')();
    const states = helpList(batched, STATES_LIST).items.select(...STATE_SELECT, ...STATE_PEOPLE_SELECT, 'HCCategory/Title', 'HCCategory/HCTitleEn', 'HCTeam/Title', 'HCTeam/HCTitleEn',
      'HCTeam/HCQueueEmail').expand(...STATE_PEOPLE_EXPAND, 'HCCategory', 'HCTeam').filter(anyOf('HCTicketId', [id])).orderBy('ID', true).top(10)();
    const claims = helpList(batched, CLAIMS_LIST).items.select(...CLAIM_SELECT).filter(`HCTicketId eq ${Math.floor(id)}`).orderBy('ID', true).top(500)();
    // Internal notes ride in the same round trip for agents (the list is readable by the support group only).
    const notes = options.internalNotes
      ? helpList(batched, 'HelpInternalNotes').items.select('Id', 'HCBody', 'Created', 'Author/Title').expand('Author')
        .filter(`HCTicketId eq ${id}`).orderBy('ID', true).top(500)()
      : Promise.resolve([]);
    // Who was informed rides along too (HCTicket is indexed; a ticket has far fewer than 500 notifications).
    const informed = options.informed
      ? helpList(batched, 'HelpNotifications').items.select(...INFORMED_SELECT).filter(informedFilter(id)).orderBy('ID', true).top(500)()
        .then((rows: InformedRow[]) => rows.map(toInformed), (e: unknown) => { console.error('[HelpCenter] Reading who was informed failed:', e); return undefined; })
      : Promise.resolve(undefined);
    const comments = item.comments();
    const files = item.attachmentFiles.select('FileName', 'ServerRelativeUrl')();
    await execute();
    const [t, st, cl, c, f, n, inf] = await Promise.all([
      settle(ticket as Promise<PageTicketItem | undefined>, undefined), states as Promise<PageStateRow[]>, settle(claims as Promise<RawClaim[]>, []),
      settle(comments as Promise<CommentRow[]>, []), settle(files as Promise<{ FileName: string; ServerRelativeUrl: string }[]>, []), notes, informed
    ]);
    const state = firstStateOf(st, id) as PageStateRow | undefined;
    // A requester's own item the desk has not received shows only when they wrote it themself (see notReceived).
    if (!state && (!t || t.AuthorId !== t.EditorId)) return undefined;
    const stored = toStored(t, state)!;
    const { versions, place } = await this.historyAndPlace(state, stored.item.HCLocationId);
    const informedIds = (state && state.HCWatchersId) || [];
    const asked = (t && t.HCWatchers) || [];
    const requestedWatchers = ((t && t.HCWatchersId) || []).map((wid, i) => ({ id: wid, name: (asked[i] && asked[i].Title) || '', email: (asked[i] && asked[i].EMail) || '' }))
      .filter(w => informedIds.indexOf(w.id) < 0);
    const category = (state && state.HCCategory) || (t && t.HCCategory);
    const requester = state ? state.HCRequester : t && t.Author;
    // Only what the requester the desk recognised asked counts (anyone may add a claim naming any ticket).
    const requesterId = state ? state.HCRequesterId : t && t.AuthorId;
    const claimViews = (cl || []).filter(x => !!requesterId && x.AuthorId === requesterId).map(toClaimView);
    const timeline = statusSteps(versions, requesterId && requester ? { id: requesterId, name: requester.Title || '' } : undefined);
    const team = state && state.HCTeam;
    const domainTicket = pageTicket(stored.item, t, state, statusHistory(timeline));
    return {
      ticket: stored,
      view: toTicketView(domainTicket, { category, team, place, publicMessage: (state && state.HCPublicMessage) || undefined, received: !!state },
        options.audience || (options.internalNotes ? 'desk' : 'requester')),
      names: {
        categoryFr: category ? category.Title || undefined : undefined, categoryEn: category ? category.HCTitleEn || category.Title || undefined : undefined,
        teamFr: team ? team.Title || undefined : undefined, teamEn: team ? team.HCTitleEn || team.Title || undefined : undefined,
        assignedTo: state && state.HCAssignedTo && state.HCAssignedTo.Title,
        assignedToEmail: state && state.HCAssignedTo && state.HCAssignedTo.EMail,
        requester: requester && requester.Title,
        requesterEmail: requester && requester.EMail,
        teamQueueEmail: team ? team.HCQueueEmail : undefined,
        watchers: ((state && state.HCWatchers) || []).map(w => ({ name: w.Title || '', email: w.EMail || '' })),
        requestedWatchers
      },
      notes: (n as { Id: number; HCBody: string | null; Created: string; Author?: { Title?: string } }[])
        .map(x => ({ id: x.Id, text: x.HCBody || '', created: x.Created, authorName: (x.Author && x.Author.Title) || '' })),
      timeline,
      comments: conversation(versions, claimViews, c, requester),
      files: f.map(x => ({ name: x.FileName, url: x.ServerRelativeUrl })),
      claims: claimViews,
      informed: inf
    };
  }

  /**
   * The page's second round trip, one $batch: the state's versions (status timeline, the desk's public messages) and
   * the place the ticket names with its room (HelpLocations, read by all), whose id only the first round trip gave.
   */
  private async historyAndPlace(state: PageStateRow | undefined, placeId: number | null): Promise<{ versions: VersionRow[]; place?: PlaceRow }> {
    if (!state && !placeId) return { versions: [] };
    // Two reads share a $batch; one goes alone (a $batch of one is the same round trip with a heavier body).
    const [sp, execute] = state && placeId ? this.sp.batched() : [this.sp, () => Promise.resolve()];
    const versions = state ? helpList(sp, STATES_LIST).items.getById(state.Id).versions.select(...VERSION_SELECT)() : Promise.resolve([]);
    const place = placeId ? helpList(sp, 'HelpLocations').items.getById(placeId).select(...PLACE_SELECT).expand(...PLACE_EXPAND)() : Promise.resolve(undefined);
    await execute();
    // A place deleted since it was chosen only loses its name.
    return { versions: await versions as VersionRow[], place: await settle(place as Promise<PlaceRow | undefined>, undefined) };
  }

  /** Adds an internal note (support only; the requester can never read HelpInternalNotes). */
  public async addInternalNote(id: number, text: string): Promise<void> {
    await helpList(this.sp, 'HelpInternalNotes').items.add({ HCTicketId: id, HCBody: text });
  }
}

/**
 * The person's own tickets the desk has not received yet (no state in the first page of their states, and newer
 * than its last one when it is full), newest first: only items they wrote themself (Created By = Modified By = them),
 * so an item someone else filed and re-attributed to them shows as nobody's.
 */
function notReceived(me: number, own: RawHelpTicketsItem[], states: StateRow[], pageSize: number): TicketRow[] {
  const floor = states.length === pageSize ? Math.min(...states.map(st => st.HCTicketId || 0)) : 0;
  return withoutRacingDuplicates(own.filter(t => t.AuthorId === me && t.EditorId === me && t.Id > floor && !states.some(st => st.HCTicketId === t.Id)))
    .map(t => mergeTicket(t, undefined));
}

/** PnPjs' async iterator over a query's pages. */
function pages<T>(query: unknown): { next(): Promise<{ done?: boolean; value: T[] }> } {
  return (query as Record<symbol, () => { next(): Promise<{ done?: boolean; value: T[] }> }>)[(Symbol as unknown as { asyncIterator: symbol }).asyncIterator]();
}

/** A 404 (the reader may not see it, or it is gone) as `fallback`; anything else fails the page. */
function settle<T>(p: Promise<T>, fallback: T): Promise<T> {
  return p.then(v => v, (e: unknown) => {
    if ((e as { status?: number }).status === 404) return fallback;
    throw e;
  });
}

function toStored(ticket: RawHelpTicketsItem | undefined, state: StateRow | undefined): StoredTicket | undefined {
  if (!ticket && !state) return undefined;
  // Never fall back to '*': an update without the read version would overwrite someone else's change.
  const etag = state ? state['odata.etag'] : '';
  if (state && !etag) throw new Error('SharePoint returned a ticket state without its ETag.');
  return { item: mergeTicket(ticket, state), etag: etag || '' };
}
