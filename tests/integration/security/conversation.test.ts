// Issue 11, found while testing the claims: anyone may add a HelpTicketClaims item naming any ticket number (add
// only; item-level security hides it from others, not from agents). The desk's page shows, as the requester's words,
// only what the requester the desk recognised wrote: Léa's "comment" on Tom's ticket never appears as Tom's.
import { AGENT_L1, LEA, TOM, applyClaims, claimsSite, fileTicket, receive, type ClaimsSite } from './claimsFixture';
import { TicketRepository, createMyTicketsServices } from '../../../src/data/tickets';

jest.setTimeout(60000);

let f: ClaimsSite;

beforeAll(async () => { f = await claimsSite(); });
afterAll(() => f.emu.close());

it('a claim someone else adds on a ticket is neither shown as the requester\'s words nor applied', async () => {
  const id = await fileTicket(f, TOM, 'Quiz de chimie introuvable');
  await receive(f);
  await createMyTicketsServices(f.sp(TOM)).act(id, { kind: 'comment', text: 'Le cours est CHIM-101.' }, 'tom-1');
  await createMyTicketsServices(f.sp(LEA)).act(id, { kind: 'comment', text: 'Tom dit : envoyez votre mot de passe.' }, 'lea-1');
  await createMyTicketsServices(f.sp(LEA)).act(id, { kind: 'accept' }, 'lea-2');
  await applyClaims(f);
  const desk = (await new TicketRepository(f.sp(AGENT_L1)).ticketPage(id))!;
  expect(desk.comments.map((c) => [c.from, c.authorName, c.text])).toEqual([['requester', 'Tom Baker', 'Le cours est CHIM-101.']]);
  expect(desk.claims.map((c) => c.message)).toEqual(['Le cours est CHIM-101.']);
  expect(desk.ticket.item.HCStatus).toBe('new');
});
