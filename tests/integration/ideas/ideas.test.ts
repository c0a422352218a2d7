// The idea box's data layer (issue 15) against the emulator: a submit retried adds one idea; a vote, its withdrawal
// and a racing duplicate; two people voting at once both count; a voter cannot write the team's truth over REST;
// a status change mails the author and each voter once, in their language, even when it is called again.
import 'fake-indexeddb/auto';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TOM, TEACHER, addNotificationTemplates, graphAs, receiveTickets, setUpHelpCenter, spError, start } from '../emulator/helpers';
import { TicketRepository } from '../../../src/data/tickets';
import { createIdeaServices, type IdeaServices } from '../../../src/data/ideas/services';
import { pageLinks } from '../../../src/data/pageLinks';

jest.setTimeout(60000);

let emu: Emulator;
let sp: (user: string) => SPFI;
let category: number;
const services = (who: string): IdeaServices => createIdeaServices(sp(who), graphAs(emu, who), pageLinks(emu.siteUrl));
const mailsTo = (email: string): { subject: string; body: string }[] =>
  emu.outbox().filter(m => m.to.some(t => t.toLowerCase() === email.toLowerCase())).map(m => ({ subject: m.subject, body: m.body }));

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Salles et locaux', HCTitleEn: 'Rooms', HCSortOrder: 1 })).Id;
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

const proposal = (title: string): { title: string; description: string; categoryId: number } =>
  ({ title, description: 'Ouvrir la salle B12 le soir pendant les examens.', categoryId: category });

it('a submit tried twice with the same request id adds one idea, the author\'s', async () => {
  const [a, b] = await Promise.all([
    services(LEA).submit(proposal('Salle de révision ouverte le soir'), 'req-lea-1', 'fr'),
    services(LEA).submit(proposal('Salle de révision ouverte le soir'), 'req-lea-1', 'fr')
  ]);
  const again = await services(LEA).submit(proposal('Salle de révision ouverte le soir'), 'req-lea-1', 'fr');
  expect(again).toEqual({ id: a.id, created: false });
  const all = await sp(OWNER).web.lists.getByTitle('Ideas').items.select('Id').filter(`HCClientRequestId eq 'req-lea-1'`)();
  // A racing duplicate is the author's to recycle, which she may not (no delete right): the first written counts.
  expect(all.map((r: { Id: number }) => r.Id)).toContain(a.id);
  expect([a.id, b.id]).toContain(Math.min(...all.map((r: { Id: number }) => r.Id)));
  // Someone else's same request id is their own idea.
  expect((await services(TOM).submit(proposal('Evening study room'), 'req-lea-1', 'en')).created).toBe(true);
});

it('votes: once per person, withdrawn, and two people at once both count', async () => {
  const { id } = await services(LEA).submit(proposal('Prises électriques dans l\'amphi A'), 'req-lea-2', 'fr');
  // The same person from two tabs at once: one vote.
  await Promise.all([services(TOM).vote(id), services(TOM).vote(id)]);
  expect(await services(TOM).vote(id)).toEqual({ voted: true, votes: 1 });
  expect(await services(TOM).withdraw(id)).toEqual({ voted: false, votes: 0 });
  // Two people at once: both count, each sees the two.
  const [tom, jean] = await Promise.all([services(TOM).vote(id), services(TEACHER).vote(id)]);
  expect(tom.voted && jean.voted).toBe(true);
  expect((await services(LEA).idea(id))!.idea.votes).toBe(2);
  // A vote item whose Author was rewritten (ValidateUpdateListItem on one's own item) does not count.
  const votes = sp(TOM).web.lists.getByTitle('IdeaVotes').items;
  const toms = await votes.select('Id', 'AuthorId').filter(`HCIdeaId eq ${id}`)();
  const tomId = (await sp(TOM).web.currentUser.select('Id')()).Id;
  const own = toms.filter((v: { AuthorId: number }) => v.AuthorId === tomId) as { Id: number }[];
  expect(own).toHaveLength(1);
  const leaLogin = `i:0#.f|membership|${LEA}`;
  await votes.getById(own[0].Id).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: leaLogin }]) }], true);
  expect((await services(LEA).idea(id))!.idea).toMatchObject({ votes: 1, voted: false });
});

it('a voter cannot write the team\'s truth: IdeaStates refuses her over REST, and the team service refuses her', async () => {
  const { id } = await services(LEA).submit(proposal('Casiers pour les étudiants'), 'req-lea-3', 'fr');
  const team = await services(AGENT_L1).team();
  const state = await team.receive(id);
  const states = sp(TOM).web.lists.getByTitle('IdeaStates');
  expect((await spError(states.items.getById(state.Id).update({ HCStatus: 'done' }))).status).toBe(403);
  expect((await spError(states.items.add({ HCIdeaId: id, HCStatus: 'planned' }))).status).toBe(403);
  await expect((await services(TOM).team()).changeStatus(id, 'done', '')).rejects.toMatchObject({ problem: 'notTeam' });
  expect((await services(TOM).idea(id))!.idea.state!.status).toBe('new');
});

it('a status change mails the author and each voter once, in their language, never the agent; a retry sends nothing more', async () => {
  const { id } = await services(LEA).submit(proposal('Imprimante couleur en bibliothèque'), 'req-lea-4', 'fr');
  await Promise.all([services(TOM).vote(id), services(TEACHER).vote(id), services(AGENT_L1).vote(id), services(LEA).vote(id)]);
  emu.clearOutbox();
  const team = await services(AGENT_L1).team();
  // Declining needs an answer.
  await expect(team.changeStatus(id, 'declined', ' ')).rejects.toMatchObject({ problem: 'answerRequired' });
  const before = (await services(AGENT_L1).idea(id))!.idea.state!;
  const done = await team.changeStatus(id, 'planned', 'Commandée pour janvier.', before.etag);
  expect(done).toMatchObject({ mails: 'sent', informed: 3, state: { status: 'planned', sequence: 1, countedVotes: 4, answer: 'Commandée pour janvier.' } });
  // Called again (the page's retry after a lost answer): nothing written, nothing sent twice.
  expect((await team.changeStatus(id, 'planned', 'Commandée pour janvier.')).state.sequence).toBe(1);
  expect(mailsTo(LEA)).toEqual([expect.objectContaining({ subject: expect.stringContaining('prévue') })]);
  expect(mailsTo(TEACHER)).toHaveLength(1);
  expect(mailsTo(TOM)).toEqual([expect.objectContaining({ subject: expect.stringContaining('planned') })]);
  expect(mailsTo(TOM)[0].body).toContain('Commandée pour janvier.');
  expect(mailsTo(AGENT_L1)).toEqual([]);
  // A stale ETag (the state the agent saw before) is a conflict.
  await expect(team.changeStatus(id, 'done', '', before.etag)).rejects.toMatchObject({ problem: 'conflict' });
  // A later change mails again, once each.
  await team.changeStatus(id, 'done', 'Installée.');
  expect(mailsTo(LEA)).toHaveLength(2);
  expect(mailsTo(TOM)).toHaveLength(2);
  const rows = await sp(OWNER).web.lists.getByTitle('IdeaNotifications').items.select('HCChangeKey', 'HCSentAt').filter(`substringof('idea:${id}:', HCChangeKey)`)();
  expect(rows).toHaveLength(6);
  // Its history: received, planned with the answer, done (a recount of the votes is no step).
  await team.recount([id]);
  const state = (await services(TOM).idea(id))!.idea.state!;
  expect((await services(TOM).history(state.stateId)).map(s => [s.status, s.answer, s.by])).toEqual([
    ['new', undefined, 'Karim Haddad'], ['planned', 'Commandée pour janvier.', 'Karim Haddad'], ['done', 'Installée.', 'Karim Haddad']
  ]);
});

it('the box lists newest and top with live counts and the reader\'s votes', async () => {
  const team = await services(AGENT_L1).team();
  await team.housekeep();
  const newest = await services(TOM).first({ order: 'newest' });
  expect(newest.actor.isTeam).toBe(false);
  expect(newest.categories.map(c => c.id)).toContain(category);
  expect(newest.ideas[0].id).toBeGreaterThan(newest.ideas[newest.ideas.length - 1].id);
  const top = await services(TOM).first({ order: 'top', categoryId: category });
  expect(top.ideas[0].votes).toBeGreaterThanOrEqual(top.ideas[top.ideas.length - 1].votes);
  expect(top.ideas[0]).toMatchObject({ votes: 4, voted: true });
  expect((await services(AGENT_L1).first({ order: 'newest' })).actor.isTeam).toBe(true);
  const planned = await services(TOM).first({ order: 'newest', status: 'done' });
  expect(planned.ideas.map(i => i.state!.status)).toEqual(planned.ideas.map(() => 'done'));
});

it('a request for change becomes an idea once, its requester its author, told as the author when its status changes', async () => {
  await addNotificationTemplates(sp);
  const title = 'Un plugin de quiz pour Moodle';
  const ticket = await new TicketRepository(sp(LEA)).create({
    clientRequestId: title, title, description: 'Pouvoir créer des quiz avec images dans Moodle.', kind: 'evolution', categoryId: category, language: 'fr', watcherIds: []
  });
  await receiveTickets(emu, sp, AGENT_L1);
  const team = await services(AGENT_L1).team();
  const made = await team.fromTicket(ticket.item.Id);
  expect(made.created).toBe(true);
  expect(await team.fromTicket(ticket.item.Id)).toEqual({ ideaId: made.ideaId, created: false });
  const leaId = (await sp(LEA).web.currentUser.select('Id')()).Id;
  const item = await sp(OWNER).web.lists.getByTitle('Ideas').items.getById(made.ideaId).select('Title', 'HCDescription', 'HCSourceTicket', 'AuthorId', 'EditorId')();
  expect(item).toMatchObject({ Title: title, HCDescription: 'Pouvoir créer des quiz avec images dans Moodle.', HCSourceTicket: ticket.item.Id, AuthorId: leaId, EditorId: leaId });
  // Her idea: she may edit it (WriteSecurity 2), and she is told as its author.
  emu.clearOutbox();
  expect((await team.changeStatus(made.ideaId, 'under_study', 'Nous évaluons les plugins compatibles.')).informed).toBe(1);
  expect(mailsTo(LEA)).toHaveLength(1);
  // An ordinary request cannot be turned into an idea, and only the team may try.
  const other = await new TicketRepository(sp(TOM)).create({ clientRequestId: 'x-1', title: 'Printer jam', description: 'The printer jams.', kind: 'anomaly', categoryId: category, language: 'en', watcherIds: [] });
  await receiveTickets(emu, sp, AGENT_L1);
  await expect(team.fromTicket(other.item.Id)).rejects.toMatchObject({ problem: 'notAllowed' });
  await expect((await services(TOM).team()).fromTicket(ticket.item.Id)).rejects.toMatchObject({ problem: 'notTeam' });
});

it('comments are plain text on the idea', async () => {
  const { id } = await services(LEA).submit(proposal('Micro-ondes à la cafétéria'), 'req-lea-5', 'fr');
  await services(TOM).comment(id, '<b>Yes</b> please');
  const page = (await services(LEA).idea(id))!;
  expect(page.comments.map(c => c.text)).toEqual(['<b>Yes</b> please']);
});

