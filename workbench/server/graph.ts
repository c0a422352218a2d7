/**
 * Microsoft Graph `sendMail` as the signed-in user (delegated Mail.Send), or from a shared mailbox the user may
 * send as (./mailboxes.ts): the workbench keeps every message in an outbox table instead of delivering it, so
 * tests and the host page can read what was sent.
 */
import { randomUUID } from 'node:crypto';
import type { Db, PrincipalRow } from './storage';
import { nowIso } from './storage';
import { personByAddress } from './directory';
import { maySendAs, maySendThrough, sharedMailbox } from './mailboxes';

export interface SentMail {
  id: number;
  /** Whom the message is from: the signed-in person, or the shared mailbox they sent as. */
  from: string;
  /** Who sent it, when that is not `from` (sent as a shared mailbox). */
  sentBy?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  contentType: string;
  body: string;
  saveToSentItems: boolean;
  sentAt: string;
}

interface GraphRecipient {
  emailAddress?: { address?: string };
}

export class GraphError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Graph's error body: `{ error: { code, message, innerError: { request-id, date } } }`. */
export function graphErrorBody(err: GraphError): unknown {
  return { error: { code: err.code, message: err.message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString().replace(/\.\d{3}Z$/, '') } } };
}

function accessDenied(): GraphError {
  return new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
}

function sendAsDenied(): GraphError {
  return new GraphError(403, 'ErrorSendAsDenied',
    'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Cannot submit message.');
}

function isSelf(user: PrincipalRow, address: string): boolean {
  const a = address.trim().toLowerCase();
  const email = String(user.email ?? '').toLowerCase();
  return a === email || a === String(user.id) || personByAddress(a)?.email.toLowerCase() === email;
}

/**
 * Whom a message is from, for `POST /me/sendMail` (`target` null) or `POST /users/{target}/sendMail`: the signed-in
 * person; a shared mailbox they send through only with Full Access and Send As; another person never (delegated
 * Mail.Send). A `from` other than the sender needs Send As on that mailbox (ErrorSendAsDenied otherwise).
 */
export function senderAddress(user: PrincipalRow, target: string | null, body: unknown): string {
  const own = String(user.email ?? user.login_name);
  let from = own;
  if (target !== null && !isSelf(user, target)) {
    const mailbox = sharedMailbox(target);
    if (!mailbox || !maySendThrough(mailbox, own)) throw accessDenied();
    from = mailbox.address;
  }
  const message = (body as { message?: { from?: { emailAddress?: { address?: unknown } } } } | null)?.message;
  const asked = message?.from?.emailAddress?.address;
  if (typeof asked === 'string' && asked.trim() && asked.trim().toLowerCase() !== from.toLowerCase() && !isSelf(user, asked)) {
    const mailbox = sharedMailbox(asked);
    if (!mailbox || !maySendAs(mailbox, own)) throw sendAsDenied();
    from = mailbox.address;
  }
  return from;
}

function addresses(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return (list as GraphRecipient[]).map((r) => r?.emailAddress?.address).filter((a): a is string => typeof a === 'string' && a.length > 0);
}

export function sendMail(db: Db, sender: PrincipalRow, body: unknown, from: string = String(sender.email ?? sender.login_name)): void {
  const message = (body as { message?: Record<string, unknown> } | null)?.message;
  if (!message || typeof message !== 'object') throw new GraphError(400, 'ErrorInvalidRequest', 'The message is missing.');
  const to = addresses(message.toRecipients);
  const cc = addresses(message.ccRecipients);
  const bcc = addresses(message.bccRecipients);
  if (to.length + cc.length + bcc.length === 0) {
    throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
  }
  const mailBody = (message.body ?? {}) as { contentType?: string; content?: string };
  const by = String(sender.email ?? sender.login_name);
  const record = {
    from, ...(from.toLowerCase() !== by.toLowerCase() ? { sentBy: by } : {}), to, cc, bcc,
    subject: String(message.subject ?? ''),
    contentType: String(mailBody.contentType ?? 'Text'),
    body: String(mailBody.content ?? ''),
    saveToSentItems: (body as { saveToSentItems?: unknown }).saveToSentItems !== false,
  };
  db.prepare('INSERT INTO outbox(sender, message, sent) VALUES (?, ?, ?)').run(by, JSON.stringify(record), nowIso());
}

export function readOutbox(db: Db): SentMail[] {
  const rows = db.prepare('SELECT id, message, sent FROM outbox ORDER BY id').all() as { id: number; message: string; sent: string }[];
  return rows.map((r) => ({ id: r.id, ...(JSON.parse(r.message) as Omit<SentMail, 'id' | 'sentAt'>), sentAt: r.sent }));
}

export function clearOutbox(db: Db): void {
  db.prepare('DELETE FROM outbox').run();
}
