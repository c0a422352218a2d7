import type { TicketRow } from './ticketRow';
import type { Approval, PersonRef, StatusChange, Ticket } from '../../domain/tickets/model';
import type { FieldChange } from '../../domain/tickets/actions';
import type { Language } from '../../domain/vocabulary';
import { parseApproval } from '../../domain/tickets/approval';

/** A user field as REST returns it with `$expand` (Title, EMail) — the id comes from `<Field>Id`. */
export interface ExpandedUser { Title?: string; EMail?: string }

/** A merged ticket row with its people expanded (the requester's item: Author, beneficiary, filed by; the state: the rest). */
export type RawTicketWithPeople = TicketRow & {
  Author?: ExpandedUser; HCRequester?: ExpandedUser; HCAssignedTo?: ExpandedUser; HCEscalatedTo?: ExpandedUser; HCBeneficiary?: ExpandedUser; HCFiledBy?: ExpandedUser; HCWatchers?: ExpandedUser[];
  Editor?: ExpandedUser;
};

/** The `$select`/`$expand` additions that give the mapper the people of the requester's item. */
export const TICKET_PEOPLE_SELECT = ['Author/Title', 'Author/EMail', 'HCBeneficiary/Title', 'HCBeneficiary/EMail', 'HCFiledBy/Title', 'HCFiledBy/EMail'];
export const TICKET_PEOPLE_EXPAND = ['Author', 'HCBeneficiary', 'HCFiledBy'];
/** The same for the desk's state. */
export const STATE_PEOPLE_SELECT = ['HCRequester/Title', 'HCRequester/EMail', 'HCAssignedTo/Title', 'HCAssignedTo/EMail', 'HCEscalatedTo/Title', 'HCEscalatedTo/EMail', 'HCWatchers/Title', 'HCWatchers/EMail',
  'Editor/Title', 'Editor/EMail'];
export const STATE_PEOPLE_EXPAND = ['HCRequester', 'HCAssignedTo', 'HCEscalatedTo', 'HCWatchers', 'Editor'];

// SharePoint's REST returns null for empty values: the raw side of the mapper takes them as they come.
/* eslint-disable @rushstack/no-new-null */
function person(id: number | null | undefined, u: ExpandedUser | undefined): PersonRef | undefined {
  if (!id) return undefined;
  return { id, email: (u && u.EMail) || '', displayName: (u && u.Title) || undefined };
}

const date = (iso: string | null | undefined): Date | undefined => (iso ? new Date(iso) : undefined);

/** The derogation approval stored as JSON in HCApproval: parsed by the domain (kept here for older imports). */
export { parseApproval };

/* eslint-enable @rushstack/no-new-null */

/** The raw merged row (with people) and its status history → the domain's Ticket. The requester is the one the desk's state names. */
export function toTicket(r: RawTicketWithPeople, statusHistory: StatusChange[]): Ticket {
  const watchers = (r.HCWatchersId || []).map((id, i) => person(id, (r.HCWatchers || [])[i])).filter((p): p is PersonRef => !!p);
  return {
    id: r.Id, title: r.Title || '', description: r.HCDescription || '', kind: r.HCKind || 'assistance', categoryId: r.HCCategoryId || undefined,
    course: r.HCCourse || undefined, locationId: r.HCLocationId || undefined, incidentType: r.HCIncidentType || undefined, severity: r.HCSeverity || undefined,
    askedPriority: r.askedPriority || undefined, escalatedAt: date(r.HCEscalatedAt), escalatedTo: person(r.HCEscalatedToId, r.HCEscalatedTo),
    priority: r.HCPriority || 'normal', channel: r.HCChannel || 'portal', status: r.HCStatus || 'new', level: r.HCLevel || 'L1',
    teamId: r.HCTeamId || undefined, assignedTo: person(r.HCAssignedToId, r.HCAssignedTo),
    requester: (r.received ? person(r.HCRequesterId, r.HCRequester) : person(r.AuthorId, r.Author)) || { id: 0, email: '' },
    beneficiary: person(r.HCBeneficiaryId, r.HCBeneficiary), filedBy: person(r.HCFiledById, r.HCFiledBy), watchers,
    createdAt: new Date(r.Created), dueAt: date(r.HCDueDate), firstResponseAt: date(r.HCFirstResponseAt), resolvedAt: date(r.HCResolvedAt),
    closedAt: date(r.HCClosedAt), reopenedAt: date(r.HCReopenedAt), resolution: r.HCResolution || undefined, problemId: r.HCProblemId || undefined, articleId: r.HCArticleId || undefined,
    satisfaction: r.HCSatisfaction || undefined, satisfactionComment: r.HCSatisfactionComment || undefined,
    language: (r.HCLanguage || 'fr') as Language, approval: parseApproval(r.HCApproval), statusHistory, sequence: r.HCSequence || 0,
    modifiedBy: person(r.EditorId, r.Editor), modifiedAt: date(r.Modified),
    incompleteFields: r.HCIncomplete ? r.HCIncomplete.split(',').map(x => x.trim()).filter(Boolean) : [], unverified: !!r.HCUnverified
  };
}

/**
 * Domain field → REST property of the state's write body (lookups and people are written as `<Field>Id`). The
 * requester's own words (title, description) and who filed it are theirs: the desk's actions never write them.
 */
const WRITE_PROPERTY: { [K in keyof Ticket]?: string } = {
  kind: 'HCKind', categoryId: 'HCCategoryId', priority: 'HCPriority', channel: 'HCChannel',
  status: 'HCStatus', level: 'HCLevel', teamId: 'HCTeamId', assignedTo: 'HCAssignedToId', escalatedAt: 'HCEscalatedAt', escalatedTo: 'HCEscalatedToId', locationId: 'HCLocationId',
  watchers: 'HCWatchersId', dueAt: 'HCDueDate', firstResponseAt: 'HCFirstResponseAt', resolvedAt: 'HCResolvedAt', closedAt: 'HCClosedAt', reopenedAt: 'HCReopenedAt',
  resolution: 'HCResolution', problemId: 'HCProblemId', articleId: 'HCArticleId', satisfaction: 'HCSatisfaction',
  satisfactionComment: 'HCSatisfactionComment', language: 'HCLanguage', approval: 'HCApproval', sequence: 'HCSequence'
};

function writeValue(field: keyof Ticket, value: unknown): unknown {
  if (value === undefined || value === null) return field === 'watchers' ? [] : null;
  if (value instanceof Date) return value.toISOString();
  if (field === 'approval') return JSON.stringify({ ...(value as Approval), token: undefined });
  if (field === 'watchers') return (value as PersonRef[]).map(p => p.id);
  if (field === 'assignedTo' || field === 'beneficiary' || field === 'filedBy' || field === 'escalatedTo') return (value as PersonRef).id;
  return value;
}

/** The item write body of a domain action's changes (fields the list does not store, like the history, are skipped). */
export function toPayload(changes: FieldChange[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  changes.forEach(c => {
    const prop = WRITE_PROPERTY[c.field];
    if (prop) body[prop] = writeValue(c.field, c.to);
  });
  return body;
}
