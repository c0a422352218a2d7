import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RawHelpNotificationsItem } from '../schema/items.generated';
import { forEachPage } from '../paging';
import { isDuplicateValueError, odataString } from './spErrors';
import { MailTemplate, renderMail } from './templates';
import type { DeliveryResult, GraphClientLike, NotificationRecipient, OutgoingNotification } from './types';

const LIST = 'HelpNotifications';
/** How far back the acting person's unsent notifications are retried (Created is indexed). */
const RETRY_WINDOW_DAYS = 7;
/** HCChangeKey is a 200-character text column. */
const MAX_KEY = 200;

type OutboxRow = Pick<RawHelpNotificationsItem, 'Id' | 'HCChangeKey' | 'HCSentAt' | 'AuthorId' | 'HCTemplate' | 'HCLanguage' | 'HCRecipients' | 'HCTicketId' | 'Title'>;

/** Where the outbox finds templates (HelpSettings, cached by the caller). */
export type TemplateSource = (key: string) => Promise<MailTemplate | undefined>;

/**
 * The notification outbox of ARCHITECTURE.md: every mail is first recorded in HelpNotifications under a
 * unique change key (one item per change and recipient), then sent with Microsoft Graph `POST /me/sendMail`
 * as the acting person, then marked sent. A retry of the same change finds its items and never records or
 * sends twice; an item another client recorded first is left to that client (it is its author who sends
 * it and who retries it on the next desk load). SharePoint's SendEmail API is not used: it was retired.
 */
export class NotificationOutbox {
  /** @param sp PnPjs bound to the help center site; @param graph SPFx's MSGraphClientV3; @param currentUserId the acting person's site user id. */
  public constructor(
    private readonly sp: SPFI,
    private readonly graph: GraphClientLike,
    private readonly templates: TemplateSource,
    private readonly currentUserId: number
  ) {}

  /** The per-recipient key recorded in HCChangeKey. */
  public static recipientKey(changeKey: string, email: string): string {
    const key = `${changeKey}|${email.toLowerCase()}`;
    return key.length <= MAX_KEY ? key : `${key.slice(0, MAX_KEY - 9)}~${hash(key)}`;
  }

  /** Records, sends and marks one change's notifications; safe to call again with the same change key. */
  public async notify(notification: OutgoingNotification): Promise<DeliveryResult[]> {
    const template = await this.templates(notification.template);
    if (!template) throw new Error(`Notification template "${notification.template}" is missing from HelpSettings.`);
    const recipients = dedupeRecipients(notification.recipients);
    const rows = await this.record(notification, recipients);
    const results: DeliveryResult[] = [];
    for (const r of recipients) {
      const key = NotificationOutbox.recipientKey(notification.changeKey, r.email);
      const row = rows.get(key);
      if (!row) { results.push({ email: r.email, key, outcome: 'failed', error: 'not recorded' }); continue; }
      if (row.HCSentAt) { results.push({ email: r.email, key, outcome: 'alreadySent' }); continue; }
      if (row.AuthorId !== this.currentUserId) { results.push({ email: r.email, key, outcome: 'recordedByAnother' }); continue; }
      const mail = renderMail(template, r.language, { ...notification.values, recipientName: r.displayName });
      results.push(await this.send(row.Id, key, r, mail.subject, mail.htmlBody));
    }
    return results;
  }

  /** Sends the acting person's recorded but unsent notifications of the last days (called when the desk loads). */
  public async retryUnsent(now: Date = new Date()): Promise<DeliveryResult[]> {
    const since = new Date(now.getTime() - RETRY_WINDOW_DAYS * 86400000).toISOString();
    const rows: OutboxRow[] = [];
    await forEachPage<OutboxRow>(this.sp.web.lists.getByTitle(LIST).items
      .select('Id', 'Title', 'HCChangeKey', 'HCSentAt', 'AuthorId', 'HCTemplate', 'HCLanguage', 'HCRecipients', 'HCTicketId')
      .filter(`AuthorId eq ${this.currentUserId} and Created ge datetime'${since}'`)
      .top(500), page => { rows.push(...page.filter(r => !r.HCSentAt)); });
    const results: DeliveryResult[] = [];
    for (const row of rows) {
      const stored = parseStoredMail(row.HCRecipients || undefined);
      const key = row.HCChangeKey || '';
      if (!stored) { results.push({ email: '', key, outcome: 'failed', error: 'no stored recipient' }); continue; }
      results.push(await this.send(row.Id, key, stored.recipient, stored.subject, stored.htmlBody));
    }
    return results;
  }

  /** Adds the missing items in one batch; returns every recipient's item (added now or found). */
  private async record(n: OutgoingNotification, recipients: NotificationRecipient[]): Promise<Map<string, OutboxRow>> {
    const keys = recipients.map(r => NotificationOutbox.recipientKey(n.changeKey, r.email));
    const found = await this.findByKeys(keys);
    const missing = recipients.filter((r, i) => !found.has(keys[i]));
    if (missing.length) {
      const template = await this.templates(n.template);
      const [batched, execute] = this.sp.batched();
      const list = batched.web.lists.getByTitle(LIST);
      const adds = missing.map(r => {
        const key = NotificationOutbox.recipientKey(n.changeKey, r.email);
        const mail = template ? renderMail(template, r.language, { ...n.values, recipientName: r.displayName }) : { subject: '', htmlBody: '' };
        return list.items.add({
          Title: mail.subject.slice(0, 255),
          HCTicketId: n.ticketId,
          HCChangeKey: key,
          HCTemplate: n.template,
          HCLanguage: r.language,
          // The rendered mail is kept so that a retry sends exactly what the change produced.
          HCRecipients: JSON.stringify({ recipient: r, subject: mail.subject, htmlBody: mail.htmlBody })
        }).catch((e: unknown) => { if (!isDuplicateValueError(e)) throw e; });
      });
      await execute();
      await Promise.all(adds);
      const again = await this.findByKeys(keys);
      again.forEach((v, k) => found.set(k, v));
    }
    return found;
  }

  private async findByKeys(keys: string[]): Promise<Map<string, OutboxRow>> {
    const out = new Map<string, OutboxRow>();
    // HCChangeKey is indexed; a handful of equality clauses per request keeps the URL short.
    for (let i = 0; i < keys.length; i += 10) {
      const chunk = keys.slice(i, i + 10);
      const rows = await this.sp.web.lists.getByTitle(LIST).items
        .select('Id', 'Title', 'HCChangeKey', 'HCSentAt', 'AuthorId', 'HCTemplate', 'HCLanguage', 'HCRecipients', 'HCTicketId')
        .filter(chunk.map(k => `HCChangeKey eq ${odataString(k)}`).join(' or '))
        .top(chunk.length)() as OutboxRow[];
      rows.forEach(r => { if (r.HCChangeKey) out.set(r.HCChangeKey, r); });
    }
    return out;
  }

  private async send(itemId: number, key: string, r: NotificationRecipient, subject: string, htmlBody: string): Promise<DeliveryResult> {
    const item = this.sp.web.lists.getByTitle(LIST).items.getById(itemId);
    try {
      await this.graph.api('/me/sendMail').post({
        message: {
          subject,
          body: { contentType: 'HTML', content: htmlBody },
          toRecipients: [{ emailAddress: { address: r.email, name: r.displayName } }]
        },
        saveToSentItems: false
      });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      await item.update({ HCError: error.slice(0, 2000) }).catch(() => undefined);
      return { email: r.email, key, outcome: 'failed', error };
    }
    await item.update({ HCSentAt: new Date().toISOString(), HCError: null });
    return { email: r.email, key, outcome: 'sent' };
  }
}

function dedupeRecipients(recipients: NotificationRecipient[]): NotificationRecipient[] {
  const seen = new Set<string>();
  return recipients.filter(r => {
    const email = (r.email || '').trim().toLowerCase();
    if (!email || seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}

function parseStoredMail(json: string | undefined): { recipient: NotificationRecipient; subject: string; htmlBody: string } | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as { recipient?: NotificationRecipient; subject?: string; htmlBody?: string };
    return v.recipient && typeof v.subject === 'string' && typeof v.htmlBody === 'string'
      ? { recipient: v.recipient, subject: v.subject, htmlBody: v.htmlBody } : undefined;
  } catch {
    return undefined;
  }
}

/** Short stable hash (FNV-1a) to keep over-long keys unique within the column's length. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
