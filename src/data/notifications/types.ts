import type { ArticleLanguage } from '../knowledge/types';

/** Someone to inform. */
export interface NotificationRecipient {
  email: string;
  displayName: string;
  language: ArticleLanguage;
}

/** One notification caused by one change of a ticket (a domain event), for one or more recipients. */
export interface OutgoingNotification {
  /** Ticket the notification is about. */
  ticketId: number;
  /** Stable key of the change (ticket + change sequence + action): the same change always has the same key. */
  changeKey: string;
  /** Template key in HelpSettings (`notifications.template.<key>`). */
  template: string;
  recipients: NotificationRecipient[];
  /** Template values (ticket title, status label, link …); the recipient's name is added per recipient. */
  values: Record<string, unknown>;
}

/** What happened to one recipient's mail. */
export interface DeliveryResult {
  email: string;
  /** The per-recipient key recorded in HelpNotifications.HCChangeKey. */
  key: string;
  outcome: 'sent' | 'alreadySent' | 'recordedByAnother' | 'failed';
  /** Why sending failed (the item stays unsent and is retried on the next desk load). */
  error?: string;
}

/** The subset of SPFx's MSGraphClientV3 (and @microsoft/microsoft-graph-client's Client) the outbox uses. */
export interface GraphClientLike {
  api(path: string): { post(body: unknown): Promise<unknown> };
}
