import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ClaimView } from './ticketTypes';
import { firstWritten, sendOnce, writeOnce } from '../idempotent';
import { randomHex } from '../random';
import { odataString } from '../sp/odata';
import type { TicketAction } from '../../domain/tickets/actions';
import { helpList } from '../sp/lists';

/**
 * HelpTicketClaims: what a requester asks of the desk on their ticket. They add items and can change or delete
 * none (add only), read their own (item-level security), and the desk applies each one after checking that its
 * Author is the requester the desk's state names.
 */
export const CLAIMS_LIST = 'HelpTicketClaims';

/** The columns of a claim. */
export const CLAIM_SELECT = ['Id', 'AuthorId', 'EditorId', 'Created', 'HCTicketId', 'HCAction', 'HCMessage', 'HCRating', 'HCClaimKey', 'HCApplied', 'HCOutcome'] as const;

/* eslint-disable @rushstack/no-new-null */
/** A HelpTicketClaims item as REST returns it. */
export interface RawClaim {
  Id: number;
  AuthorId: number;
  EditorId: number;
  Created: string;
  HCTicketId: number | null;
  HCAction: ClaimView['action'] | null;
  HCMessage: string | null;
  HCRating: number | null;
  HCClaimKey: string | null;
  HCApplied: boolean | null;
  HCOutcome: string | null;
}
/* eslint-enable @rushstack/no-new-null */

/** What a requester can ask on their ticket. */
export type RequesterAction =
  | { kind: 'answer'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'accept' }
  | { kind: 'reopen'; text: string }
  | { kind: 'rate'; rating: number; comment?: string };

/** A row → what the ticket page shows. */
export function toClaimView(r: RawClaim): ClaimView {
  return {
    id: r.Id, action: r.HCAction || 'comment', message: r.HCMessage || undefined, rating: r.HCRating || undefined, at: r.Created,
    authorId: r.AuthorId, applied: !!r.HCApplied, outcome: r.HCOutcome || undefined
  };
}

/** The domain action a claim asks for; undefined for a malformed claim. */
export function claimAction(c: ClaimView): TicketAction | undefined {
  switch (c.action) {
    case 'answer': return { type: 'requesterAnswered', message: c.message };
    // Her message reaches the one who has the request (or the team's queue) through the domain, like an answer.
    case 'comment': return { type: 'replyPublic', message: c.message || '' };
    case 'accept': return { type: 'acceptResolution' };
    case 'reopen': return { type: 'reopen', reason: c.message || '' };
    case 'rate': return c.rating && c.rating >= 1 && c.rating <= 5 ? { type: 'rate', rating: Math.floor(c.rating), comment: c.message } : undefined;
    default: return undefined;
  }
}

function fields(a: RequesterAction): { HCAction: string; HCMessage: string | null; HCRating: number | null } { // eslint-disable-line @rushstack/no-new-null
  const text = 'text' in a ? a.text.trim() : a.kind === 'rate' ? (a.comment || '').trim() : '';
  return { HCAction: a.kind, HCMessage: text || null, HCRating: a.kind === 'rate' ? a.rating : null }; // eslint-disable-line @rushstack/no-new-null
}

/** A new random key part (96 bits): one per click of the page, reused by its retries. */
export function newClaimKey(): string {
  return randomHex(12);
}

/**
 * Adds the requester's claim once: `key` is drawn by the page for one click and reused by its retries; the
 * person's own item under the key is looked up before each attempt (not unique: see the schema), the first one counts.
 */
export async function addClaim(sp: SPFI, ticketId: number, action: RequesterAction, key: string, userId: number): Promise<ClaimView> {
  const claimKey = `${Math.floor(ticketId)}|${key}`;
  const own = async (): Promise<RawClaim[]> => (await helpList(sp, CLAIMS_LIST).items.select(...CLAIM_SELECT)
    .filter(`HCClaimKey eq ${odataString(claimKey)}`).orderBy('ID', true).top(10)() as RawClaim[]).filter(r => r.AuthorId === userId);
  const once = helpList(sendOnce(sp), CLAIMS_LIST);
  const { item } = await writeOnce<RawClaim>({
    find: own,
    add: async () => await once.items.add({ HCTicketId: Math.floor(ticketId), HCClaimKey: claimKey, ...fields(action) }) as RawClaim
  });
  const first = firstWritten(await own()) || item;
  return toClaimView(first);
}
