// A request filed from Teams (channel 'teams') is followed in Teams: the desk's mails to its requester link to the Teams
// app's "My requests" tab with the request as the tab's sub-page (and the SharePoint page as the fallback); a request
// filed on SharePoint keeps the SharePoint link — through the real desk services against the emulator, reading the
// workbench's outbox.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, addNotificationTemplates, graphAs, setUpHelpCenter, start } from '../emulator/helpers';
import { TicketActionService, TicketRepository } from '../../../src/data/tickets';
import { TicketIntake } from '../../../src/data/desk/TicketIntake';
import { pageLinks } from '../../../src/data/pageLinks';
import { TEAMS_APP_ID, ticketIdFromSubPage } from '../../../src/domain/teams/teamsApp';

let emu: Emulator;
let sp: (user: string) => SPFI;
let category: number;

const service = (email: string): TicketActionService => new TicketActionService(sp(email), graphAs(emu, email), pageLinks(emu.siteUrl));

/** The first link of each mail about `id` sent since `from`, by recipient, unescaped as a mail client reads it. */
function linksSince(from: number, id: number): { [to: string]: string } {
  const out: { [to: string]: string } = {};
  emu.outbox().slice(from).filter(m => m.subject.includes(`${id}`)).forEach(m => {
    const match = /href="([^"]+)"/.exec(m.body);
    out[m.to[0]] = match ? match[1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&') : '';
  });
  return out;
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  const agentId = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${AGENT_L1}`)).Id;
  const team = (await sp(OWNER).web.lists.getByTitle('HelpTeams').items.add({ Title: 'Assistance N1', HCLevel: 'L1', HCMembersId: [agentId] })).Id;
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Messagerie', HCTitleEn: 'Mail', HCDefaultTeamId: team })).Id;
  await addNotificationTemplates(sp);
});
afterAll(() => emu.close());

async function fileAndReceive(clientRequestId: string, channel: 'teams' | 'portal'): Promise<{ id: number; links: { [to: string]: string } }> {
  const t = await new TicketRepository(sp(LEA)).create({
    clientRequestId, title: `Boîte pleine (${channel})`, description: 'Je ne reçois plus de courriels.', kind: 'assistance', categoryId: category,
    language: 'fr', priority: 'normal', channel
  });
  const from = emu.outbox().length;
  await new TicketIntake(sp(AGENT_L1), service(AGENT_L1)).receiveNew();
  return { id: t.item.Id, links: linksSince(from, t.item.Id) };
}

it('links the requester of a request filed from Teams to her request in the Teams app', async () => {
  const { id, links } = await fileAndReceive('teams-links-1', 'teams');
  const link = new URL(links[LEA]);
  expect(`${link.origin}${link.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/help-center-my-requests`);
  const context = JSON.parse(link.searchParams.get('context') || '{}') as { subEntityId?: string };
  expect(ticketIdFromSubPage(context.subEntityId)).toBe(id);
  expect(link.searchParams.get('webUrl')).toBe(pageLinks(emu.siteUrl).request(id));
});

it('keeps the SharePoint link for a request filed on SharePoint', async () => {
  const { id, links } = await fileAndReceive('teams-links-2', 'portal');
  expect(links[LEA]).toBe(pageLinks(emu.siteUrl).request(id));
});
