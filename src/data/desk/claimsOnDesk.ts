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
// A taking older than the outbox's stale claim is a desk that stopped mid-way (a closed tab): it may be taken over.
import { CLAIM_STALE_MS } from '../notifications/outboxRows';

/** Why the desk did not apply a claim (HCOutcome). */
export type ClaimRefusal = 'notRequester' | 'noTicket' | 'forgedRow' | 'unknownAction' | string;

/** A desk taking a claim writes `Applying: <time>` in its outcome first (with the claim's ETag). */
const TAKING = 'Applying: ';

function parseTaking(outcome: string | null): number | undefined { // eslint-disable-line @rushstack/no-new-null
  if (!outcome || outcome.indexOf(TAKING) !== 0) return undefined;
  const at = Date.parse(outcome.slice(TAKING.length));
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
    // takes it handles it; a taking older than CLAIM_STALE_MS (a closed tab) may be taken over.
    const taking = parseTaking(claim.HCOutcome);
    if (taking && now.getTime() - taking < CLAIM_STALE_MS) continue;
    const etag = (claim as RawClaim & { 'odata.etag'?: string })['odata.etag'];
    if (!etag) continue;
    try {
      await helpList(sp, CLAIMS_LIST).items.getById(claim.Id).update({ HCOutcome: `${TAKING}${new Date(now.getTime()).toISOString()}` }, etag);
    } catch (e) {
      if (isPreconditionFailed(e)) continue;
      throw e;
    }
    const outcome = await applyOne(actions, claim, now);
    if (outcome === 'applied') applied++;
    await helpList(sp, CLAIMS_LIST).items.getById(claim.Id).update({ HCApplied: true, HCOutcome: outcome.slice(0, 255) })
      .catch((e: unknown) => console.warn(`[HelpCenter] Claim ${claim.Id} could not be marked (${outcome}):`, e));
  }
  return applied;
}
