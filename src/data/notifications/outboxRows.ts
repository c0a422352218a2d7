/*
 * HelpNotifications rows as the outbox's senders read and mark them: the columns, the claim a sender writes before
 * sending, and the pure helpers over rows (NotificationOutbox.ts keeps the reads and writes).
 */
import type { RawHelpNotificationsItem } from '../schema/items.generated';
import type { NotificationRecipient } from './types';

/** A claim older than this is taken to be a sender that crashed (closed tab) and may be taken over. */
export const CLAIM_STALE_MS = 10 * 60000;
/** The claim is written in HCError (the row's status text) as `Sending: <site user id> <nonce> <ISO time>`. */
export const CLAIM_PREFIX = 'Sending: ';
/** A row the senders will not send, whatever the retry (HCError): an owner clears it to have the row tried again. */
export const NOT_SENT_PREFIX = 'Not sent: ';
/** The columns the senders read. */
export const OUTBOX_SELECT = ['Id', 'Title', 'HCChangeKey', 'HCSentAt', 'HCError', 'AuthorId', 'EditorId', 'HCTemplate', 'HCLanguage', 'HCRecipients', 'HCValues', 'HCSender', 'HCTicketId'];

/**
 * The outboxes: the tickets' (HelpNotifications: the desk's and the owners') and the knowledge workflow's
 * (ArticleNotifications: reviewers record there too) and the idea box's (IdeaNotifications). Same columns and rules, but for the ticket lookup.
 */
export type OutboxList = 'HelpNotifications' | 'ArticleNotifications' | 'IdeaNotifications';

/** The columns the senders read in one outbox (the article outbox has no ticket). */
export function outboxSelect(list: OutboxList): string[] {
  return list === 'HelpNotifications' ? OUTBOX_SELECT : OUTBOX_SELECT.filter(c => c !== 'HCTicketId');
}

/** A HelpNotifications (or ArticleNotifications) row as the senders read it, with its ETag. */
export type OutboxRow = Pick<RawHelpNotificationsItem, 'Id' | 'HCChangeKey' | 'HCSentAt' | 'HCError' | 'AuthorId' | 'EditorId' | 'HCTemplate' | 'HCLanguage' | 'HCRecipients' | 'HCValues' | 'HCSender' | 'HCTicketId' | 'Title'> & { 'odata.etag'?: string };

/** A sender's mark on a row: who, which attempt (nonce), since when. */
export interface Claim { userId: number; nonce: string; at: number }

/** The claim's text in HCError. */
export function claimText(c: Claim): string {
  return `${CLAIM_PREFIX}${c.userId} ${c.nonce} ${new Date(c.at).toISOString()}`;
}

/** A row's claim, if HCError holds one. */
export function parseClaim(text: string | undefined): Claim | undefined {
  const m = /^Sending: (\d+) (\S+) (\S+)$/.exec(text || '');
  const at = m ? Date.parse(m[3]) : NaN;
  return m && !isNaN(at) ? { userId: Number(m[1]), nonce: m[2], at } : undefined;
}

/** Rows by change key. */
export function groupByKey(rows: OutboxRow[]): Map<string, OutboxRow[]> {
  const out = new Map<string, OutboxRow[]>();
  rows.forEach(r => {
    if (!r.HCChangeKey) return;
    const group = out.get(r.HCChangeKey);
    if (group) group.push(r); else out.set(r.HCChangeKey, [r]);
  });
  return out;
}

/** One recipient per address (case-insensitive). */
export function dedupeRecipients(recipients: NotificationRecipient[]): NotificationRecipient[] {
  const seen = new Set<string>();
  return recipients.filter(r => {
    const email = (r.email || '').trim().toLowerCase();
    if (!email || seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}


/** The recipient a row names (HCRecipients: `{"recipient": {email, displayName, language}}`). */
export function parseRecipient(json: OutboxRow['HCRecipients'] | undefined): NotificationRecipient | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as { recipient?: Partial<NotificationRecipient> };
    const r = v && v.recipient;
    return r && typeof r.email === 'string' && r.email
      ? { email: r.email, displayName: typeof r.displayName === 'string' ? r.displayName : r.email, language: r.language === 'en' ? 'en' : 'fr' }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A row written before rows held values: its HCRecipients carried the rendered mail. */
export function isOldFormat(json: OutboxRow['HCRecipients'] | undefined): boolean {
  try {
    const v = JSON.parse(json || '{}') as { htmlBody?: unknown };
    return typeof v.htmlBody === 'string';
  } catch {
    return false;
  }
}

/** Short stable hash (FNV-1a) to keep over-long keys unique within the column's length. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
