// Odd input on the requester's path, through the real form services against the emulator (which refuses the names
// SharePoint refuses): a refused attachment name is stored under its safe name instead of leaving a filed ticket the
// page reports as failed; a retry adds nothing twice; typed text is stored in NFC, without invisible characters and,
// in one-line labels, without bidirectional controls.
import '@pnp/sp/attachments';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, graphAs, setUpHelpCenter, start } from '../emulator/helpers';
import { createTicketFormServices, type TicketSubmission } from '../../../src/data/intake';

let emu: Emulator;
let sp: (user: string) => SPFI;
let categoryId: number;
const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1')).buffer;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, []);
  categoryId = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Examens', HCTitleEn: 'Exams' })).Id;
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

function submission(clientRequestId: string, names: string[], title = 'Rapport de stage'): TicketSubmission {
  return {
    ticket: { clientRequestId, title, description: 'Le dépôt refuse mon fichier.', kind: 'assistance', categoryId, language: 'fr' },
    attachments: names.map(name => ({ name, content: PDF })),
    ticketLink: (id) => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`,
  };
}

const submit = (s: TicketSubmission) => createTicketFormServices(sp(LEA), graphAs(emu, LEA)).submit(s);
const files = async (id: number): Promise<string[]> =>
  (await sp(OWNER).web.lists.getByTitle('HelpTickets').items.getById(id).attachmentFiles()).map((f: { FileName: string }) => f.FileName).sort();
const ticketsWith = async (key: string): Promise<number[]> =>
  (await sp(OWNER).web.lists.getByTitle('HelpTickets').items.select('Id').filter(`HCClientRequestId eq '${key}'`)()).map((r: { Id: number }) => r.Id);

it('a file named "rapport #1 : 50%?.pdf" files once, under its safe name, and a retry adds no duplicate', async () => {
  // The emulator refuses the name as SharePoint does: the old path failed here on every attempt.
  await expect(sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(
    (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'probe' })).Id).attachmentFiles.add('rapport #1 : 50%?.pdf', 'x')).rejects.toThrow();
  const first = await submit(submission('odd-1', ['rapport #1 : 50%?.pdf', 'rapport _1 _ 50_.pdf']));
  expect(await files(first.ticketId)).toEqual(['rapport _1 _ 50_ (2).pdf', 'rapport _1 _ 50_.pdf']);
  const again = await submit(submission('odd-1', ['rapport #1 : 50%?.pdf', 'rapport _1 _ 50_.pdf']));
  expect(again.ticketId).toBe(first.ticketId);
  expect(await ticketsWith('odd-1')).toEqual([first.ticketId]);
  expect(await files(first.ticketId)).toEqual(['rapport _1 _ 50_ (2).pdf', 'rapport _1 _ 50_.pdf']);
});

it('an upload whose answer is lost is looked up before it is sent again: one file', async () => {
  emu.faults.add({ match: 'AttachmentFiles/add', dropAfterWrite: true, times: 1 });
  const result = await submit(submission('odd-2', ['C:\\Users\\lea\\copie d\'écran.pdf']));
  expect(emu.faults.list()).toEqual([]);
  expect(await files(result.ticketId)).toEqual(['C_Users_lea_copie d\'écran.pdf']);
});

it('stores typed text as people mean it: NFC, no zero-width characters, no bidi controls in the title', async () => {
  const s = submission('odd-3', [], 'Re\u0301seau\u200B bloque\u0301 \u202Etxet\u202C');
  s.ticket.description = 'Wi\u200B-Fi e\u0301teint \u202Bمرحبا\u202C';
  s.ticket.course = '  Droit\u2066 civil\u2069 ';
  const result = await submit(s);
  const item = await sp(OWNER).web.lists.getByTitle('HelpTickets').items.getById(result.ticketId).select('Title', 'HCDescription', 'HCCourse')();
  expect(item).toMatchObject({ Title: 'R\u00e9seau bloqu\u00e9 txet', HCDescription: 'Wi-Fi \u00e9teint \u202Bمرحبا\u202C', HCCourse: 'Droit civil' });
});
