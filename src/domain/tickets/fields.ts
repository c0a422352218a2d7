/**
 * The ticket's field catalogue: one declaration per field of a request — how its value is read from the ticket,
 * how it is shown, and who is shown it. The form (fields a category asks for), the desk's ticket view, the
 * requester's view, the watcher's view, the mails and the desk's queue columns all render from it, so a field
 * added here (with its column in src/data/schema and its label in src/loc) shows everywhere without new code.
 *
 * How to add a field: (1) its column in src/data/schema/lists.ts (HelpTickets for what the requester gives,
 * HelpTicketStates for the desk's), then `npm run generate`; (2) its property on Ticket (model.ts) and its line in
 * toTicket (src/data/tickets/ticketMapper.ts); (3) one entry below — how to read it, its audiences, its `form` field
 * and `input` if a category may ask for it, its `codes` and `vocabulary` if it is a code; (4) its label
 * `fields.<key>.label` in src/loc/common/fr-fr.js, en-us.js (its declaration follows the type). The ticket
 * pages (TicketFields), the form (ExtraFields), the queues and the mails render it from here; a unit test
 * (tests/unit/ui/common/TicketFields.test.tsx) fails while a label is missing in either language.
 */
import { FormFieldKey } from '../intake';
import { INCIDENT_TYPES, SUPPORT_LEVELS, TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES, TICKET_SEVERITIES } from '../vocabulary';
import { PersonRef, Ticket } from './model';

/** The catalogue's fields. */
export type TicketFieldKey =
  | 'kind' | 'category' | 'course' | 'location' | 'incidentType' | 'severity' | 'priority' | 'askedPriority' | 'channel'
  | 'requester' | 'beneficiary' | 'filedBy' | 'team' | 'level' | 'assignedTo' | 'escalatedTo' | 'createdAt' | 'dueAt';

/**
 * Who is shown a field:
 * - `requester`: the requester's page of her request (and her confirmation mail);
 * - `watcher`: the page and the mails of a person kept informed (a professor, a referent) — never internal fields;
 * - `desk`: the desk's ticket view and the mails to agents and team queues;
 * - `queue`: a column of the desk's queues.
 */
export type FieldAudience = 'requester' | 'watcher' | 'desk' | 'queue';

/** A field's value, in a form every page and mail can display (codes get their label from the reader's strings). */
export type FieldValue =
  | { kind: 'text'; text: string }
  /** A code of a choice (`codes` of the field): its label is the language's, from the field's `vocabulary` (e.g. strings.ticketPriority.high). */
  | { kind: 'code'; code: string }
  | { kind: 'person'; person: PersonRef }
  /** HelpCategories item id (its FR/EN name is looked up). */
  | { kind: 'category'; id: number }
  /** HelpLocations item id (room, equipment or service; its name and building are looked up). */
  | { kind: 'place'; id: number }
  /** HelpTeams item id. */
  | { kind: 'team'; id: number }
  | { kind: 'date'; at: Date };

/**
 * The code lists of src/domain/vocabulary.ts whose labels the strings carry under the same name (strings.ticketKind,
 * strings.ticketPriority …): a `code` field names its list, so every page and mail labels it without per-field code.
 */
export type CodeVocabulary = 'ticketKind' | 'ticketSeverity' | 'incidentType' | 'ticketPriority' | 'supportLevel' | 'ticketChannel';

/**
 * How the form asks for a field: free text, one code of the field's list, a place (a room or service, then the
 * equipment in it when the category also asks for `equipment`), or a person (asked by the form's on-behalf section).
 */
export type FieldInput = 'text' | 'choice' | 'place' | 'person';

/** One field of the catalogue. */
export interface TicketFieldDef {
  key: TicketFieldKey;
  /** The form asks for it when the category lists this form field (HelpCategories HCFormFields); undefined: not a form field a category chooses. */
  form?: FormFieldKey;
  /** Other form fields that fill the same value (the equipment, stored in the same place column as the room). */
  formAlso?: readonly FormFieldKey[];
  /** How the form asks for it (form fields only). */
  input?: FieldInput;
  /** Who is shown it (see FieldAudience). */
  audience: readonly FieldAudience[];
  /** The choice codes of a `code` field, in display order. */
  codes?: readonly string[];
  /** The code list whose labels a `code` field's values take (see CodeVocabulary). */
  vocabulary?: CodeVocabulary;
  /** The value on a ticket; undefined when empty (empty fields are not shown). */
  read(t: Ticket): FieldValue | undefined;
}

const text = (s: string | undefined): FieldValue | undefined => (s && s.trim() ? { kind: 'text', text: s } : undefined);
const code = (c: string | undefined): FieldValue | undefined => (c ? { kind: 'code', code: c } : undefined);
const person = (p: PersonRef | undefined): FieldValue | undefined => (p && p.id ? { kind: 'person', person: p } : undefined);
const id = (k: 'category' | 'place' | 'team', n: number | undefined): FieldValue | undefined => (n ? { kind: k, id: n } : undefined);
const date = (d: Date | undefined): FieldValue | undefined => (d && !isNaN(d.getTime()) ? { kind: 'date', at: d } : undefined);

/** The catalogue, in the order pages show the fields. */
export const TICKET_FIELDS: readonly TicketFieldDef[] = [
  { key: 'requester', audience: ['desk', 'watcher', 'queue'], read: t => person(t.requester) },
  { key: 'beneficiary', form: 'beneficiary', input: 'person', audience: ['requester', 'watcher', 'desk'], read: t => person(t.beneficiary) },
  { key: 'filedBy', audience: ['requester', 'desk'], read: t => person(t.filedBy) },
  { key: 'kind', audience: ['requester', 'watcher', 'desk'], codes: TICKET_KINDS, vocabulary: 'ticketKind', read: t => code(t.kind) },
  { key: 'category', audience: ['requester', 'watcher', 'desk', 'queue'], read: t => id('category', t.categoryId) },
  { key: 'course', form: 'course', input: 'text', audience: ['requester', 'watcher', 'desk'], read: t => text(t.course) },
  {
    key: 'location', form: 'location', formAlso: ['equipment'], input: 'place', audience: ['requester', 'watcher', 'desk'],
    read: t => id('place', t.locationId)
  },
  {
    key: 'incidentType', form: 'incidentType', input: 'choice', audience: ['requester', 'watcher', 'desk'], codes: INCIDENT_TYPES, vocabulary: 'incidentType',
    read: t => code(t.incidentType)
  },
  {
    key: 'severity', form: 'severity', input: 'choice', audience: ['requester', 'watcher', 'desk'], codes: TICKET_SEVERITIES, vocabulary: 'ticketSeverity',
    read: t => code(t.severity)
  },
  { key: 'priority', audience: ['requester', 'desk', 'queue'], codes: TICKET_PRIORITIES, vocabulary: 'ticketPriority', read: t => code(t.priority) },
  {
    key: 'askedPriority', form: 'priority', input: 'choice', audience: ['desk'], codes: TICKET_PRIORITIES, vocabulary: 'ticketPriority',
    read: t => (t.askedPriority && t.askedPriority !== t.priority ? code(t.askedPriority) : undefined)
  },
  { key: 'channel', audience: ['requester', 'desk'], codes: TICKET_CHANNELS, vocabulary: 'ticketChannel', read: t => code(t.channel) },
  { key: 'team', audience: ['requester', 'watcher', 'desk', 'queue'], read: t => id('team', t.teamId) },
  { key: 'level', audience: ['desk', 'queue'], codes: SUPPORT_LEVELS, vocabulary: 'supportLevel', read: t => code(t.level) },
  { key: 'assignedTo', audience: ['requester', 'watcher', 'desk', 'queue'], read: t => person(t.assignedTo) },
  { key: 'escalatedTo', audience: ['desk'], read: t => person(t.escalatedTo) },
  { key: 'createdAt', audience: ['requester', 'watcher', 'desk'], read: t => date(t.createdAt) },
  { key: 'dueAt', audience: ['desk', 'queue'], read: t => date(t.dueAt) }
];

/** The catalogue entry of a field. */
export function fieldDef(key: TicketFieldKey): TicketFieldDef {
  const def = TICKET_FIELDS.filter(f => f.key === key)[0];
  if (!def) throw new Error(`Unknown ticket field: ${key}`);
  return def;
}

/** A field shown to a reader, with its value. */
export interface ShownField {
  key: TicketFieldKey;
  value: FieldValue;
}

/** The fields a reader is shown on a ticket, in catalogue order, empty ones left out. */
export function fieldsFor(t: Ticket, audience: FieldAudience): ShownField[] {
  const out: ShownField[] = [];
  TICKET_FIELDS.forEach(f => {
    if (f.audience.indexOf(audience) < 0) return;
    const value = f.read(t);
    if (value) out.push({ key: f.key, value });
  });
  return out;
}

/** The catalogue fields a category's form asks for (by any of their form fields), in catalogue order. */
export function formFieldDefs(formFields: readonly FormFieldKey[]): TicketFieldDef[] {
  return TICKET_FIELDS.filter(f => f.form !== undefined && [f.form].concat(f.formAlso || []).some(k => formFields.indexOf(k) >= 0));
}
