import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { TicketActionService } from './TicketActionService';
import { TicketConflictError } from './TicketRepository';
import { TicketActionError } from './ticketErrors';
import { parseApproval } from './ticketMapper';
import { anyOfChunks, odataString } from '../sp/odata';
import { firstWritten } from '../idempotent';
import { APPROVAL_DECISIONS_LIST, APPROVAL_DECISION_SELECT, RawApprovalDecision, approvalKey, requestSequenceOf, sha256Hex } from './approvalDecisions';
import { STATES_LIST } from './ticketRow';
import { helpList } from '../sp/lists';

/** How many of the latest decision items the desk's housekeeping looks at (older ones apply when their ticket is opened). */
export const RECENT_DECISIONS = 100;
/** Ticket ids per `Id eq … or …` query. */
const IDS_PER_QUERY = 25;

/**
 * Applies the decision the ticket's named approver gave from their mail link, if any, through the domain's
 * `decideApproval`: only an item keyed by the pending request and the approver's id whose Author SharePoint says
 * is that approver (items someone else added under that key are ignored), the first one (lowest Id) if several. The decision's who
 * and when are the approver's and the item's Created time. Two agents applying it at once: the second write
 * meets the first one's ETag (412), re-reads, finds it decided and stops — one decision, one set of mails.
 * Resolves true when this call applied it.
 */
export async function applyApproverDecision(actions: TicketActionService, sp: SPFI, ticketId: number): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await actions.read(ticketId);
    const approval = current && current.ticket.approval;
    if (!current || !approval || approval.decision || approval.requestSequence === undefined) return false;
    const key = approvalKey(ticketId, approval.requestSequence, approval.approver.id);
    // The key is not unique (SharePoint refuses unique columns on lists with item-level security): anyone may add
    // items under it. Only the approver's own items count, and of those the first one (lowest Id): a retried or
    // double-clicked decision that left two items is applied the same way by every desk.
    const rows = await helpList(sp, APPROVAL_DECISIONS_LIST).items.select(...APPROVAL_DECISION_SELECT)
      .filter(`HCApprovalKey eq ${odataString(key)}`).orderBy('ID', true).top(50)() as RawApprovalDecision[];
    // And only an item carrying the secret of the approver's mail link (its hash is in the desk's state): a
    // forwarded or guessed link decides nothing, nor does an item whose Author was forged.
    const own = rows.filter(r => r.AuthorId === approval.approver.id && r.HCTicketId === ticketId);
    const withSecret: RawApprovalDecision[] = [];
    for (const r of own) if (!approval.tokenHash || (r.HCToken && await sha256Hex(r.HCToken) === approval.tokenHash)) withSecret.push(r);
    const item = firstWritten(withSecret);
    if (!item) {
      if (rows.length) console.warn(`[HelpCenter] Decision items ${rows.map(r => r.Id).join(', ')} for ticket ${ticketId} were not added by the approver: ignored.`);
      return false;
    }
    try {
      await actions.act(ticketId, current.stored.etag, {
        type: 'decideApproval', decision: item.HCDecision, comment: item.HCComment || undefined,
        fromApproverItem: { itemId: item.Id, authorId: item.AuthorId, at: new Date(item.Created), requestSequence: requestSequenceOf(item.HCApprovalKey) || 0 }
      });
      return true;
    } catch (e) {
      if (e instanceof TicketConflictError) continue; // someone changed the ticket meanwhile: look again
      if (e instanceof TicketActionError) return false; // e.g. the ticket was closed meanwhile
      throw e;
    }
  }
  return false;
}

/**
 * The desk's housekeeping: the latest decision items (by Id, newest first), the tickets they name read in
 * `Id eq` queries with only HCApproval, and the decisions of those still pending applied. Returns how many.
 */
export async function applyRecentApproverDecisions(actions: TicketActionService, sp: SPFI): Promise<number> {
  const actor = await actions.actor();
  if (!actor.isAgent && !actor.isSiteOwner) return 0;
  const rows = await helpList(sp, APPROVAL_DECISIONS_LIST).items.select('Id', 'HCTicketId').orderBy('Id', false).top(RECENT_DECISIONS)() as Pick<RawApprovalDecision, 'Id' | 'HCTicketId'>[];
  const ids = rows.map(r => Math.floor(r.HCTicketId)).filter((id, i, all) => id > 0 && all.indexOf(id) === i);
  const pending: number[] = [];
  for (const filter of anyOfChunks('HCTicketId', ids, IDS_PER_QUERY)) {
    const states = await helpList(sp, STATES_LIST).items.select('Id', 'HCTicketId', 'HCApproval').filter(filter).top(IDS_PER_QUERY * 2)() as { HCTicketId: number; HCApproval: string | null }[];
    states.forEach(t => { const a = parseApproval(t.HCApproval); if (a && !a.decision && a.requestSequence !== undefined && pending.indexOf(t.HCTicketId) < 0) pending.push(t.HCTicketId); });
  }
  let applied = 0;
  for (const id of pending) if (await applyApproverDecision(actions, sp, id)) applied++;
  return applied;
}
