/**
 * The watchers' projection of the demo's tickets: for every ticket that keeps someone informed (a professor, the
 * referent of a derogation), the desk's own sync (src/data/tickets/watchViews.ts) writes their HelpTicketWatches rows
 * from the ticket and its state's versions, as the agent who has the ticket — so the demo shows what the product
 * writes, never a hand-made copy.
 */
import { TicketActionService } from '../../src/data/tickets/TicketActionService';
import { syncWatchViews } from '../../src/data/tickets/watchViews';
import { anyOfChunks } from '../../src/data/sp/odata';
import type { Ticket } from '../../src/domain/tickets/model';
import { receiver } from './ticket-writer';
import type { TicketIds } from './ticket-writer';
import type { TicketPlan } from './plan';
import type { SeedWriter } from './writer';

/** The seed sends no mail: the projection only reads the tickets. */
const NO_GRAPH = (): Promise<never> => Promise.reject(new Error('The seed sends no mail.'));

/** Tickets synced at once (each sync is three sequential requests; the demo must load in seconds). */
const AT_ONCE = 8;

/** Writes the rows of every followed ticket, as the agent who has it; returns how many rows. */
export async function seedWatchViews(w: SeedWriter, plans: TicketPlan[], refs: TicketIds, now: Date): Promise<number> {
  const followed = plans.filter(x => x.watchers.length);
  let rows = 0;
  // The tickets read as the desk reads them, 30 a request (the sync reads each one's versions itself).
  const reader = new TicketActionService(w.sp('karim'), NO_GRAPH, () => '');
  const tickets: { [id: number]: { ticket: Ticket; stateId?: number } } = {};
  for (const filter of anyOfChunks('HCTicketId', followed.map(p => refs[p.ref]), 30)) {
    (await reader.readMany(filter, 30)).forEach(r => { tickets[r.ticket.id] = { ticket: r.ticket, stateId: r.stored.item.stateId }; });
  }
  for (let i = 0; i < followed.length; i += AT_ONCE) {
    const reports = await Promise.all(followed.slice(i, i + AT_ONCE).map(p => {
      const read = tickets[refs[p.ref]];
      if (!read || !read.stateId) throw new Error(`Seed ticket ${p.ref} has no state to follow.`);
      return syncWatchViews(w.sp(receiver(p)), { ticket: read.ticket, stateId: read.stateId }, now);
    }));
    reports.forEach(r => { rows += r.added + r.updated; });
  }
  return rows;
}
