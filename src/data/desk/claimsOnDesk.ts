import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { forEachPage } from '../sp/paging';
import { CLAIMS_LIST, CLAIM_SELECT, RawClaim, claimAction, toClaimView } from '../tickets/claims';
import type { TicketActionService } from '../tickets/TicketActionService';
import { TicketConflictError } from '../tickets/ticketTypes';
import { TicketActionError } from '../tickets/ticketErrors';
import type { Actor } from '../../domain/tickets/model';
import { helpList } from '../sp/lists';
import { isPreconditionFailed } from '../sp/errors';

/** Why the desk did not apply a claim (HCOutcome). */
export type ClaimRefusal = 'notRequester' | 'noTicket' | 'forgedRow' | 'unknownAction' | string;

/** A desk taking a claim writes `Applying: <time>` in its outcome first (with the claim's ETag). */
const TAKING = 'Applying: ';

/**
 * A taking older than this is a desk that stopped mid-way (an agent reloading or closing the tab while the visit's
 * housekeeping was applying it) and may be taken over. Applying one claim is a read and one action (a few requests,
 * seconds at most); the requester waits for it (her accepted resolution, her answer), so it is not the outbox's ten
 * minutes. A desk taking over a claim another desk is still applying meets that desk's ETag on the ticket and the
 * domain refuses the repeat, so the ticket changes once either way.
 */
export const CLAIM_TAKING_STALE_MS = 30000;

function parseTaking(outcome: string | null): number | undefined { // eslint-disable-line @rushstack/no-new-null
  if (!outcome || outcome.indexOf(TAKING) !== 0) return undefined;
  // `Applying: <ISO time> <nonce>` (the nonce tells two takings apart); older takings have no nonce.
  const at = Date.parse(outcome.slice(TAKING.length).split(' ')[0]);
  return isNaN(at) ? undefined : at;
}

async function applyOne(actions: TicketActionService, claim: RawClaim, now: Date): Promise<'applied' | ClaimRefusal> {
  if (!claim.HCTicketId) return 'noTicket';
  // Requesters cannot edit a claim (add only): one saved by someone else is not theirs to ask — unless the one who
  // saved it is a desk that took it before (its outcome says so) and stopped mid-way.
  if (claim.EditorId !== claim.AuthorId && parseTaking(claim.HCOutcome) === undefined) return 'forgedRow';
  const view = toClaimView(claim);
  const action = claimAction(view);
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await actions.read(claim.HCTicketId);
    if (!current) return 'noTicket';
    const t = current.ticket;
    if (t.unverified || !t.requester.id || t.requester.id !== claim.AuthorId) return 'notRequester';
    if (!action) return view.action === 'comment' ? 'applied' : 'unknownAction';
    const requester: Actor = { person: t.requester, isAgent: false, teamIds: [], isSiteOwner: false };
    // The action counts from when the requester asked, never before the state's last change nor after now.
    const at = new Date(Math.min(now.getTime(), Math.max(new Date(claim.Created).getTime(), t.modifiedAt ? t.modifiedAt.getTime() : 0)));
    try {
      await actions.act(t.id, current.stored.etag, action, at, requester);
      return 'applied';
    } catch (e) {
      if (e instanceof TicketConflictError) continue;
      if (e instanceof TicketActionError) return `refused: ${e.code}`;
      throw e;
    }
  }
  return 'refused: conflict';
}

/**
 * Marks a claim handled. 'applied' is written whatever happened meanwhile (this desk changed the ticket). A refusal
 * only while the claim is still this desk's taking: a desk that took it over after this one looked stalled may have
 * applied it (then this desk's action met its ETag and the domain refused the repeat), and the requester must read
 * "applied", not that refusal.
 */
async function markClaim(sp: SPFI, id: number, taking: string, outcome: 'applied' | ClaimRefusal): Promise<void> {
  const list = helpList(sp, CLAIMS_LIST);
  if (outcome === 'applied') {
    await list.items.getById(id).update({ HCApplied: true, HCOutcome: outcome });
    return;
  }
  const now = await list.items.getById(id).select('Id', 'HCOutcome')() as { HCOutcome: string | null; 'odata.etag'?: string }; // eslint-disable-line @rushstack/no-new-null
  if (now.HCOutcome !== taking) return;
  try {
    await list.items.getById(id).update({ HCApplied: true, HCOutcome: outcome.slice(0, 255) }, now['odata.etag']);
  } catch (e) {
    if (!isPreconditionFailed(e)) throw e;
  }
}

/**
 * Applies the requesters' pending claims (HCApplied = 0, indexed; pending claims are few), oldest first, on their
 * behalf through the domain: a claim counts only when its Author is the requester the desk's state names (the
 * requester can neither edit nor delete a claim: add only) and the domain accepts the action in the ticket's
 * current state. Each claim is marked applied, or refused with the reason, so it is handled once. Two desks at
 * once: the second write meets the first one's ETag, re-reads, and the domain refuses the repeat (e.g. already
 * reopened). Returns how many claims changed a ticket.
 */
export async function applyPendingClaims(actions: TicketActionService, sp: SPFI, now: Date = new Date(), ticketId?: number): Promise<number> {
  const me = await actions.actor();
  if (!me.isAgent && !me.isSiteOwner) return 0;
  const pending: RawClaim[] = [];
  const filter = ticketId ? `HCTicketId eq ${Math.floor(ticketId)} and HCApplied eq 0` : 'HCApplied eq 0';
  await forEachPage<RawClaim>(helpList(sp, CLAIMS_LIST).items.select(...CLAIM_SELECT).filter(filter).orderBy('ID', true).top(500), page => { pending.push(...page); });
  let applied = 0;
  for (const claim of pending) {
    // Two desks (or the ticket's page and the housekeeping) may meet the same claim: the one whose conditional write
    // takes it handles it; a taking older than CLAIM_TAKING_STALE_MS (a closed tab) may be taken over.
    const taking = parseTaking(claim.HCOutcome);
    if (taking && now.getTime() - taking < CLAIM_TAKING_STALE_MS) continue;
    const etag = (claim as RawClaim & { 'odata.etag'?: string })['odata.etag'];
    if (!etag) continue;
    const mine = `${TAKING}${new Date(now.getTime()).toISOString()} ${Math.random().toString(36).slice(2, 10)}`;
    try {
      await helpList(sp, CLAIMS_LIST).items.getById(claim.Id).update({ HCOutcome: mine }, etag);
    } catch (e) {
      if (isPreconditionFailed(e)) continue;
      throw e;
    }
    const outcome = await applyOne(actions, claim, now);
    if (outcome === 'applied') applied++;
    await markClaim(sp, claim.Id, mine, outcome)
      .catch((e: unknown) => console.warn(`[HelpCenter] Claim ${claim.Id} could not be marked (${outcome}):`, e));
  }
  return applied;
}
