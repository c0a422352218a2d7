import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { viewerReader } from './viewer';
import { odataString } from '../sp/odata';
import { firstWritten, sendOnce, writeOnce } from '../idempotent';
import { randomHex } from '../random';
import { helpList } from '../sp/lists';

/** The list where approvers add their decision from the mail link. */
export const APPROVAL_DECISIONS_LIST = 'HelpApprovalDecisions';

/** Columns of a decision item. */
export const APPROVAL_DECISION_SELECT = ['Id', 'AuthorId', 'Created', 'HCTicketId', 'HCDecision', 'HCComment', 'HCApprovalKey', 'HCToken'] as const;

/* eslint-disable @rushstack/no-new-null */
/** A HelpApprovalDecisions item as REST returns it (SharePoint's empty values are null). */
export interface RawApprovalDecision {
  Id: number;
  AuthorId: number;
  Created: string;
  HCTicketId: number;
  HCDecision: 'approved' | 'refused';
  HCComment: string | null;
  HCApprovalKey: string;
  HCToken: string | null;
}
/* eslint-enable @rushstack/no-new-null */

/**
 * One decision per request and approver: `ticketId|request sequence|approver's site user id` (HCApprovalKey,
 * indexed; not unique, so anyone may add items under it: the desk counts only the approver's own, the first one,
 * and only when it carries the secret of the approver's mail link, whose hash the desk's state keeps).
 */
export function approvalKey(ticketId: number, requestSequence: number, approverId: number): string {
  return `${Math.floor(ticketId)}|${Math.floor(requestSequence)}|${Math.floor(approverId)}`;
}

/** Hex SHA-256 of a text (Web Crypto: browsers on https and localhost, Node). */
export async function sha256Hex(text: string): Promise<string> {
  const data = new TextEncoder().encode(text);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let out = '';
  for (let i = 0; i < digest.length; i++) out += (digest[i] < 16 ? '0' : '') + digest[i].toString(16);
  return out;
}

/** A new token, 32 hexadecimal characters (128 bits) from the browser's cryptographic random source. */
export function newApprovalToken(): string {
  return randomHex(16);
}

/** The request sequence a key names, or undefined for a malformed key. */
export function requestSequenceOf(key: string): number | undefined {
  const parts = key.split('|');
  const n = Number(parts[1]);
  return parts.length === 3 && Number.isInteger(n) ? n : undefined;
}

/** The approval request a mail link names: `?approval=<ticket id>&key=<request sequence>&for=<approver's site user id>`. */
export interface ApprovalRequestRef {
  ticketId: number;
  requestSequence: number;
  /** Who the link was sent to (a hint for the page: the desk checks the decision's Author, not this). */
  approverId?: number;
  /** The link's secret (`&t=`): the decision carries it, the desk checks it against the hash it kept. */
  token?: string;
}

/** A decision as the approver recorded it. */
export interface RecordedDecision { decision: 'approved' | 'refused'; comment?: string; at: Date }

/** What the approver's page reads and writes. */
export interface ApprovalDecisionServices {
  /** The viewer's site user id, own decision on the request (if any), and whether they are in the support group (they decide on the desk). */
  load(request: ApprovalRequestRef): Promise<{ userId: number; mine?: RecordedDecision; isAgent: boolean }>;
  /** Adds the viewer's decision (idempotent: a second call returns the decision already recorded). */
  record(request: ApprovalRequestRef, decision: 'approved' | 'refused', comment?: string): Promise<RecordedDecision>;
}

function toRecorded(r: RawApprovalDecision): RecordedDecision {
  return { decision: r.HCDecision, comment: r.HCComment || undefined, at: new Date(r.Created) };
}

/**
 * The approver's side: they cannot read the ticket (HelpTickets' item-level security), so they add their own
 * HelpApprovalDecisions item (ReadSecurity=2: they read only theirs). SharePoint stamps its Author, which is
 * what the desk checks before applying it.
 */
export function createApprovalDecisionServices(sp: SPFI): ApprovalDecisionServices {
  const viewer = viewerReader(sp);
  /** The viewer's items under the request's key (indexed; item-level security returns their own only), lowest Id first. */
  const ownItems = async (request: ApprovalRequestRef, userId: number): Promise<RawApprovalDecision[]> => {
    const key = approvalKey(request.ticketId, request.requestSequence, userId);
    const rows = await helpList(sp, APPROVAL_DECISIONS_LIST).items.select(...APPROVAL_DECISION_SELECT)
      .filter(`HCApprovalKey eq ${odataString(key)}`).orderBy('ID', true).top(50)() as RawApprovalDecision[];
    // Only the items made from this very link (its secret): one made from a damaged or guessed link, which the
    // desk ignores, must not stand in for the decision given from the right one.
    return rows.filter(r => r.AuthorId === userId && (r.HCToken || undefined) === (request.token || undefined));
  };
  const own = async (request: ApprovalRequestRef, userId: number): Promise<RecordedDecision | undefined> => {
    const row = firstWritten(await ownItems(request, userId));
    return row ? toRecorded(row) : undefined;
  };
  return {
    load: async request => {
      const v = await viewer();
      return { userId: v.userId, mine: await own(request, v.userId), isAgent: v.isAgent };
    },
    record: async (request, decision, comment) => {
      const v = await viewer();
      const key = approvalKey(request.ticketId, request.requestSequence, v.userId);
      const text = comment && comment.trim() ? comment.trim() : null;
      // Idempotent without a unique key (SharePoint refuses one on this list, which has item-level security): the
      // approver's own item is looked up before each attempt, the add is sent once, a failure looks again. A
      // second click or tab returns the first decision; approvers cannot delete (add-only), so a duplicate left by
      // a race stays, and the desk applies the approver's first item (lowest Id) — the one returned here too.
      const once = helpList(sendOnce(sp), APPROVAL_DECISIONS_LIST);
      const { item } = await writeOnce<RawApprovalDecision>({
        find: () => ownItems(request, v.userId),
        add: async () => await once.items.add({ HCTicketId: request.ticketId, HCDecision: decision, HCComment: text, HCApprovalKey: key, HCToken: request.token || null }) as RawApprovalDecision
      });
      return item.Created ? toRecorded(item) : { decision: item.HCDecision || decision, comment: (item.HCComment || text) || undefined, at: new Date() };
    }
  };
}
