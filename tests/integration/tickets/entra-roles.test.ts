// Agents and owners are recognised by their permission, not by the list of their groups: SharePoint's
// currentUser.groups lists only direct SharePoint group memberships (pnp/pnpjs#691, #1892), so an agent who is in
// the support group through an Entra ID security group, or an owner through the site's Microsoft 365 group, is
// not there. And mail goes to each person in their profile's language, found by their login name (UPN), which is
// not their e-mail address when the two differ (Emily: UPN eclarke@, mail emily.clarke@).
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN, DEMO_GROUPS } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, setUpHelpCenter, start, addNotificationTemplates, graphAs as graphClientAs, receiveTickets, confirmRequestedWatchers } from '../emulator/helpers';
import { TicketActionService, TicketRepository } from '../../../src/data/tickets';
import { viewerReader } from '../../../src/data/tickets/viewer';
import { IntakeService } from '../../../src/data/intake';
import { createTicketFormServices } from '../../../src/data/intake/TicketFormServices';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';

const MARC = `marc.lefebvre@${DEMO_DOMAIN}`;
const ANTOINE = `antoine.lambert@${DEMO_DOMAIN}`;
const EMILY = `emily.clarke@${DEMO_DOMAIN}`;
const N2 = DEMO_GROUPS.find((g) => g.displayName === 'Support informatique N2')!;
let emu: Emulator;
let sp: (user: string) => SPFI;
let emilyId: number;
let categoryId: number;

const graphAs = (email: string) => graphClientAs(emu, email);
const service = (email: string) => new TicketActionService(sp(email), graphAs(email), (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  // Karim is in the support group himself; Marc only through the Entra ID group "Support informatique N2".
  await setUpHelpCenter(sp, [AGENT_L1]);
  const support = HELP_CENTER_GROUPS.find((g) => g.key === 'support')!.title.replace(/'/g, "''");
  await sp(OWNER).web.siteGroups.getByName(support).users.add(`c:0t.c|tenant|${N2.id}`);
  await addNotificationTemplates(sp);
  emilyId = (await sp(OWNER).web.ensureUser(EMILY)).Id;
  categoryId = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Salles', HCTitleEn: 'Rooms' })).Id;
});
afterAll(() => emu.close());

async function file(title: string, watcherIds: number[] = []): Promise<number> {
  const t = await new TicketRepository(sp(LEA)).create({
    clientRequestId: title, title, description: 'Le vidéoprojecteur de la salle B204 ne s\'allume plus.', kind: 'anomaly', categoryId, language: 'fr', watcherIds,
  });
  await receiveTickets(emu, sp);
  await confirmRequestedWatchers(emu, sp, t.item.Id);
  return t.item.Id;
}

it('an agent through an Entra ID group is not listed in the support group, yet is recognised as an agent', async () => {
  const support = HELP_CENTER_GROUPS.find((g) => g.key === 'support')!.title;
  expect((await sp(MARC).web.currentUser.groups()).map((g) => g.Title)).not.toContain(support);
  expect((await new IntakeService(sp(MARC)).loadFormData()).isAgent).toBe(true);
  expect((await viewerReader(sp(MARC))()).isAgent).toBe(true);
  expect(await service(MARC).actor()).toMatchObject({ isAgent: true, isSiteOwner: false });
  // A requester is neither.
  expect(await service(LEA).actor()).toMatchObject({ isAgent: false, isSiteOwner: false });
  expect((await viewerReader(sp(LEA))()).isAgent).toBe(false);
});

it('an agent through an Entra ID group takes a ticket in charge; the English watcher is written to in English', async () => {
  const id = await file('Vidéoprojecteur B204', [emilyId]);
  const marc = service(MARC);
  const read = (await marc.read(id))!;
  const out = await marc.act(id, read.stored.etag, { type: 'takeInCharge' });
  expect(out.ticket.item).toMatchObject({ HCStatus: 'taken_in_charge' });
  expect(out.mailSent).toBe(true);
  // Emily's profile (by her UPN claim) says en-US; the ticket is French.
  const toEmily = emu.outbox().filter((m) => m.to.includes(EMILY) && m.subject.includes(`${id}`));
  expect(toEmily.length).toBeGreaterThanOrEqual(1);
  expect(toEmily.every((m) => m.subject.startsWith('[Help center]'))).toBe(true);
});

it('an owner only through the site\'s Microsoft 365 group is recognised as a site owner and acts on any ticket', async () => {
  expect(await sp(ANTOINE).web.currentUser.groups()).toEqual([]);
  expect((await sp(ANTOINE).web.currentUser()).IsSiteAdmin).toBe(false);
  const antoine = service(ANTOINE);
  expect(await antoine.actor()).toMatchObject({ isSiteOwner: true });
  const id = await file('Salle B205 : prises HS');
  const read = (await antoine.read(id))!;
  const out = await antoine.act(id, read.stored.etag, { type: 'takeInCharge' });
  expect(out.ticket.item.HCStatus).toBe('taken_in_charge');
});

it('the desk\'s confirmation of a filed ticket reaches a watcher in their profile\'s language, found by the login name the people picker gives', async () => {
  const forms = createTicketFormServices(sp(LEA), graphAs(LEA));
  const [emily] = await forms.searchPeople('emily');
  expect(emily.loginName).toBe(`i:0#.f|membership|eclarke@${DEMO_DOMAIN}`);
  const result = await forms.submit({
    ticket: { clientRequestId: 'form-emily', title: 'Wi-Fi salle de langues', description: 'Plus de réseau.', kind: 'anomaly', categoryId, language: 'fr', watcherIds: [emilyId] },
    attachments: [],
    ticketLink: (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`,
  });
  // The desk confirms the filing when it receives the ticket, and the people to keep informed once an agent
  // accepts them (Marc, an agent through the Entra ID group).
  await receiveTickets(emu, sp, MARC);
  await confirmRequestedWatchers(emu, sp, result.ticketId, MARC);
  const mails = emu.outbox().filter((m) => m.subject.includes(`${result.ticketId}`));
  expect(mails.find((m) => m.to.includes(EMILY))?.subject).toMatch(/^\[Help center\]/);
  expect(mails.find((m) => m.to.includes(LEA))?.subject).toMatch(/^\[Centre d'aide\]/);
});
