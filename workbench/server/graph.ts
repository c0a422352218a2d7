/**
 * Microsoft Graph `sendMail` as the signed-in user (delegated Mail.Send): the workbench keeps every
 * message in an outbox table instead of delivering it, so tests and the host page can read what was sent.
 */
import type { Db, PrincipalRow } from './storage';
import { nowIso } from './storage';

export interface SentMail {
  id: number;
  from: string;
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

function addresses(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return (list as GraphRecipient[]).map((r) => r?.emailAddress?.address).filter((a): a is string => typeof a === 'string' && a.length > 0);
}

export function sendMail(db: Db, sender: PrincipalRow, body: unknown): void {
  const message = (body as { message?: Record<string, unknown> } | null)?.message;
  if (!message || typeof message !== 'object') throw new GraphError(400, 'ErrorInvalidRequest', 'The message is missing.');
  const to = addresses(message.toRecipients);
  const cc = addresses(message.ccRecipients);
  const bcc = addresses(message.bccRecipients);
  if (to.length + cc.length + bcc.length === 0) {
    throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
  }
  const mailBody = (message.body ?? {}) as { contentType?: string; content?: string };
  const record = {
    from: sender.email ?? sender.login_name, to, cc, bcc,
    subject: String(message.subject ?? ''),
    contentType: String(mailBody.contentType ?? 'Text'),
    body: String(mailBody.content ?? ''),
    saveToSentItems: (body as { saveToSentItems?: unknown }).saveToSentItems !== false,
  };
  db.prepare('INSERT INTO outbox(sender, message, sent) VALUES (?, ?, ?)').run(record.from, JSON.stringify(record), nowIso());
}

export function readOutbox(db: Db): SentMail[] {
  const rows = db.prepare('SELECT id, message, sent FROM outbox ORDER BY id').all() as { id: number; message: string; sent: string }[];
  return rows.map((r) => ({ id: r.id, ...(JSON.parse(r.message) as Omit<SentMail, 'id' | 'sentAt'>), sentAt: r.sent }));
}

export function clearOutbox(db: Db): void {
  db.prepare('DELETE FROM outbox').run();
}
