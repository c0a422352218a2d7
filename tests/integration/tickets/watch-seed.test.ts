// The demo's followed requests are what the product writes: every seeded ticket that keeps someone informed has a
// HelpTicketWatches row per watcher, given to him, whose view tells the state's public history — read through the
// same services the watcher's page uses.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { OWNER, start } from '../emulator/helpers';
import { SiteProvisioner } from '../../../src/data/provisioning';
import { seedDemoData } from '../../../workbench/seed';
import { planTickets } from '../../../workbench/seed/generate';
import { CAST } from '../../../workbench/seed/data/people';
import { createMyTicketsServices } from '../../../src/data/tickets/MyTicketsServices';

jest.setTimeout(180000);

const NOW = new Date('2026-11-22T21:55:00Z');
const COUNT = 80;

let emu: Emulator;
let sp: (user: string) => SPFI;
let seedMs: number;

beforeAll(async () => {
  ({ emu, sp } = await start());
  expect((await new SiteProvisioner(sp(OWNER)).apply()).errors).toEqual([]);
  const started = Date.now();
  await seedDemoData(emu, { now: NOW, ticketCount: COUNT });
  seedMs = Date.now() - started;
});
afterAll(() => emu.close());

it('gives every watcher of a seeded ticket his view of it, with its status and the desk\'s public messages', async () => {
  const plans = planTickets(NOW, COUNT).filter(p => p.watchers.length);
  expect(plans.length).toBeGreaterThan(0);
  const tickets = await sp(OWNER).web.lists.getByTitle('HelpTickets').items.select('Id', 'HCClientRequestId').top(5000)() as { Id: number; HCClientRequestId: string }[];
  let checked = 0;
  for (const p of plans) {
    const id = tickets.filter(t => t.HCClientRequestId === `seed-${p.ref}`)[0].Id;
    for (const w of p.watchers) {
      const seen = await createMyTicketsServices(sp(CAST[w])).followedRequest(id);
      if (seen.kind !== 'view') throw new Error(`${w} does not see ${p.ref}`);
      expect(seen.view.status).toBe(p.status);
      const desk = p.comments.filter(c => c.author !== p.requester).map(c => c.text);
      const replies = seen.view.history.filter(h => h.event === 'reply').map(h => h.message);
      desk.forEach(text => expect(replies).toContain(text));
      expect(JSON.stringify(seen.view)).not.toContain(p.notes.length ? p.notes[0].text : '\u0000');
      checked++;
    }
    const list = await createMyTicketsServices(sp(CAST[p.watchers[0]])).followed();
    expect(list.items.length).toBeGreaterThan(0);
  }
  expect(checked).toBeGreaterThan(0);
  // The demo still loads quickly (the full 300-ticket seed has a 30 s budget, seed.test.ts).
  expect(seedMs).toBeLessThan(30000);
});
