import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { RawHelpNotificationsItem } from '../schema/items.generated';
import { forEachPage } from '../sp/paging';
import { parseInformed } from '../../domain/tickets/informed';
import { helpList } from '../sp/lists';

/** One person informed of one change of a ticket (a HelpNotifications item). */
export interface InformedEntry {
  /** HelpNotifications item id. */
  id: number;
  email: string;
  displayName: string;
  /** The domain event the mail told (`takeInCharge`, `askForInformation` …), from the change key. */
  event: string;
  /** When the notification was recorded (ISO). */
  recordedAt: string;
  /** When the mail went out (ISO); undefined while it waits to be retried. */
  sentAt?: string;
  /** The last sending failed (the mail is retried on the next desk load). */
  failed: boolean;
  /** From the ticket's own log (HCInformed): when the change informed them (no sending state there). */
  informedAt?: string;
  /** Their part in the ticket (`teamQueue`: the team's queue address, named by `displayName` when known). */
  role?: string;
}

/**
 * Who was informed, from the ticket's HCInformed column (what a requester can read: HelpNotifications has
 * item-level security), one entry per person and change, oldest first.
 */
export function informedFromTicket(json: string | undefined): InformedEntry[] {
  const out: InformedEntry[] = [];
  parseInformed(json).forEach((change, i) => change.to.forEach((p, j) => out.push({
    id: i * 1000 + j, email: p.email || '', displayName: p.name, event: change.event, recordedAt: change.at, failed: false,
    informedAt: change.at, role: p.role
  })));
  return out;
}

/** A HelpNotifications row as the log reads it. */
export type InformedRow = Pick<RawHelpNotificationsItem, 'Id' | 'HCChangeKey' | 'HCSentAt' | 'HCError' | 'HCRecipients' | 'Created'>;
type LogRow = InformedRow;

/** The columns the log reads. */
export const INFORMED_SELECT = ['Id', 'HCChangeKey', 'HCSentAt', 'HCError', 'HCRecipients', 'Created'];

/** The HelpNotifications filter of one ticket (HCTicket is an indexed lookup). */
export function informedFilter(ticketId: number): string {
  return `HCTicketId eq ${Math.floor(Number(ticketId))}`;
}

/** A row → who, which change, when, and whether the mail went out. */
export function toInformed(r: InformedRow): InformedEntry {
  const key = parseKey(r.HCChangeKey || '');
  const who = recipientName(r.HCRecipients);
  const email = who.email || key.email;
  return { id: r.Id, email, displayName: who.displayName || email, event: key.event, recordedAt: r.Created, sentAt: r.HCSentAt || undefined, failed: !r.HCSentAt && !!r.HCError && r.HCError.indexOf('Sending: ') !== 0 };
}

/** `ticket:sequence:event|email` (or the form's `ticket:created|email`) → event and email (see NotificationOutbox.recipientKey). */
function parseKey(key: string): { event: string; email: string } {
  const bar = key.indexOf('|');
  const head = bar >= 0 ? key.slice(0, bar) : key;
  const parts = head.split(':');
  // The form records the filing as `ticket:created` (no sequence): it is the domain's `file` event.
  const event = parts.length >= 3 ? parts[2] : parts[1] === 'created' ? 'file' : parts[1] || '';
  return { event, email: bar >= 0 ? key.slice(bar + 1).replace(/~[0-9a-f]{8}$/, '') : '' };
}

function recipientName(json: InformedRow['HCRecipients']): { email?: string; displayName?: string } {
  if (!json) return {};
  try {
    const v = JSON.parse(json) as { recipient?: { email?: string; displayName?: string } };
    return v.recipient || {};
  } catch {
    return {};
  }
}

/**
 * Who was informed of a ticket's changes, oldest first: the ticket's HelpNotifications items, filtered on the
 * indexed HCTicket lookup and read page by page. SharePoint trims the rows to what the reader may see (the
 * list has item-level security: the support reads every row, other people the rows of their own actions).
 */
export async function informedAbout(sp: SPFI, ticketId: number): Promise<InformedEntry[]> {
  const id = Math.floor(Number(ticketId));
  if (!(id > 0)) return [];
  const rows: LogRow[] = [];
  await forEachPage<LogRow>(helpList(sp, 'HelpNotifications').items
    .select(...INFORMED_SELECT).filter(informedFilter(id)).orderBy('ID', true).top(500),
  page => { rows.push(...page); });
  return rows.map(toInformed);
}
