// "Ask this expert": a request naming an expert (HelpTickets.HCExpert, the requester's claim) is routed by the desk's
// intake to the expert's team and assigned to them only when they are listed in the directory by their own entry and
// an agent of a team; otherwise it goes to the category's default team. The expert is mailed once.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, addNotificationTemplates, receiveTickets, setUpHelpCenter, start } from '../emulator/helpers';
import { TicketRepository } from '../../../src/data/tickets';

const JULIE = `julie.petit@${DEMO_DOMAIN}`;
const MARC = `marc.lefebvre@${DEMO_DOMAIN}`;
const NADIA = `nadia.rousseau@${DEMO_DOMAIN}`;

let emu: Emulator;
let sp: (user: string) => SPFI;
const ids: Record<string, number> = {};
let teams: { it: number; elearning: number; technical: number };
let category: number;

interface StateSeen { HCTeamId: number | null; HCLevel: string | null; HCAssignedToId: number | null; HCStatus: string }

async function stateOf(ticketId: number): Promise<StateSeen> {
  const rows = await sp(AGENT_L1).web.lists.getByTitle('HelpTicketStates').items.select('HCTeamId', 'HCLevel', 'HCAssignedToId', 'HCStatus')
    .filter(`HCTicketId eq ${ticketId}`)() as StateSeen[];
  expect(rows).toHaveLength(1);
  const { HCTeamId, HCLevel, HCAssignedToId, HCStatus } = rows[0];
  return { HCTeamId, HCLevel, HCAssignedToId, HCStatus };
}

async function file(title: string, expert?: string): Promise<number> {
  const t = await new TicketRepository(sp(LEA)).create({
    clientRequestId: `ask-${title}`, title, description: 'Mon quiz Moodle ne s\'ouvre pas.', kind: 'assistance', categoryId: category, language: 'fr',
    expertId: expert ? ids[expert] : undefined
  });
  return t.item.Id;
}

function mailsTo(email: string, ticketId: number): { subject: string; body: string }[] {
  return emu.outbox().filter(m => m.to.indexOf(email) >= 0 && m.subject.includes(`${ticketId}`));
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, JULIE, MARC]);
  for (const email of [AGENT_L1, JULIE, MARC, NADIA, LEA]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  const list = sp(OWNER).web.lists.getByTitle('HelpTeams');
  teams = {
    it: (await list.items.add({ Title: 'Support informatique (N1)', HCLevel: 'L1', HCMembersId: [ids[AGENT_L1]], HCQueueEmail: `it@${DEMO_DOMAIN}` })).Id,
    technical: (await list.items.add({ Title: 'Équipe technique (N2)', HCLevel: 'L2', HCMembersId: [ids[MARC]], HCQueueEmail: `tech@${DEMO_DOMAIN}` })).Id,
    elearning: (await list.items.add({ Title: 'E-learning (N1)', HCLevel: 'L1', HCMembersId: [ids[JULIE]], HCQueueEmail: `elearning@${DEMO_DOMAIN}` })).Id
  };
  // The category's default team is IT: a request routed to Julie moves to her e-learning team.
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Logiciels', HCTitleEn: 'Software', HCDefaultTeamId: teams.it, HCResolutionHours: 8 })).Id;
  await addNotificationTemplates(sp);
  const experts = (who: string): ReturnType<SPFI['web']['lists']['getByTitle']> => sp(who).web.lists.getByTitle('Experts');
  // Julie and Nadia list themselves (their own entries, consent given); Marc's entry is written by Léa (not his word);
  // Karim has his own entry but keeps it unlisted (no consent).
  await experts(JULIE).items.add({ Title: 'Julie Petit', HCPersonId: ids[JULIE], HCListed: true, HCSkills: 'Moodle' });
  await experts(NADIA).items.add({ Title: 'Nadia Rousseau', HCPersonId: ids[NADIA], HCListed: true, HCSkills: 'Teams' });
  await experts(LEA).items.add({ Title: 'Marc Lefebvre', HCPersonId: ids[MARC], HCListed: true, HCSkills: 'Wi-Fi' });
  await experts(AGENT_L1).items.add({ Title: 'Karim Haddad', HCPersonId: ids[AGENT_L1], HCListed: false, HCSkills: 'Comptes' });
});
afterAll(() => emu.close());

it('a request naming a listed agent is routed to their team, assigned to them, and they get exactly one mail', async () => {
  const id = await file('Quiz bloqué', JULIE);
  await receiveTickets(emu, sp);
  expect(await stateOf(id)).toEqual({ HCTeamId: teams.elearning, HCLevel: 'L1', HCAssignedToId: ids[JULIE], HCStatus: 'new' });
  const julie = mailsTo(JULIE, id);
  expect(julie).toHaveLength(1);
  expect(julie[0].subject).toBe(`[Centre d'aide] Demande n°${id} : une demande vous est adressée\u00a0— Quiz bloqué`);
  expect(julie[0].body.replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=')).toContain(`/SitePages/Desk.aspx?ticket=${id}"`);
  const lea = mailsTo(LEA, id);
  expect(lea).toHaveLength(1);
  expect(lea[0].body).toContain('Vous l\'avez adressée à Julie Petit');
  // The team's queue still hears of it: the e-learning one, not the category's.
  expect(mailsTo(`elearning@${DEMO_DOMAIN}`, id)).toHaveLength(1);
  expect(mailsTo(`it@${DEMO_DOMAIN}`, id)).toHaveLength(0);

  // Another desk load receives nothing twice and mails nobody again.
  await receiveTickets(emu, sp, MARC);
  expect(mailsTo(JULIE, id)).toHaveLength(1);
});

it.each([
  ['a listed person who is no agent (Nadia)', NADIA],
  ['an agent whose entry someone else wrote (Marc, by Léa)', MARC],
  ['an agent whose own entry is not listed (Karim, no consent)', AGENT_L1],
  ['nobody', undefined]
])('a request naming %s goes to the category\'s default team, unassigned, and the person named is not mailed', async (_, expert) => {
  const id = await file(`Logiciel ${expert || 'aucun'}`, expert);
  await receiveTickets(emu, sp, MARC);
  expect(await stateOf(id)).toEqual({ HCTeamId: teams.it, HCLevel: 'L1', HCAssignedToId: null, HCStatus: 'new' });
  if (expert) expect(mailsTo(expert, id)).toHaveLength(0);
  const ticket = await sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.getById(id).select('HCExpertId')() as { HCExpertId: number | null };
  // The claim stays on the request: the desk sees whom she asked.
  expect(ticket.HCExpertId).toBe(expert ? ids[expert] : null);
  expect(mailsTo(LEA, id)[0].body).not.toContain('Vous l\'avez adressée');
});

it('a category\'s community reaches the knowledge page and the form only as a Teams or Viva Engage https link', async () => {
  const { KnowledgeRepository } = await import('../../../src/data/knowledge/repository');
  const { IntakeService } = await import('../../../src/data/intake');
  const { communityFor, communityOf } = await import('../../../src/domain/categories/community');
  const categories = sp(OWNER).web.lists.getByTitle('HelpCategories');
  const learning = (await categories.items.add({ Title: 'Pédagogie', HCCommunityUrl: 'https://teams.microsoft.com/l/channel/19%3Ax%40thread.tacv2/Moodle', HCCommunityName: 'Moodle' })).Id;
  const quiz = (await categories.items.add({ Title: 'Quiz', HCParentId: learning })).Id;
  const forged = (await categories.items.add({ Title: 'Piège', HCCommunityUrl: 'javascript:alert(1)', HCCommunityName: 'Piège' })).Id;
  const read = await new KnowledgeRepository(sp(LEA)).categories();
  expect(read.find(c => c.id === learning)!.community).toEqual({ kind: 'teams', name: 'Moodle', url: 'https://teams.microsoft.com/l/channel/19%3Ax%40thread.tacv2/Moodle' });
  expect(communityFor(read, quiz)).toMatchObject({ name: 'Moodle' });
  expect(read.find(c => c.id === forged)!.community).toBeUndefined();
  // The form reads the same two columns in its one batch; its lazy part applies communityOf likewise.
  const form = (await new IntakeService(sp(LEA)).loadFormData()).categories;
  const nodes = form.map(c => ({ ...c, community: communityOf(c.communityUrl, c.communityName) }));
  expect(communityFor(nodes, quiz)).toMatchObject({ kind: 'teams', name: 'Moodle' });
  expect(communityFor(nodes, forged)).toBeUndefined();
});

it('the form resolves the address of an "ask this expert" link: who it names and whether they are listed', async () => {
  const { findAskedExpert } = await import('../../../src/data/intake/askExpert');
  expect(await findAskedExpert(sp(LEA), JULIE)).toEqual({ id: ids[JULIE], name: 'Julie Petit', email: JULIE, listed: true });
  // Marc's entry is Léa's word, not his; Karim's is his own but unlisted.
  expect(await findAskedExpert(sp(LEA), MARC)).toMatchObject({ id: ids[MARC], listed: false });
  expect(await findAskedExpert(sp(LEA), AGENT_L1)).toMatchObject({ id: ids[AGENT_L1], listed: false });
  const before = emu.requests().length;
  expect(await findAskedExpert(sp(LEA), 'nobody@elsewhere.example')).toBeUndefined();
  expect(await findAskedExpert(sp(LEA), "o'hara' or 1 eq 1@x")).toBeUndefined();
  // A malformed address costs no request; an unknown one costs one (SharePoint's answer).
  expect(emu.requests().length - before).toBe(1);
});
