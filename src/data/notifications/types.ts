import type { ArticleLanguage } from '../knowledge/types';

/** Someone to inform. */
export interface NotificationRecipient {
  email: string;
  displayName: string;
  language: ArticleLanguage;
}

/** One notification caused by one change of a ticket (a domain event), for one or more recipients. */
export interface OutgoingNotification {
  /** Ticket the notification is about (none for the knowledge workflow's mails: their change key names the article). */
  ticketId?: number;
  /** Stable key of the change (ticket + change sequence + action): the same change always has the same key. */
  changeKey: string;
  /** Template key in HelpSettings (`notifications.template.<key>`). */
  template: string;
  recipients: NotificationRecipient[];
  /** Template values (ticket title, status label, link …); the recipient's name is added per recipient. */
  values: Record<string, unknown>;
  /**
   * Recipients told with another template and values than the change's (a watcher's, an agent's mail of the same
   * change), by lower-case e-mail address: one change's mails are then recorded in one batch.
   */
  own?: { [email: string]: { template: string; values: Record<string, unknown> } };
}

/**
 * Who sends the mails (HelpSettings `notifications.sender`): `browser`, the zero-setup default (Microsoft Graph
 * `/me/sendMail` as the person who acted), or `server` (the rows are queued for the server-side flow, which sends
 * them from the help desk's mailbox; see docs/server-side-mail.md).
 */
export type SenderMode = 'browser' | 'server';

/**
 * What happened to one recipient's mail. Every outcome but 'failed' is fine for the caller: 'queued' means the
 * row is recorded for the server-side flow, which sends it within minutes.
 */
export interface DeliveryResult {
  email: string;
  /** The per-recipient key recorded in HelpNotifications.HCChangeKey. */
  key: string;
  outcome: 'sent' | 'alreadySent' | 'recordedByAnother' | 'queued' | 'failed';
  /** Why sending failed: a transient failure leaves the item to the next retry; `Not sent: …` is final (see HCError). */
  error?: string;
}

/** The subset of SPFx's MSGraphClientV3 (and @microsoft/microsoft-graph-client's Client) the outbox uses. */
export interface GraphClientLike {
  api(path: string): { post(body: unknown): Promise<unknown> };
}
