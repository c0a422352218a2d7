// Issue 11: "pre-create HelpNotifications rows so an agent's mail is never sent", and "read another student's ticket
// title and fields through a lookup projected from an item of her own". Tried as a student over plain REST and PnPjs.
//
// Why it holds:
// - HelpNotifications has unique permissions: the support group and owners only (src/data/schema/lists.ts). For
//   anyone else the list is not there (404, as SharePoint answers for a list a person cannot see), so she can neither
//   add a row under the change key of the agent's next mail (which would make the outbox believe it recorded, or sent,
//   it already) nor add one that the desk would send as someone else. A list with unique permissions answers only to
//   its own grants (https://learn.microsoft.com/en-us/sharepoint/sites/user-permissions-and-permission-levels).
// - A lookup projection ($expand=X&$select=X/Title) of an item the caller cannot read is null, and a $filter on it
//   sees no value (tests/integration/emulator/lookup-projection.test.ts). SharePoint security-trims every item it reads
//   (SPList.ReadSecurity: https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms477655(v=office.15));
//   whether it trims fields projected through a lookup is not documented, so the workbench takes the stricter reading
//   (docs/tenant-test.md 2.12 confirms it on a tenant). The help center's own lists give her no lookup to another
//   person's ticket she could write (claims and decisions name a ticket by number, HCTicketId); the one lookup she
//   reads, her state's HCProblem, is the desk's; and she cannot add a column to a help-center list (no Manage Lists on
//   them). She can create a list of her own on the site — the site's Members group has Edit there — and put a lookup
//   to HelpTickets in it: that is the probe tried below.
import {
  AGENT_L1, LEA, TOM, agentAct, claimsSite, fileTicket, mailsTo, receive, rest, stateOf, type ClaimsSite
} from './claimsFixture';
import { spError } from '../emulator/helpers';
import { NotificationOutbox } from '../../../src/data/notifications/NotificationOutbox';
import { changeKeyOf } from '../../../src/domain/tickets/lifecycle';
import { STATES_LIST } from '../../../src/data/tickets/ticketRow';
import { CLAIMS_LIST } from '../../../src/data/tickets/claims';

jest.setTimeout(60000);

let f: ClaimsSite;

beforeAll(async () => { f = await claimsSite(); });
afterAll(() => f.emu.close());

describe('she cannot pre-create notification rows: the agent\'s mail goes out', () => {
  it('adding rows under the keys of the agent\'s next mails is refused whichever way, and the agent\'s reply reaches her', async () => {
    const id = await fileTicket(f, LEA, 'Examen: courriel supprimé');
    await receive(f);
    await agentAct(f, id, { type: 'takeInCharge' });
    const sequence = (await stateOf(f, id)).HCSequence || 0;
    // The keys the desk's next changes will record (ticket:sequence:event, per recipient), already "sent".
    const rows = ['replyPublic', 'askForInformation', 'resolve'].map((event) => ({
      Title: 'déjà envoyé', HCTicketId: id, HCChangeKey: NotificationOutbox.recipientKey(changeKeyOf(id, sequence + 1, event as never), LEA),
      HCRecipients: LEA, HCTemplate: 'status_changed', HCSentAt: new Date().toISOString(), HCSender: 'browser'
    }));
    // And one that would have the desk send her text to someone else.
    rows.push({ Title: 'Mot de passe expiré', HCTicketId: id, HCChangeKey: `${id}:99:replyPublic|${TOM}`, HCRecipients: TOM, HCTemplate: 'status_changed',
      HCSentAt: '', HCSender: 'browser' } as never);
    const notifications = f.sp(LEA).web.lists.getByTitle('HelpNotifications');
    for (const row of rows) {
      expect((await spError(notifications.items.add(row))).status).toBe(404);
      expect((await rest(f, LEA, 'POST', "web/lists/getbytitle('HelpNotifications')/items", row)).status).toBe(404);
    }
    // In a $batch too (each request inside is checked as her).
    const [batched, execute] = f.sp(LEA).batched();
    const inBatch = batched.web.lists.getByTitle('HelpNotifications').items.add(rows[0]);
    await execute();
    await expect(inBatch).rejects.toMatchObject({ status: 404 });
    // Nor can she find the list to change its permissions, or read who the desk informed from it.
    expect((await rest(f, LEA, 'GET', "web/lists/getbytitle('HelpNotifications')")).status).toBe(404);
    expect((await rest(f, LEA, 'POST', "web/lists/getbytitle('HelpNotifications')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)")).status).toBe(404);
    const before = f.emu.outbox().length;
    await agentAct(f, id, { type: 'replyPublic', message: 'Le quiz est rouvert jusqu\'à 18 h.' });
    expect(mailsTo(f, LEA, before).map((m) => m.from)).toEqual([AGENT_L1]);
    expect(mailsTo(f, TOM)).toEqual([]);
    // Who was informed is on her state, written by the desk: she reads it, and cannot rewrite it (requester-claims.test.ts).
    const informed = JSON.parse((await f.sp(LEA).web.lists.getByTitle(STATES_LIST).items.filter(`HCTicketId eq ${id}`).select('HCInformed')<{ HCInformed: string }[]>())[0].HCInformed) as { event: string; to: { email?: string }[] }[];
    expect(informed.filter((c) => c.event === 'replyPublic').map((c) => c.to.map((t) => t.email))).toEqual([[LEA]]);
  });
});

describe('she cannot read another student\'s ticket through a lookup', () => {
  let toms: number;
  let mine: number;

  beforeAll(async () => {
    toms = await fileTicket(f, TOM, 'Tom : note de l\'examen de chimie', { description: 'Ma note est 4/20, merci de la revoir.', course: 'CHIM-101' });
    mine = await fileTicket(f, LEA, 'Léa : quiz bloqué');
    await receive(f);
  });

  it('a list of her own with a lookup to HelpTickets and HelpTicketStates projects nothing of Tom\'s ticket, and filters on it probe nothing', async () => {
    const ticketsId = (await f.sp(LEA).web.lists.getByTitle('HelpTickets').select('Id')<{ Id: string }>()).Id;
    const statesId = (await f.sp(LEA).web.lists.getByTitle(STATES_LIST).select('Id')<{ Id: string }>()).Id;
    // Members have Edit on the site: she may create a list, and put lookups in it.
    expect((await rest(f, LEA, 'POST', 'web/lists', { BaseTemplate: 100, Title: 'Sonde' })).status).toBe(201);
    const probe = f.sp(LEA).web.lists.getByTitle('Sonde');
    await probe.fields.createFieldAsXml({ SchemaXml: `<Field Type="Lookup" Name="Cible" DisplayName="Cible" List="{${ticketsId}}" ShowField="Title" />`, Options: 8 } as never);
    await probe.fields.createFieldAsXml({ SchemaXml: `<Field Type="Lookup" Name="Etat" DisplayName="Etat" List="{${statesId}}" ShowField="Title" />`, Options: 8 } as never);
    const tomsState = (await stateOf(f, toms)).Id;
    await probe.items.add({ Title: 'Tom', CibleId: toms, EtatId: tomsState });
    await probe.items.add({ Title: 'moi', CibleId: mine, EtatId: (await stateOf(f, mine)).Id });
    const rows = await probe.items.select('Title', 'CibleId', 'Cible/Title', 'Cible/HCDescription', 'Cible/HCCourse', 'Etat/Title', 'Etat/HCStatus')
      .expand('Cible', 'Etat').orderBy('ID')<{ Title: string; CibleId: number; Cible: { Title?: string } | null; Etat: { Title?: string } | null }[]>();
    expect(rows[0]).toMatchObject({ Title: 'Tom', CibleId: toms, Cible: null, Etat: null });
    expect(JSON.stringify(rows[0])).not.toMatch(/chimie|4\/20|CHIM/);
    // Her own ticket projects (she may read it): the probe itself works.
    expect(rows[1]).toMatchObject({ Title: 'moi', Cible: { Title: 'Léa : quiz bloqué' }, Etat: { Title: 'Léa : quiz bloqué' } });
    for (const filter of ["startswith(Cible/Title, 'Tom')", "substringof('chimie', Cible/Title)", "Etat/HCStatus eq 'new' and Title eq 'Tom'", "Cible/HCCourse eq 'CHIM-101'"]) {
      expect([filter, await probe.items.select('Title').expand('Cible', 'Etat').filter(filter)()]).toEqual([filter, []]);
    }
    // An agent reads the same projection (the lookup itself is sound): the null is her rights, not the probe.
    const asAgent = await f.sp(AGENT_L1).web.lists.getByTitle('Sonde').items.select('Cible/Title').expand('Cible').filter(`CibleId eq ${toms}`)<{ Cible: { Title: string } }[]>();
    expect(asAgent.map((r) => r.Cible && r.Cible.Title)).toEqual(['Tom : note de l\'examen de chimie']);
  });

  it('her state\'s HCProblem (the desk\'s lookup to a problem ticket of Tom\'s) projects nothing of it', async () => {
    const problem = await fileTicket(f, TOM, 'Tom : panne Moodle de la salle B12', { kind: 'problem' });
    await receive(f);
    await agentAct(f, mine, { type: 'linkToProblem', problemId: problem });
    const own = await f.sp(LEA).web.lists.getByTitle(STATES_LIST).items.filter(`HCTicketId eq ${mine}`).select('HCProblemId', 'HCProblem/Title', 'HCProblem/HCDescription')
      .expand('HCProblem')<{ HCProblemId: number; HCProblem: { Title?: string } | null }[]>();
    expect(own).toEqual([expect.objectContaining({ HCProblemId: problem, HCProblem: null })]);
    expect(JSON.stringify(own)).not.toContain('B12');
    // The agent reads the same projection.
    const asAgent = await f.sp(AGENT_L1).web.lists.getByTitle(STATES_LIST).items.filter(`HCTicketId eq ${mine}`).select('HCProblem/Title').expand('HCProblem')<{ HCProblem: { Title: string } }[]>();
    expect(asAgent.map((r) => r.HCProblem.Title)).toEqual(['Tom : panne Moodle de la salle B12']);
  });

  it('she cannot add a lookup column to a help-center list, nor switch its item-level security off', async () => {
    const ticketsId = (await f.sp(LEA).web.lists.getByTitle('HelpTickets').select('Id')<{ Id: string }>()).Id;
    for (const list of ['HelpTickets', CLAIMS_LIST, STATES_LIST]) {
      const add = f.sp(LEA).web.lists.getByTitle(list).fields.createFieldAsXml({
        SchemaXml: `<Field Type="Lookup" Name="Sonde" DisplayName="Sonde" List="{${ticketsId}}" ShowField="HCDescription" />`, Options: 8
      } as never);
      expect([list, (await spError(add)).status]).toEqual([list, 403]);
      const lift = await rest(f, LEA, 'POST', `web/lists/getbytitle('${list}')`, { ReadSecurity: 1 }, { 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' });
      expect([list, lift.status]).toEqual([list, 403]);
    }
  });
});
