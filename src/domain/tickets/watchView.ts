/**
 * What a person kept informed (a professor, a referent) is shown of a request: the watcher's view, built by the desk
 * and stored as JSON in their HelpTicketWatches row (they cannot read the ticket itself: item-level security shows it
 * to its requester and the support group only). Built from the ticket and the desk state's versions — the desk's
 * side of the story: status changes, its public messages, hand-overs to another team or level. Never an internal
 * note, an escalation's reason (the desk's business: the view says "handed to team X"), an approval or its secret.
 */
import { fieldsFor, FieldValue, TicketFieldKey } from './fields';
import type { Ticket } from './model';
import { isFinishedStatus } from './statusGroups';
import type { SupportLevel, TicketStatus } from '../vocabulary';

/** A name in both languages (category, team, place), as the reference lists hold it. */
export interface BilingualName { fr: string; en: string }

/** A place as the view names it: a room or service in its building, an equipment in its room. */
export interface WatchPlaceName { name: string; building?: string; room?: { name: string; building?: string } }

/**
 * A field's value as the catalogue gives it (FieldValue), stored as JSON: dates as ISO text, people by name only
 * (no address), lookups by id with their names in the view's `names`.
 */
export type WatchFieldValue =
  | { kind: 'text'; text: string }
  /** A choice code: the reader's strings give its label. */
  | { kind: 'code'; code: string }
  | { kind: 'person'; name: string }
  | { kind: 'category' | 'team' | 'place'; id: number }
  /** ISO date. */
  | { kind: 'date'; at: string };

/** One field of the view. */
export interface WatchField { key: TicketFieldKey; value: WatchFieldValue }

/** What happened, as the watcher is told. */
export type WatchEventKind =
  /** The request was filed. */
  | 'filed'
  /** Its status changed. */
  | 'status'
  /** The desk wrote to the requester (its public reply or question). */
  | 'reply'
  /** Another team or level has it now (without the desk's reason). */
  | 'handedOver';

/** One step of the public history. */
export interface WatchHistoryEntry {
  /** ISO date. */
  at: string;
  event: WatchEventKind;
  /** The status after this step. */
  status: TicketStatus;
  /** The desk's public message ('reply'). */
  message?: string;
  /** Who did it (the desk agent's name; the requester's for 'filed'). */
  by?: string;
  /** The team that has it now ('handedOver'). */
  team?: BilingualName;
  /** The level that has it now ('handedOver'). */
  level?: SupportLevel;
}

/** The watcher's view of a request (HelpTicketWatches.HCView). */
export interface WatchView {
  ticketId: number;
  title: string;
  /** The requester's description, cut to WATCH_SUMMARY_CHARS. */
  summary: string;
  status: TicketStatus;
  /** The catalogue's fields for the audience 'watcher', named. */
  fields: WatchField[];
  requester: string;
  assignee?: string;
  team?: BilingualName;
  /** ISO date. */
  createdAt: string;
  /** How the desk resolved it (told to the requester and the watchers alike), once resolved. */
  resolution?: string;
  /** Newest last, at most WATCH_HISTORY_CAP entries (the latest). */
  history: WatchHistoryEntry[];
  /** Older steps were left out. */
  historyTruncated?: boolean;
  /** The names of the categories, teams and places the fields refer to. */
  names: WatchNames;
  /** ISO date of the build. */
  builtAt: string;
}

/** Steps kept in a view: the latest ones (a request rarely has more; a row stays small). */
export const WATCH_HISTORY_CAP = 80;
/** Characters of the requester's description kept as the summary. */
export const WATCH_SUMMARY_CHARS = 500;

/** One version of the desk's state, oldest first, as the builder reads it. */
export interface StateVersionStep {
  at: Date;
  status: TicketStatus;
  /** HCPublicMessage of that version (every action writes its own, or none). */
  publicMessage?: string;
  /** HCSequence: a version with the previous one's sequence repeats its message (a write that was not an action). */
  sequence?: number;
  teamId?: number;
  level?: SupportLevel;
  /** Modified By's name. */
  by?: string;
}

/** Names of the reference items a view mentions. */
export interface WatchNames {
  categories: { [id: number]: BilingualName };
  teams: { [id: number]: BilingualName };
  places: { [id: number]: WatchPlaceName };
}

/** HelpTicketWatches.HCWatchKey of a ticket and watcher. */
export function watchKey(ticketId: number, watcherId: number): string {
  return `${Math.floor(ticketId)}|${Math.floor(watcherId)}`;
}

/** The description cut to the summary's length, on a word when one is near. */
export function summaryOf(description: string): string {
  const text = description.trim();
  if (text.length <= WATCH_SUMMARY_CHARS) return text;
  const cut = text.slice(0, WATCH_SUMMARY_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > WATCH_SUMMARY_CHARS - 80 ? cut.slice(0, space) : cut).replace(/\s+$/, "")}…`;
}

function named(names: { [id: number]: BilingualName }, id: number): BilingualName {
  return names[id] || { fr: `#${id}`, en: `#${id}` };
}

function fieldValue(v: FieldValue): WatchFieldValue {
  switch (v.kind) {
    case 'person': return { kind: 'person', name: v.person.displayName || v.person.email };
    case 'date': return { kind: 'date', at: v.at.toISOString() };
    default: return v;
  }
}

/** Only the names the view's fields refer to (a row carries no other team's or place's name). */
function namesUsed(fields: WatchField[], names: WatchNames): WatchNames {
  const out: WatchNames = { categories: {}, teams: {}, places: {} };
  fields.forEach(f => {
    const v = f.value;
    if (v.kind === 'category' && names.categories[v.id]) out.categories[v.id] = names.categories[v.id];
    if (v.kind === 'team' && names.teams[v.id]) out.teams[v.id] = names.teams[v.id];
    if (v.kind === 'place' && names.places[v.id]) out.places[v.id] = names.places[v.id];
  });
  return out;
}

/** The public history from the state's versions (oldest first): filing, status changes, the desk's messages, hand-overs. */
export function watchHistory(ticket: Ticket, versions: StateVersionStep[], names: WatchNames): WatchHistoryEntry[] {
  const out: WatchHistoryEntry[] = [{ at: ticket.createdAt.toISOString(), event: 'filed', status: 'new', by: ticket.requester.displayName }];
  let before: StateVersionStep | undefined;
  for (const v of versions) {
    const at = v.at.toISOString();
    if (before) {
      const team = v.teamId && v.teamId !== before.teamId ? named(names.teams, v.teamId) : undefined;
      const level = v.level && v.level !== before.level ? v.level : undefined;
      if (team || level) out.push({ at, event: 'handedOver', status: v.status, by: v.by, ...(team ? { team } : {}), ...(level ? { level } : {}) });
      if (v.status !== before.status) out.push({ at, event: 'status', status: v.status, by: v.by });
    } else if (v.status !== 'new') {
      out.push({ at, event: 'status', status: v.status, by: v.by });
    }
    const message = (v.publicMessage || '').trim();
    if (message && (!before || before.sequence !== v.sequence)) out.push({ at, event: 'reply', status: v.status, message, by: v.by });
    before = v;
  }
  return out;
}

/** The watcher's view of a ticket (pure: the data layer reads the versions and names, and stores the result). */
export function buildWatchView(ticket: Ticket, versions: StateVersionStep[], names: WatchNames, now: Date): WatchView {
  const history = watchHistory(ticket, versions, names);
  const kept = history.slice(Math.max(0, history.length - WATCH_HISTORY_CAP));
  const fields = fieldsFor(ticket, 'watcher').map(f => ({ key: f.key, value: fieldValue(f.value) }));
  return {
    ticketId: ticket.id,
    title: ticket.title,
    summary: summaryOf(ticket.description),
    status: ticket.status,
    fields,
    requester: ticket.requester.displayName || ticket.requester.email,
    ...(ticket.assignedTo ? { assignee: ticket.assignedTo.displayName || ticket.assignedTo.email } : {}),
    ...(ticket.teamId ? { team: named(names.teams, ticket.teamId) } : {}),
    createdAt: ticket.createdAt.toISOString(),
    ...(ticket.resolution && isFinishedStatus(ticket.status) ? { resolution: ticket.resolution } : {}),
    history: kept,
    ...(kept.length < history.length ? { historyTruncated: true } : {}),
    names: namesUsed(fields, names),
    builtAt: now.toISOString()
  };
}

/** A stored view read back; undefined when the JSON is missing or not a view. */
export function parseWatchView(json: string | null | undefined): WatchView | undefined { // eslint-disable-line @rushstack/no-new-null
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as WatchView;
    return v && typeof v.ticketId === 'number' && Array.isArray(v.history) && Array.isArray(v.fields) ? v : undefined;
  } catch {
    return undefined;
  }
}
