import type { DomainEvent, Recipient } from './actions';

/** One person (or a team's queue) told of a change. */
export interface InformedPerson {
  role: Recipient['role'];
  name: string;
  email?: string;
}

/** Who was told of one change of a ticket, and when. */
export interface InformedChange {
  /** ISO time of the change. */
  at: string;
  /** The domain event (`takeInCharge`, `resolve` …, or `file` for the form's filing). */
  event: string;
  to: InformedPerson[];
}

/** Oldest changes are dropped beyond this many, so the column stays far under a Note field's 63,999 characters. */
export const MAX_INFORMED_CHANGES = 80;
/** Events that are the support's business only: never listed on a ticket the requester reads. */
const INTERNAL_EVENTS = ['addInternalNote'];

/**
 * The log of who was informed, as written on the ticket with each change (HelpTickets `HCInformed`). The
 * notifications themselves (HelpNotifications) have item-level security, so a requester could not read the
 * ones the desk's actions recorded; this copy lives on the ticket they can read. The outbox sends each of these
 * mails (and retries until it is sent); the desk shows each mail's sending state from HelpNotifications.
 */
export function informedChanges(events: DomainEvent[]): InformedChange[] {
  const out: InformedChange[] = [];
  for (const e of events) {
    if (INTERNAL_EVENTS.indexOf(e.type) >= 0) continue;
    const to: InformedPerson[] = [];
    for (const r of e.recipients) {
      if (r.person && r.person.email) {
        if (!to.some(t => t.email && t.email.toLowerCase() === (r.person as { email: string }).email.toLowerCase())) {
          to.push({ role: r.role, name: r.person.displayName || r.person.email, email: r.person.email });
        }
      } else if (r.role === 'teamQueue' && !to.some(t => t.role === 'teamQueue')) {
        to.push({ role: 'teamQueue', name: '' });
      }
    }
    if (to.length) out.push({ at: e.at.toISOString(), event: e.type, to });
  }
  return out;
}

/** The column's value → its changes (an unreadable value reads as none). */
export function parseInformed(json: string | undefined): InformedChange[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as InformedChange[]).filter(c => c && typeof c.at === 'string' && typeof c.event === 'string' && Array.isArray(c.to)) : [];
  } catch {
    return [];
  }
}

/** The column's value with `added` appended (the latest {@link MAX_INFORMED_CHANGES} kept); unchanged when nothing is added. */
export function appendInformed(json: string | undefined, added: InformedChange[]): string | undefined {
  if (!added.length) return undefined;
  return JSON.stringify(parseInformed(json).concat(added).slice(-MAX_INFORMED_CHANGES));
}
