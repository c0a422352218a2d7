/**
 * The watchers' projection of the demo's tickets: for every ticket that keeps someone informed (a professor, the
 * referent of a derogation), the desk's own sync (src/data/tickets/watchViews.ts) writes their HelpTicketWatches rows
 * from the ticket and its state's versions, as the agent who has the ticket — so the demo shows what the product
 * writes, never a hand-made copy.
 */
import { TicketActionService } from '../../src/data/tickets/TicketActionService';
import { syncWatchViews } from '../../src/data/tickets/watchViews';
import { receiver } from './ticket-writer';
import type { TicketIds } from './ticket-writer';
import type { TicketPlan } from './plan';
import type { SeedWriter } from './writer';

/** The seed sends no mail: the projection only reads the tickets. */
const NO_GRAPH = (): Promise<never> => Promise.reject(new Error('The seed sends no mail.'));

/** Writes the rows of every followed ticket; returns how many rows. */
export async function seedWatchViews(w: SeedWriter, plans: TicketPlan[], refs: TicketIds, now: Date): Promise<number> {
  let rows = 0;
  for (const p of plans.filter(x => x.watchers.length)) {
    const agent = receiver(p);
    const actions = new TicketActionService(w.sp(agent), NO_GRAPH, () => '');
    const read = await actions.read(refs[p.ref]);
    if (!read || !read.stored.item.stateId) throw new Error(`Seed ticket ${p.ref} has no state to follow.`);
    const report = await syncWatchViews(w.sp(agent), { ticket: read.ticket, stateId: read.stored.item.stateId }, now);
    rows += report.added + report.updated;
  }
  return rows;
}
