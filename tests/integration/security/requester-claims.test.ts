// Issue 11, "every value a person can write is that person's claim", tried as a student over plain REST (raw
// fetch and PnPjs, exactly what a browser console on the site can send).
//
// Part 1 — requesters lose Delete Items and Delete Versions. Members, visitors and contributors hold the
// "Demandeur (centre d'aide)" level on HelpTickets (Contribute without both, src/data/schema/security.ts), so a
// student can neither delete nor recycle her own ticket nor erase a version of its history, which the desk keeps
// reading; she still files, answers, comments and attaches. SharePoint checks Delete Items on delete and recycle
// and Delete Versions on version deletion (Microsoft Learn's permission table:
// https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels); the emulator does
// the same (tests/integration/emulator/version-delete.test.ts).
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, addNotificationTemplates, as, graphAs, setUpHelpCenter, spError, start } from '../emulator/helpers';
import { createTicketFormServices, type TicketSubmission } from '../../../src/data/intake';
import { TicketActionService, TicketRepository, createMyTicketsServices } from '../../../src/data/tickets';

jest.setTimeout(60000);

let emu: Emulator;
let sp: (user: string) => SPFI;
let categoryId: number;

const link = (id: number): string => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`;
const desk = (email: string): TicketActionService => new TicketActionService(sp(email), graphAs(emu, email), link);

beforeAll(async () => {
  ({ emu, sp } = await start());
  await setUpHelpCenter(sp, [AGENT_L1]);
  await addNotificationTemplates(sp);
  categoryId = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Examens', HCTitleEn: 'Exams' })).Id;
});
afterAll(() => emu.close());

function submission(clientRequestId: string): TicketSubmission {
  return {
    ticket: { clientRequestId, title: `Examen Moodle ${clientRequestId}`, description: 'Le quiz ne se charge plus.', kind: 'assistance', categoryId, language: 'fr' },
    attachments: [{ name: 'capture.png', content: new Uint8Array([137, 80, 78, 71]).buffer }],
    watchers: [],
    requester: { displayName: 'Léa Dubois', email: LEA, language: 'fr' },
    teamName: 'Support',
    ticketLink: link,
  };
}

const itemUrl = (id: number): string => `${emu.siteUrl}/_api/web/lists/getbytitle('HelpTickets')/items(${id})`;

async function versionLabels(email: string, id: number): Promise<string[]> {
  const versions = await sp(email).web.lists.getByTitle('HelpTickets').items.getById(id).versions.select('VersionLabel')<{ VersionLabel: string }[]>();
  return versions.map((v) => v.VersionLabel);
}

describe('a student cannot delete her ticket or its history', () => {
  let id: number;
  let history: string[];

  beforeAll(async () => {
    id = (await createTicketFormServices(sp(LEA), graphAs(emu, LEA)).submit(submission('claims-delete-1'))).ticketId;
    // The desk works on it: its versions now hold the desk's changes.
    const agent = desk(AGENT_L1);
    let read = (await agent.read(id))!;
    await agent.act(id, read.stored.etag, { type: 'takeInCharge' });
    read = (await agent.read(id))!;
    await agent.act(id, read.stored.etag, { type: 'askForInformation', message: 'Quel quiz, à quelle heure ?' });
    history = await versionLabels(AGENT_L1, id);
    expect(history.length).toBeGreaterThanOrEqual(3);
  });

  it('holds the requester level on HelpTickets: edit, no delete, no version deletion', async () => {
    const tickets = sp(LEA).web.lists.getByTitle('HelpTickets');
    expect(await tickets.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await tickets.currentUserHasPermissions(PermissionKind.DeleteListItems)).toBe(false);
    expect(await tickets.currentUserHasPermissions(PermissionKind.DeleteVersions)).toBe(false);
  });

  it('delete is refused, over raw REST and PnPjs', async () => {
    const raw = await fetch(itemUrl(id), { method: 'DELETE', headers: { ...as(emu, LEA), 'IF-MATCH': '*' } });
    expect(raw.status).toBe(403);
    const tunnelled = await fetch(itemUrl(id), { method: 'POST', headers: { ...as(emu, LEA), 'IF-MATCH': '*', 'X-HTTP-Method': 'DELETE' } });
    expect(tunnelled.status).toBe(403);
    expect((await spError(sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(id).delete())).status).toBe(403);
  });

  it('recycle is refused, over raw REST and PnPjs', async () => {
    expect((await fetch(`${itemUrl(id)}/recycle()`, { method: 'POST', headers: as(emu, LEA) })).status).toBe(403);
    expect((await spError(sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(id).recycle())).status).toBe(403);
  });

  it('deleting a version is refused, whichever way', async () => {
    expect((await spError(sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(id).versions.getById(512).delete())).status).toBe(403);
    const base = `${itemUrl(id)}/versions`;
    for (const url of [`${base}/DeleteAll`, `${base}/DeleteByID(vid=512)`, `${base}/DeleteByLabel(versionlabel='1.0')`, `${base}(512)/DeleteObject`]) {
      const res = await fetch(url, { method: 'POST', headers: as(emu, LEA) });
      expect([url, res.status]).toEqual([url, 403]);
    }
    expect((await fetch(`${base}(512)`, { method: 'DELETE', headers: { ...as(emu, LEA), 'IF-MATCH': '*' } })).status).toBe(403);
  });

  it('the ticket and every version are still there for the agent', async () => {
    const ticket = await new TicketRepository(sp(AGENT_L1)).get(id);
    expect(ticket?.item).toMatchObject({ Id: id, HCStatus: 'awaiting_user' });
    expect(await versionLabels(AGENT_L1, id)).toEqual(history);
    expect(await new TicketRepository(sp(AGENT_L1)).attachments(id)).toHaveLength(1);
  });

  it('she still answers, comments and attaches, and the desk sees it', async () => {
    const mine = createMyTicketsServices(sp(LEA), graphAs(emu, LEA), link);
    const page = (await mine.ticketPage(id))!;
    const answered = await mine.act(id, page.ticket.etag, { kind: 'answer', text: 'Le quiz de 10 h, chapitre 3.' });
    expect(answered.item.HCStatus).toBe('in_progress');
    await mine.addComment(id, 'Je joins une seconde capture.');
    await mine.addAttachment(id, 'capture-2.png', new Blob([new Uint8Array([137, 80, 78, 71])]));
    const agentView = new TicketRepository(sp(AGENT_L1));
    expect((await agentView.comments(id)).map((c) => c.text)).toEqual(expect.arrayContaining(['Je joins une seconde capture.']));
    expect((await agentView.attachments(id)).map((f) => f.name).sort()).toEqual(['capture-2.png', 'capture.png']);
  });

  it('the agent (and owner) still can: the desk recycles a ticket when it must', async () => {
    const spare = (await createTicketFormServices(sp(LEA), graphAs(emu, LEA)).submit(submission('claims-delete-spare'))).ticketId;
    await sp(AGENT_L1).web.lists.getByTitle('HelpTickets').items.getById(spare).recycle();
    expect(await new TicketRepository(sp(OWNER)).get(spare)).toBeUndefined();
  });

  it('two tabs racing the same submit both get the first ticket; the duplicate she cannot recycle is logged, not thrown', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const [a, b] = await Promise.all([1, 2].map(() => createTicketFormServices(sp(LEA), graphAs(emu, LEA)).submit(submission('claims-race-1'))));
      const held = (await sp(OWNER).web.lists.getByTitle('HelpTickets').items.select('Id').filter("HCClientRequestId eq 'claims-race-1'")<{ Id: number }[]>())
        .map((r) => r.Id);
      // The lowest Id wins for both tabs (and for every lookup by the key afterwards).
      expect(a.ticketId).toBe(Math.min(...held));
      expect(b.ticketId).toBe(a.ticketId);
      expect((await new TicketRepository(sp(LEA)).findByClientRequestId('claims-race-1'))?.item.Id).toBe(a.ticketId);
      // A duplicate, if the race left one, stays (she cannot recycle it): the refusal was logged.
      if (held.length > 1) expect(warn.mock.calls.some((c) => /could not be recycled/.test(String(c[0])))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });
});
