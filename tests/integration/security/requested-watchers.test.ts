// Issue 11, found while testing the claims (see requester-claims.test.ts): the people a requester asks the desk to
// keep informed are hers to ask, not hers to decide. If intake copied them into the desk's state, any student could
// have an agent's mailbox send a title of her choosing ("Votre compte expire : https://evil.example") to whomever she
// names, at filing and at every later step. So they stay on her item until an agent confirms them (the desk's
// "Informer ces personnes"), and only the people an agent added are told, once.
import { AGENT_L1, LEA, TEACHER, TOM, claimsSite, fileTicket, receive, stateOf, type ClaimsSite } from './claimsFixture';
import { confirmRequestedWatchers } from '../emulator/helpers';
import { TicketRepository } from '../../../src/data/tickets';

jest.setTimeout(60000);

let f: ClaimsSite;

beforeAll(async () => { f = await claimsSite(); });
afterAll(() => f.emu.close());

it('a student naming people to keep informed has no agent write to them until an agent confirms them', async () => {
  const before = f.emu.outbox().length;
  const id = await fileTicket(f, LEA, 'Votre compte expire : https://evil.example', { watcherIds: [f.ids[TOM], f.ids[TEACHER]] });
  await receive(f);
  const sent = f.emu.outbox().slice(before);
  expect(sent.filter((m) => m.to.includes(TOM) || m.to.includes(TEACHER))).toEqual([]);
  expect(sent.filter((m) => m.to.includes(LEA))).toHaveLength(1);
  expect((await stateOf(f, id)).HCWatchersId || []).toEqual([]);
  // The desk sees whom she asked for.
  const page = (await new TicketRepository(f.sp(AGENT_L1)).ticketPage(id))!;
  expect(page.names.requestedWatchers.map((w) => w.id).sort()).toEqual([f.ids[TOM], f.ids[TEACHER]].sort());

  // An agent confirms: the people added are told once, and kept informed from then on.
  await confirmRequestedWatchers(f.emu, f.sp, id);
  const told = f.emu.outbox().slice(before);
  for (const who of [TOM, TEACHER]) expect(told.filter((m) => m.to.includes(who))).toHaveLength(1);
  expect(((await stateOf(f, id)).HCWatchersId || []).slice().sort()).toEqual([f.ids[TOM], f.ids[TEACHER]].sort());
  expect((await new TicketRepository(f.sp(AGENT_L1)).ticketPage(id))!.names.requestedWatchers).toEqual([]);
});
