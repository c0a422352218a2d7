import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import '@pnp/sp/comments';
import type { RawHelpTicketsItem } from '../schema/items.generated';
import { HELP_TICKETS_SELECT } from '../schema/items.generated';
import { isPreconditionFailed, odataString } from '../notifications/spErrors';
import { isRetryableWriteFailure, retryDelayMs, sendOnce, wait, writeOnce } from '../idempotent';
import { withoutRacingDuplicates } from './racingDuplicates';
import { INFORMED_SELECT, InformedRow, informedFilter, toInformed } from './notificationLog';
import type { TicketStatus } from '../../domain/vocabulary';
import { TicketConflictError } from './ticketTypes';
import type { NewTicketInput, StatusStep, StoredTicket, TicketAttachment, TicketComment, TicketFile, TicketPage, TicketPageData } from './ticketTypes';

export { TicketConflictError } from './ticketTypes';
export type { NewTicketInput, StatusStep, StoredTicket, TicketAttachment, TicketComment, TicketFile, TicketNames, InternalNote, TicketPage, TicketPageData } from './ticketTypes';

const LIST = 'HelpTickets';
/** Attempts of an idempotent create when the network or the server fails (each one looks the client request id up first). */
const CREATE_ATTEMPTS = 4;

function payload(input: NewTicketInput): Record<string, unknown> {
  const p: Record<string, unknown> = {
    Title: input.title,
    HCDescription: input.description,
    HCKind: input.kind,
    HCCategoryId: input.categoryId,
    HCLanguage: input.language,
    HCStatus: 'new',
    HCClientRequestId: input.clientRequestId
  };
  const optional: [string, unknown][] = [
    ['HCPriority', input.priority], ['HCSeverity', input.severity], ['HCIncidentType', input.incidentType],
    ['HCLocationId', input.locationId], ['HCCourse', input.course], ['HCBeneficiaryId', input.beneficiaryId],
    ['HCChannel', input.channel], ['HCTeamId', input.teamId], ['HCFiledById', input.filedById], ['HCLevel', input.level], ['HCDueDate', input.dueDate],
    ['HCInformed', input.informed]
  ];
  optional.forEach(([k, v]) => { if (v !== undefined && v !== '') p[k] = v; });
  if (input.watcherIds && input.watcherIds.length) p.HCWatchersId = input.watcherIds;
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

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(LIST);
  }

  /** The ticket created by a submit, if that submit reached SharePoint (the first written when a race left two). */
  public async findByClientRequestId(clientRequestId: string): Promise<StoredTicket | undefined> {
    const rows = await this.withClientRequestId(clientRequestId);
    return rows.length ? toStored(rows[0]) : undefined;
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
    const once = sendOnce(this.sp).web.lists.getByTitle(LIST);
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

  /** One ticket with its ETag; undefined when it does not exist or the person may not read it. */
  public async get(id: number): Promise<StoredTicket | undefined> {
    try {
      const row = await this.list.items.getById(id).select(...HELP_TICKETS_SELECT)();
      return toStored(row as RawHelpTicketsItem & { 'odata.etag'?: string });
    } catch (e) {
      if ((e as { status?: number }).status === 404) return undefined;
      throw e;
    }
  }

  /** The person's own tickets, newest first, optionally in one status (AuthorId and HCStatus are indexed). */
  public mine(userId: number, options: { status?: TicketStatus; pageSize?: number } = {}): Promise<TicketPage> {
    const clauses = [`AuthorId eq ${userId}`];
    if (options.status) clauses.push(`HCStatus eq ${odataString(options.status)}`);
    return this.page(clauses.join(' and '), options.pageSize);
  }

  /** Tickets an agent filed for other people (HCFiledBy is indexed). */
  public filedBy(userId: number, options: { pageSize?: number } = {}): Promise<TicketPage> {
    return this.page(`HCFiledById eq ${userId}`, options.pageSize);
  }

  private async page(filter: string, pageSize = 30): Promise<TicketPage> {
    const iterator = (this.list.items.select(...HELP_TICKETS_SELECT).filter(filter).orderBy('ID', false).top(pageSize) as unknown as
      Record<symbol, () => { next(): Promise<{ done?: boolean; value: RawHelpTicketsItem[] }> }>)[(Symbol as unknown as { asyncIterator: symbol }).asyncIterator]();
    const read = async (): Promise<TicketPage> => {
      const r = await iterator.next();
      const items = r.done ? [] : r.value;
      // A submit the browser itself sent twice shows once (see racingDuplicates).
      return { items: withoutRacingDuplicates(items), next: !r.done && items.length === pageSize ? read : undefined };
    };
    return read();
  }

  /** Writes changes if nobody changed the ticket since `etag`; otherwise throws TicketConflictError with the current ticket. */
  public async update(id: number, etag: string, changes: Record<string, unknown>): Promise<StoredTicket> {
    try {
      await this.list.items.getById(id).update(changes, etag);
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

  /** Status changes, oldest first, from the item's version history (versioning is on for HelpTickets). */
  public async timeline(id: number): Promise<StatusStep[]> {
    return statusSteps(await this.list.items.getById(id).versions.select('HCStatus', 'Modified', 'Editor', 'VersionId')() as VersionRow[]);
  }

  /** The public conversation (native item comments), oldest first. */
  public async comments(id: number): Promise<TicketComment[]> {
    const rows = await this.list.items.getById(id).comments() as CommentRow[];
    return rows.map(toComment).sort((a, b) => a.createdDate.localeCompare(b.createdDate));
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
   * Everything the ticket page shows — the item, its status timeline, its conversation and its files — in
   * one $batch (one round trip); undefined when the person may not read the ticket.
   */
  public async ticketPage(id: number, options: { internalNotes?: boolean; informed?: boolean } = {}): Promise<TicketPageData | undefined> {
    const [batched, execute] = this.sp.batched();
    const item = batched.web.lists.getByTitle(LIST).items.getById(id);
    const ticket = item.select(...HELP_TICKETS_SELECT, 'HCCategory/Title', 'HCCategory/HCTitleEn', 'HCTeam/Title', 'HCTeam/HCTitleEn', 'HCTeam/HCQueueEmail',
      'HCAssignedTo/Title', 'HCAssignedTo/EMail', 'Author/Title', 'Author/EMail', 'HCWatchers/Title', 'HCWatchers/EMail')
      .expand('HCCategory', 'HCTeam', 'HCAssignedTo', 'Author', 'HCWatchers')();
    // Internal notes ride in the same round trip for agents (the list is readable by the support group only).
    const notes = options.internalNotes
      ? batched.web.lists.getByTitle('HelpInternalNotes').items.select('Id', 'HCBody', 'Created', 'Author/Title').expand('Author')
        .filter(`HCTicketId eq ${id}`).orderBy('ID', true).top(500)()
      : Promise.resolve([]);
    // Who was informed rides along too (HCTicket is indexed; a ticket has far fewer than 500 notifications).
    const informed = options.informed
      ? batched.web.lists.getByTitle('HelpNotifications').items.select(...INFORMED_SELECT).filter(informedFilter(id)).orderBy('ID', true).top(500)()
        .then((rows: InformedRow[]) => rows.map(toInformed), (e: unknown) => { console.error('[HelpCenter] Reading who was informed failed:', e); return undefined; })
      : Promise.resolve(undefined);
    const versions = item.versions.select('HCStatus', 'Modified', 'Editor', 'VersionId')();
    const comments = item.comments();
    const files = item.attachmentFiles.select('FileName', 'ServerRelativeUrl')();
    await execute();
    let row: RawHelpTicketsItem & { 'odata.etag'?: string };
    try {
      row = await ticket as RawHelpTicketsItem & { 'odata.etag'?: string };
    } catch (e) {
      [versions, comments, files, notes, informed].forEach(p => (p as Promise<unknown>).catch(() => undefined));
      if ((e as { status?: number }).status === 404) return undefined;
      throw e;
    }
    const [v, c, f, n, inf] = await Promise.all([versions, comments, files, notes, informed]);
    const expanded = row as unknown as {
      HCCategory?: { Title?: string; HCTitleEn?: string }; HCTeam?: { Title?: string; HCTitleEn?: string; HCQueueEmail?: string };
      HCAssignedTo?: { Title?: string; EMail?: string }; Author?: { Title?: string; EMail?: string }; HCWatchers?: { Title?: string; EMail?: string }[];
    };
    return {
      ticket: toStored(row),
      names: {
        categoryFr: expanded.HCCategory && expanded.HCCategory.Title, categoryEn: expanded.HCCategory && (expanded.HCCategory.HCTitleEn || expanded.HCCategory.Title),
        teamFr: expanded.HCTeam && expanded.HCTeam.Title, teamEn: expanded.HCTeam && (expanded.HCTeam.HCTitleEn || expanded.HCTeam.Title),
        assignedTo: expanded.HCAssignedTo && expanded.HCAssignedTo.Title,
        assignedToEmail: expanded.HCAssignedTo && expanded.HCAssignedTo.EMail,
        requester: expanded.Author && expanded.Author.Title,
        requesterEmail: expanded.Author && expanded.Author.EMail,
        teamQueueEmail: expanded.HCTeam && expanded.HCTeam.HCQueueEmail,
        watchers: (expanded.HCWatchers || []).map(w => ({ name: w.Title || '', email: w.EMail || '' }))
      },
      notes: (n as { Id: number; HCBody: string | null; Created: string; Author?: { Title?: string } }[])
        .map(x => ({ id: x.Id, text: x.HCBody || '', created: x.Created, authorName: (x.Author && x.Author.Title) || '' })),
      timeline: statusSteps(v as VersionRow[]),
      comments: (c as CommentRow[]).map(toComment).sort((a, b) => a.createdDate.localeCompare(b.createdDate)),
      files: (f as { FileName: string; ServerRelativeUrl: string }[]).map(x => ({ name: x.FileName, url: x.ServerRelativeUrl })),
      informed: inf
    };
  }

  /** Adds an internal note (support only; the requester can never read HelpInternalNotes). */
  public async addInternalNote(id: number, text: string): Promise<void> {
    await this.sp.web.lists.getByTitle('HelpInternalNotes').items.add({ HCTicketId: id, HCBody: text });
  }

  /** Adds a public comment (plain text: SharePoint stores it as text, the ui renders it as text). */
  public async addComment(id: number, text: string): Promise<void> {
    await this.list.items.getById(id).comments.add(text);
  }
}

interface VersionRow { HCStatus: TicketStatus; Modified: string; Editor: { LookupId: number; LookupValue: string } }
interface CommentRow { id: string; text: string; createdDate: string; author: { name: string; email: string } }

function statusSteps(versions: VersionRow[]): StatusStep[] {
  const steps: StatusStep[] = [];
  versions.slice().reverse().forEach(v => {
    if (!steps.length || steps[steps.length - 1].status !== v.HCStatus) {
      steps.push({ status: v.HCStatus, at: v.Modified, byId: v.Editor.LookupId, byName: v.Editor.LookupValue });
    }
  });
  return steps;
}

function toComment(c: CommentRow): TicketComment {
  return { id: c.id, text: c.text, createdDate: c.createdDate, authorName: c.author.name, authorEmail: c.author.email };
}

function toStored(row: RawHelpTicketsItem & { 'odata.etag'?: string }): StoredTicket {
  const etag = row['odata.etag'];
  // Never fall back to '*': an update without the read version would overwrite someone else's change.
  if (!etag) throw new Error('SharePoint returned a ticket without its ETag.');
  return { item: row, etag };
}

