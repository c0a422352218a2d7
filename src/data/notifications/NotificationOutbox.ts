import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RawHelpNotificationsItem } from '../schema/items.generated';
import { forEachPage } from '../paging';
import { isPreconditionFailed, odataString } from './spErrors';
import { WRITE_ATTEMPTS, firstWritten, isRetryableWriteFailure, retryDelayMs, sendOnce, wait } from '../idempotent';
import { MailTemplate, renderMail } from './templates';
import type { DeliveryResult, GraphClientLike, NotificationRecipient, OutgoingNotification } from './types';

const LIST = 'HelpNotifications';
/** How far back unsent notifications are retried (Created is indexed). */
const RETRY_WINDOW_DAYS = 7;
/** HCChangeKey is a 200-character text column. */
const MAX_KEY = 200;
/** A claim older than this is taken to be a sender that crashed (closed tab) and may be taken over. */
export const CLAIM_STALE_MS = 10 * 60000;
/** Reads and conditional writes of one claim before leaving the row to whoever holds it. */
const CLAIM_ATTEMPTS = 3;
/** The claim is written in HCError (the row's status text) as `Sending: <site user id> <nonce> <ISO time>`. */
const CLAIM_PREFIX = 'Sending: ';
const SELECT = ['Id', 'Title', 'HCChangeKey', 'HCSentAt', 'HCError', 'AuthorId', 'EditorId', 'HCTemplate', 'HCLanguage', 'HCRecipients', 'HCTicketId'];

type OutboxRow = Pick<RawHelpNotificationsItem, 'Id' | 'HCChangeKey' | 'HCSentAt' | 'HCError' | 'AuthorId' | 'EditorId' | 'HCTemplate' | 'HCLanguage' | 'HCRecipients' | 'HCTicketId' | 'Title'> & { 'odata.etag'?: string };

/** Where the outbox finds templates (HelpSettings, cached by the caller). */
export type TemplateSource = (key: string) => Promise<MailTemplate | undefined>;

/** A sender's mark on a row: who, which attempt (nonce), since when. */
interface Claim { userId: number; nonce: string; at: number }

export function claimText(c: Claim): string {
  return `${CLAIM_PREFIX}${c.userId} ${c.nonce} ${new Date(c.at).toISOString()}`;
}

export function parseClaim(text: string | undefined): Claim | undefined {
  const m = /^Sending: (\d+) (\S+) (\S+)$/.exec(text || '');
  const at = m ? Date.parse(m[3]) : NaN;
  return m && !isNaN(at) ? { userId: Number(m[1]), nonce: m[2], at } : undefined;
}

/**
 * The notification outbox of ARCHITECTURE.md: every mail is first recorded in HelpNotifications under a change
 * key (one item per change and recipient, HCChangeKey indexed), then claimed, sent with Microsoft Graph
 * `POST /me/sendMail` as the acting person, and marked sent. SharePoint's SendEmail API is not used: it was retired.
 *
 * Exactly once without a unique column (SharePoint refuses one on this list, which has item-level security):
 * - recording looks the keys up first, adds the missing items sent once (no blind retry), and looks again after a
 *   failure; when two clients raced and a key has two items, the first written (lowest Id) is the one that counts
 *   and the other client recycles its own (src/data/idempotent.ts);
 * - before sending, the client claims the row with a conditional update (IF-MATCH on the ETag it just read) that
 *   writes `Sending: <its user id> <nonce> <time>` in HCError; a 412 means another client changed the row first
 *   (it has the claim, or sent it). Only the claim holder sends; a claim older than CLAIM_STALE_MS (the sender's
 *   tab closed mid-way) may be taken over the same way. A sent row (HCSentAt) is never sent again.
 * - `retryUnsent` (the desk's housekeeping, the requester's "My requests") sends the person's own unsent rows of
 *   the last days, those nobody else saved since: a row holds the mail as rendered, so nobody's mailbox sends
 *   text its owner did not write; two tabs retrying at once send it once (the claim).
 * At-least-once remains only where nothing can tell: Graph accepted the mail but its answer was lost, or the
 * sender crashed between sending and marking the row (the mail goes again after the claim goes stale).
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

  /** Records, claims, sends and marks one change's notifications; safe to call again with the same change key, from any number of clients. */
  public async notify(notification: OutgoingNotification, now: () => Date = () => new Date()): Promise<DeliveryResult[]> {
    const template = await this.templates(notification.template);
    if (!template) throw new Error(`Notification template "${notification.template}" is missing from HelpSettings.`);
    const recipients = dedupeRecipients(notification.recipients);
    const rows = await this.record(notification, recipients);
    const results: DeliveryResult[] = [];
    for (const r of recipients) {
      const key = NotificationOutbox.recipientKey(notification.changeKey, r.email);
      const group = rows.get(key);
      const row = group && firstWritten(group);
      if (!group || !row) { results.push({ email: r.email, key, outcome: 'failed', error: 'not recorded' }); continue; }
      if (group.some(g => !!g.HCSentAt)) { results.push({ email: r.email, key, outcome: 'alreadySent' }); continue; }
      const mail = renderMail(template, r.language, { ...notification.values, recipientName: r.displayName });
      results.push(await this.claimAndSend(row.Id, key, r, mail.subject, mail.htmlBody, now));
    }
    return results;
  }

  /**
   * Sends the person's own recorded but unsent notifications of the last days that nobody is sending (the desk's
   * housekeeping and the requester's pages call it when they load). Only rows the person wrote themself: a row
   * holds the mail as it was rendered, and anyone who can add a row could otherwise have an agent's desk send
   * their text from the agent's mailbox (agents read every row). `AuthorId` is indexed, so it leads the filter.
   */
  public async retryUnsent(now: Date = new Date()): Promise<DeliveryResult[]> {
    const since = new Date(now.getTime() - RETRY_WINDOW_DAYS * 86400000).toISOString();
    const rows: OutboxRow[] = [];
    await forEachPage<OutboxRow>(this.sp.web.lists.getByTitle(LIST).items
      .select(...SELECT).filter(`AuthorId eq ${this.currentUserId} and Created ge datetime'${since}'`).top(500), page => { rows.push(...page); });
    // A row someone else saved since (an agent may edit any row) holds text its author did not write: not sent.
    const byKey = groupByKey(rows.filter(r => r.AuthorId === this.currentUserId && r.EditorId === this.currentUserId));
    const results: DeliveryResult[] = [];
    const keys: string[] = [];
    byKey.forEach((_group, key) => { keys.push(key); });
    for (const key of keys) {
      const group = byKey.get(key) as OutboxRow[];
      if (group.some(g => !!g.HCSentAt)) continue;
      const row = firstWritten(group)!;
      const claim = parseClaim(row.HCError || undefined);
      // Someone is sending it right now: not this run's business.
      if (claim && now.getTime() - claim.at < CLAIM_STALE_MS) continue;
      const stored = parseStoredMail(row.HCRecipients || undefined);
      if (!stored) { results.push({ email: '', key, outcome: 'failed', error: 'no stored recipient' }); continue; }
      results.push(await this.claimAndSend(row.Id, key, stored.recipient, stored.subject, stored.htmlBody, () => now));
    }
    return results;
  }

  /** Adds the missing items (one batch, sent once, looked up before and after); returns every key's items. */
  private async record(n: OutgoingNotification, recipients: NotificationRecipient[]): Promise<Map<string, OutboxRow[]>> {
    const keys = recipients.map(r => NotificationOutbox.recipientKey(n.changeKey, r.email));
    let found = await this.findByKeys(keys);
    const added: number[] = [];
    let lastError: unknown;
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      if (attempt > 0) {
        await wait(retryDelayMs(lastError, attempt - 1));
        found = await this.findByKeys(keys);
      }
      const missing = recipients.filter((r, i) => !found.has(keys[i]));
      if (!missing.length) break;
      const template = await this.templates(n.template);
      const [batched, execute] = sendOnce(this.sp).batched();
      const list = batched.web.lists.getByTitle(LIST);
      const failures: unknown[] = [];
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
        }).then((item: { Id: number }) => { added.push(item.Id); }, (e: unknown) => { failures.push(e); });
      });
      try {
        await execute();
      } catch (e) {
        failures.push(e);
      }
      await Promise.all(adds);
      lastError = failures[0];
      if (!failures.length) break;
      // A lost answer or a 5xx may hide adds that landed: the next attempt looks first.
      if (!isRetryableWriteFailure(lastError)) break;
    }
    found = await this.findByKeys(keys);
    // Two clients raced past the lookup: the first written item of each key counts, this client recycles its own others.
    const groups: OutboxRow[][] = [];
    found.forEach(group => { groups.push(group); });
    for (const group of groups) {
      const first = firstWritten(group)!;
      for (const g of group) {
        if (g.Id !== first.Id && added.indexOf(g.Id) >= 0) {
          await sendOnce(this.sp).web.lists.getByTitle(LIST).items.getById(g.Id).recycle()
            .catch((e: unknown) => console.warn(`[HelpCenter] Duplicate notification ${g.Id} not recycled (${first.Id} counts):`, e));
        }
      }
    }
    if (lastError && !keys.every(k => found.has(k))) throw lastError;
    return found;
  }

  /** Every item of each key (HCChangeKey is indexed; a handful of equality clauses per request keeps the URL short). */
  private async findByKeys(keys: string[]): Promise<Map<string, OutboxRow[]>> {
    const rows: OutboxRow[] = [];
    for (let i = 0; i < keys.length; i += 10) {
      const chunk = keys.slice(i, i + 10);
      rows.push(...await this.sp.web.lists.getByTitle(LIST).items.select(...SELECT)
        .filter(chunk.map(k => `HCChangeKey eq ${odataString(k)}`).join(' or ')).orderBy('ID', true).top(100)() as OutboxRow[]);
    }
    return groupByKey(rows);
  }

  /**
   * Takes the row for this client: reads it with its ETag and writes the claim with IF-MATCH. 'sent' when it was
   * sent meanwhile, 'taken' when another client holds a live claim (or wins the conditional write).
   */
  private async claim(itemId: number, at: Date): Promise<{ outcome: 'mine' | 'sent' | 'taken'; etag?: string }> {
    const item = this.sp.web.lists.getByTitle(LIST).items.getById(itemId);
    const nonce = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
    const mark = claimText({ userId: this.currentUserId, nonce, at: at.getTime() });
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const row = await item.select('Id', 'HCSentAt', 'HCError')<OutboxRow>();
      if (row.HCSentAt) return { outcome: 'sent' };
      const held = parseClaim(row.HCError || undefined);
      if (held && held.nonce === nonce) return { outcome: 'mine' }; // an earlier attempt's answer was lost, not its write
      if (held && at.getTime() - held.at < CLAIM_STALE_MS) return { outcome: 'taken' };
      try {
        await sendOnce(this.sp).web.lists.getByTitle(LIST).items.getById(itemId).update({ HCError: mark }, row['odata.etag'] || '*');
        return { outcome: 'mine' };
      } catch (e) {
        // 412: someone changed the row since it was read (claimed or sent it): read again to see which.
        if (!isPreconditionFailed(e) && !isRetryableWriteFailure(e)) throw e;
        if (!isPreconditionFailed(e)) await wait(retryDelayMs(e, attempt));
      }
    }
    const last = await item.select('Id', 'HCSentAt', 'HCError')<OutboxRow>();
    if (last.HCSentAt) return { outcome: 'sent' };
    const held = parseClaim(last.HCError || undefined);
    return { outcome: held && held.nonce === nonce ? 'mine' : 'taken' };
  }

  private async claimAndSend(itemId: number, key: string, r: NotificationRecipient, subject: string, htmlBody: string, now: () => Date): Promise<DeliveryResult> {
    let claimed: 'mine' | 'sent' | 'taken';
    try {
      claimed = (await this.claim(itemId, now())).outcome;
    } catch (e) {
      return { email: r.email, key, outcome: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
    if (claimed === 'sent') return { email: r.email, key, outcome: 'alreadySent' };
    if (claimed === 'taken') return { email: r.email, key, outcome: 'recordedByAnother' };
    return this.send(itemId, key, r, subject, htmlBody);
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
      // Also gives the claim back: the next housekeeping may send it.
      await item.update({ HCError: error.slice(0, 2000) }).catch(() => undefined);
      return { email: r.email, key, outcome: 'failed', error };
    }
    // The mail is out: marking it is retried (an update is idempotent), so that nobody sends it again.
    for (let attempt = 0; ; attempt++) {
      try {
        await item.update({ HCSentAt: new Date().toISOString(), HCError: null });
        break;
      } catch (e) {
        if (!isRetryableWriteFailure(e) || attempt >= 3) {
          console.error(`[HelpCenter] Notification ${itemId} was sent but could not be marked sent:`, e);
          break;
        }
        await wait(retryDelayMs(e, attempt));
      }
    }
    return { email: r.email, key, outcome: 'sent' };
  }
}

function groupByKey(rows: OutboxRow[]): Map<string, OutboxRow[]> {
  const out = new Map<string, OutboxRow[]>();
  rows.forEach(r => {
    if (!r.HCChangeKey) return;
    const group = out.get(r.HCChangeKey);
    if (group) group.push(r); else out.set(r.HCChangeKey, [r]);
  });
  return out;
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
