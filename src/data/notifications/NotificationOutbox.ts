import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { forEachPage } from '../sp/paging';
import { httpStatus, isPreconditionFailed } from '../sp/errors';
import { anyOfChunks } from '../sp/odata';
import { helpList } from '../sp/lists';
import { WRITE_ATTEMPTS, firstWritten, isRetryableWriteFailure, retryDelayMs, sendOnce, wait } from '../idempotent';
import { MailTemplate, RenderedMail, mailValues, parseMailValues, renderMail } from './templates';
import { flowTemplateProblems, hasUnescapedTags } from './flowRendering';
import { settingsSenderMode, settingsTemplateSource } from './templateSource';
import type { DeliveryResult, GraphClientLike, NotificationRecipient, OutgoingNotification, SenderMode } from './types';
import { CLAIM_STALE_MS, NOT_SENT_PREFIX, OutboxList, OutboxRow, claimText, dedupeRecipients, groupByKey, hash, isOldFormat, outboxSelect, parseClaim, parseRecipient } from './outboxRows';

export { CLAIM_STALE_MS, NOT_SENT_PREFIX, claimText, parseClaim } from './outboxRows';
export type { OutboxList } from './outboxRows';

/** How far back unsent notifications are retried (Created is indexed). */
const RETRY_WINDOW_DAYS = 7;
/** HCChangeKey is a 200-character text column. */
const MAX_KEY = 200;
/** Reads and conditional writes of one claim before leaving the row to whoever holds it. */
const CLAIM_ATTEMPTS = 3;


/** What one send attempt does once the row is claimed: send this mail, or mark the row not sent, for this reason. */
type Prepared = { mail: RenderedMail; notSent?: undefined } | { mail?: undefined; notSent: string };

/** Optional wiring of the outbox (tests and callers that already know the setting). */
export interface OutboxOptions {
  /** Who sends: HelpSettings `notifications.sender` by default (read once per outbox). */
  senderMode?: () => Promise<SenderMode>;
  /** The list the mails are recorded in: HelpNotifications (tickets) by default, ArticleNotifications for the knowledge workflow. */
  list?: OutboxList;
}

/** Where the outbox finds templates (HelpSettings, cached by the caller). */
export type TemplateSource = (key: string) => Promise<MailTemplate | undefined>;


/**
 * The notification outbox of ARCHITECTURE.md (the knowledge workflow's mails: the same in ArticleNotifications, see
 * OutboxOptions.list): every mail is first recorded in HelpNotifications under a change
 * key (one item per change and recipient, HCChangeKey indexed), then claimed, sent, and marked sent. SharePoint's
 * SendEmail API is not used: it was retired.
 *
 * A row holds the recipient (HCRecipients) and the template values (HCValues, text), never a rendered mail: whoever
 * sends renders the HelpSettings template with those values at that moment — this browser with mustache.js, or the
 * server-side flow with the same rules (flowRendering.ts) — so nothing ever sends HTML stored in a list, and values
 * are always HTML-escaped. Who sends is HelpSettings `notifications.sender`: `browser` (default: Graph
 * `POST /me/sendMail` as the acting person) or `server` (rows are recorded with HCSender = 'server' and left to the
 * flow, which sends them from the help desk's mailbox; `notify` answers 'queued').
 *
 * Exactly once without a unique column (SharePoint refuses one on this list, which has item-level security):
 * - recording looks the keys up first, adds the missing items sent once (no blind retry), and looks again after a
 *   failure; when two clients raced and a key has two items, the first written (lowest Id) is the one that counts
 *   and the other client recycles its own (src/data/idempotent.ts);
 * - before sending, the client claims the row with a conditional update (IF-MATCH on the ETag it just read) that
 *   writes `Sending: <its user id> <nonce> <time>` in HCError; a 412 means another client changed the row first
 *   (it has the claim, or sent it). Only the claim holder sends; a claim older than CLAIM_STALE_MS (the sender's
 *   tab closed mid-way) may be taken over the same way. A sent row (HCSentAt) is never sent again. The flow
 *   claims the same way, with the same text.
 * - `retryUnsent` (the desk's housekeeping, the requester's "My requests") sends the person's own unsent browser
 *   rows of the last days, those nobody else saved since, from their own mailbox; two tabs retrying at once send
 *   it once (the claim). A row that cannot be sent as it stands (no values, a template missing or unsafe, a row of
 *   the old format that held rendered HTML) is marked `Not sent: <why>` in HCError and left alone afterwards.
 * At-least-once remains only where nothing can tell: Graph accepted the mail but its answer was lost, or the
 * sender crashed between sending and marking the row (the mail goes again after the claim goes stale).
 */
export class NotificationOutbox {
  private readonly senderMode: () => Promise<SenderMode>;
  private readonly list: OutboxList;
  private readonly select: string[];

  /**
   * @param sp PnPjs bound to the help center site; @param graph SPFx's MSGraphClientV3; @param templates where
   * templates are read; @param currentUserId the acting person's site user id; @param options the sender mode
   * (HelpSettings by default).
   */
  public constructor(
    private readonly sp: SPFI,
    private readonly graph: GraphClientLike,
    private readonly templates: TemplateSource,
    private readonly currentUserId: number,
    options: OutboxOptions = {}
  ) {
    this.senderMode = options.senderMode || settingsSenderMode(sp);
    this.list = options.list || 'HelpNotifications';
    this.select = outboxSelect(this.list);
  }

  /** The per-recipient key recorded in HCChangeKey. */
  public static recipientKey(changeKey: string, email: string): string {
    const key = `${changeKey}|${email.toLowerCase()}`;
    return key.length <= MAX_KEY ? key : `${key.slice(0, MAX_KEY - 9)}~${hash(key)}`;
  }

  /**
   * Records, claims, sends and marks one change's notifications (in server mode: records them for the flow, and
   * answers 'queued'); safe to call again with the same change key, from any number of clients.
   */
  public async notify(notification: OutgoingNotification, now: () => Date = () => new Date()): Promise<DeliveryResult[]> {
    const all = dedupeRecipients(notification.recipients);
    const mode = await this.senderMode();
    // Each template of the change once: missing is an error, unsafe (or, for the flow, not stored) fails its recipients.
    const refusals: { [template: string]: string | undefined } = {};
    for (const name of all.map(r => mailOf(notification, r).template).filter((t, i, list) => list.indexOf(t) === i)) {
      const template = await this.templates(name);
      if (!template) throw new Error(`Notification template "${name}" is missing from HelpSettings.`);
      refusals[name] = await this.refusal(name, template, mode);
      if (refusals[name]) console.error(`[HelpCenter] ${refusals[name]}`);
    }
    const results: DeliveryResult[] = [];
    const recipients = all.filter(r => {
      const refused = refusals[mailOf(notification, r).template];
      if (refused) results.push({ email: r.email, key: NotificationOutbox.recipientKey(notification.changeKey, r.email), outcome: 'failed', error: refused });
      return !refused;
    });
    const rows = recipients.length ? await this.record(notification, recipients, mode) : new Map<string, OutboxRow[]>();
    for (const r of recipients) {
      const key = NotificationOutbox.recipientKey(notification.changeKey, r.email);
      const group = rows.get(key);
      const row = group && firstWritten(group);
      if (!group || !row) { results.push({ email: r.email, key, outcome: 'failed', error: 'not recorded' }); continue; }
      if (group.some(g => !!g.HCSentAt)) { results.push({ email: r.email, key, outcome: 'alreadySent' }); continue; }
      if ((row.HCError || '').indexOf(NOT_SENT_PREFIX) === 0) { results.push({ email: r.email, key, outcome: 'failed', error: row.HCError || '' }); continue; }
      // The row decides, not this client's setting: a row recorded for the flow is the flow's to send.
      if (row.HCSender === 'server') { results.push({ email: r.email, key, outcome: 'queued' }); continue; }
      results.push(await this.deliver(row, key, now));
    }
    return results;
  }

  /**
   * Sends the person's own recorded but unsent notifications of the last days that nobody is sending (the desk's
   * housekeeping calls it when the desk loads; a requester, who cannot read the outbox, has none). Only rows the
   * person wrote themself and nobody saved since: anyone else's row would have this person's mailbox send values
   * they did not write (agents read every row). Rows for the server-side flow are its own. `AuthorId` is indexed,
   * so it leads the filter.
   */
  public async retryUnsent(now: Date = new Date()): Promise<DeliveryResult[]> {
    const since = new Date(now.getTime() - RETRY_WINDOW_DAYS * 86400000).toISOString();
    const rows: OutboxRow[] = [];
    try {
      await forEachPage<OutboxRow>(helpList(this.sp, this.list).items
        .select(...this.select).filter(`AuthorId eq ${this.currentUserId} and Created ge datetime'${since}'`).top(500), page => { rows.push(...page); });
    } catch (e) {
      // Only the desk records mail: someone who cannot see the outbox (a requester) has nothing of theirs to send.
      if (isNoAccess(e)) return [];
      throw e;
    }
    const byKey = groupByKey(rows.filter(r => r.AuthorId === this.currentUserId && r.EditorId === this.currentUserId));
    const results: DeliveryResult[] = [];
    const keys: string[] = [];
    byKey.forEach((_group, key) => { keys.push(key); });
    for (const key of keys) {
      const group = byKey.get(key) as OutboxRow[];
      if (group.some(g => !!g.HCSentAt)) continue;
      const row = firstWritten(group)!;
      if (row.HCSender === 'server') continue;
      // Marked not sendable as it stands: left to an owner (who clears HCError to have it tried again).
      if ((row.HCError || '').indexOf(NOT_SENT_PREFIX) === 0) continue;
      const claim = parseClaim(row.HCError || undefined);
      // Someone is sending it right now: not this run's business.
      if (claim && now.getTime() - claim.at < CLAIM_STALE_MS) continue;
      results.push(await this.deliver(row, key, () => now));
    }
    return results;
  }

  /** Why this change's mails cannot be recorded as asked (undefined: they can). */
  private async refusal(key: string, template: MailTemplate, mode: SenderMode): Promise<string | undefined> {
    if (hasUnescapedTags(template)) return `Notification template "${key}" inserts a value without HTML escaping ({{{x}}} or {{&x}}): no mail is sent with it.`;
    if (mode !== 'server') return undefined;
    // The flow renders the HelpSettings template only (never a built-in fallback), with its own rules.
    const stored = await settingsTemplateSource(this.sp)(key);
    if (!stored) return `Notification template "${key}" is not in HelpSettings: the server-side sender renders only templates stored there.`;
    const problems = flowTemplateProblems(stored);
    return problems.length ? `Notification template "${key}" is outside what the server-side sender renders: ${problems.join('; ')}.` : undefined;
  }

  /** Claims a browser row, renders its template with its stored values now, and sends it (or marks it not sent). */
  private async deliver(row: OutboxRow, key: string, now: () => Date): Promise<DeliveryResult> {
    const recipient = parseRecipient(row.HCRecipients);
    const prepare = async (): Promise<Prepared> => {
      if (!recipient) return { notSent: 'no recipient in HCRecipients' };
      const values = parseMailValues(row.HCValues);
      if (!values) {
        return { notSent: isOldFormat(row.HCRecipients)
          ? 'recorded before mails were rendered when sent (the row holds rendered HTML, which is never sent)'
          : 'HCValues is missing or holds a value that is not text' };
      }
      const template = row.HCTemplate ? await this.templates(row.HCTemplate) : undefined;
      if (!template) return { notSent: `the template "${row.HCTemplate || ''}" is not in HelpSettings` };
      if (hasUnescapedTags(template)) return { notSent: `the template "${row.HCTemplate}" inserts a value without HTML escaping` };
      return { mail: renderMail(template, row.HCLanguage === 'en' ? 'en' : 'fr', values) };
    };
    return this.claimAndSend(row.Id, key, recipient || { email: '', displayName: '', language: 'fr' }, prepare, now);
  }

  /** Adds the missing items (one batch, sent once, looked up before and after); returns every key's items. */
  private async record(n: OutgoingNotification, recipients: NotificationRecipient[], mode: SenderMode): Promise<Map<string, OutboxRow[]>> {
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
      const names = missing.map(r => mailOf(n, r).template).filter((t, i, list) => list.indexOf(t) === i);
      const read = await Promise.all(names.map(name => this.templates(name)));
      const templates: { [name: string]: MailTemplate | undefined } = {};
      names.forEach((name, i) => { templates[name] = read[i]; });
      const [batched, execute] = sendOnce(this.sp).batched();
      const list = helpList(batched, this.list);
      const failures: unknown[] = [];
      const adds = missing.map(r => {
        const key = NotificationOutbox.recipientKey(n.changeKey, r.email);
        const own = mailOf(n, r);
        const values = mailValues(own.values, r.language, r.displayName);
        const template = templates[own.template];
        return list.items.add({
          // The list view's subject only: no sender ever reads it.
          Title: template ? renderMail(template, r.language, values).subject.slice(0, 255) : own.template,
          // The article outbox has no ticket column (a ticket mail is never recorded there).
          ...(this.list === 'HelpNotifications' ? { HCTicketId: n.ticketId || null } : {}),
          HCChangeKey: key,
          HCTemplate: own.template,
          HCLanguage: r.language,
          HCSender: mode,
          HCRecipients: JSON.stringify({ recipient: r }),
          // The values, as text: each sender renders the template with them when it sends.
          HCValues: JSON.stringify(values)
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
          await helpList(sendOnce(this.sp), this.list).items.getById(g.Id).recycle()
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
    for (const filter of anyOfChunks('HCChangeKey', keys, 10)) {
      rows.push(...await helpList(this.sp, this.list).items.select(...this.select).filter(filter).orderBy('ID', true).top(100)() as OutboxRow[]);
    }
    return groupByKey(rows);
  }

  /**
   * Takes the row for this client: reads it with its ETag and writes the claim with IF-MATCH. 'sent' when it was
   * sent meanwhile, 'taken' when another client holds a live claim (or wins the conditional write).
   */
  private async claim(itemId: number, at: Date): Promise<{ outcome: 'mine' | 'sent' | 'taken'; etag?: string }> {
    const item = helpList(this.sp, this.list).items.getById(itemId);
    const nonce = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
    const mark = claimText({ userId: this.currentUserId, nonce, at: at.getTime() });
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const row = await item.select('Id', 'HCSentAt', 'HCError')<OutboxRow>();
      if (row.HCSentAt) return { outcome: 'sent' };
      const held = parseClaim(row.HCError || undefined);
      if (held && held.nonce === nonce) return { outcome: 'mine' }; // an earlier attempt's answer was lost, not its write
      if (held && at.getTime() - held.at < CLAIM_STALE_MS) return { outcome: 'taken' };
      try {
        await helpList(sendOnce(this.sp), this.list).items.getById(itemId).update({ HCError: mark }, row['odata.etag'] || '*');
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

  private async claimAndSend(itemId: number, key: string, r: NotificationRecipient, prepare: () => Promise<Prepared>, now: () => Date): Promise<DeliveryResult> {
    let claimed: 'mine' | 'sent' | 'taken';
    try {
      claimed = (await this.claim(itemId, now())).outcome;
    } catch (e) {
      return { email: r.email, key, outcome: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
    if (claimed !== 'mine') return { email: r.email, key, outcome: claimed === 'sent' ? 'alreadySent' : 'recordedByAnother' };
    let prepared: Prepared;
    try {
      // Rendered now, from the template as it stands and the row's values, by the claim holder.
      prepared = await prepare();
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      // The template could not be read: the claim is given back, the next retry tries again.
      await helpList(this.sp, this.list).items.getById(itemId).update({ HCError: error.slice(0, 2000) }).catch(() => undefined);
      return { email: r.email, key, outcome: 'failed', error };
    }
    if (prepared.notSent !== undefined) {
      const error = `${NOT_SENT_PREFIX}${prepared.notSent}`;
      console.warn(`[HelpCenter] Notification ${itemId} is not sent: ${prepared.notSent}.`);
      await helpList(this.sp, this.list).items.getById(itemId).update({ HCError: error })
        .catch((e: unknown) => console.error(`[HelpCenter] Notification ${itemId} could not be marked not sent:`, e));
      return { email: r.email, key, outcome: 'failed', error };
    }
    return this.send(itemId, key, r, prepared.mail);
  }

  private async send(itemId: number, key: string, r: NotificationRecipient, mail: RenderedMail): Promise<DeliveryResult> {
    const item = helpList(this.sp, this.list).items.getById(itemId);
    try {
      await this.graph.api('/me/sendMail').post({
        message: {
          subject: mail.subject,
          body: { contentType: 'HTML', content: mail.htmlBody },
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

/** The template and values a recipient of a change is told with: their own, or the change's. */
function mailOf(n: OutgoingNotification, r: NotificationRecipient): { template: string; values: Record<string, unknown> } {
  return (n.own && n.own[r.email.toLowerCase()]) || { template: n.template, values: n.values };
}

/** SharePoint's answer to someone without rights on the list: 403, or 404 (a list they cannot see does not exist for them). */
function isNoAccess(e: unknown): boolean {
  const status = httpStatus(e);
  return status === 403 || status === 404;
}
