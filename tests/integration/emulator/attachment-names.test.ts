// Conformance: the emulator refuses the attachment names SharePoint refuses, so the form's safe names are tested
// against the real rule. Source: "Restrictions and limitations in OneDrive and SharePoint"
// (https://support.microsoft.com/office/64883a5d-228e-48f5-b3d2-eb39e07630fa) — characters " * : < > ? / \ |,
// leading/trailing spaces, .lock, CON, PRN, AUX, NUL, COM0-9, LPT0-9, desktop.ini, ~$…, _vti_, 400-character
// decoded paths; # and % refused by the list item attachment API (AttachmentFiles/add). Stricter where unsure.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/attachments';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, provisionList, spError, start } from './helpers';
import { safeAttachmentName } from '../../../src/domain/intake';

let emu: Emulator;
let sp: (user: string) => SPFI;
let itemId: number;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await provisionList(sp(OWNER), 'HelpTickets', [], { ReadSecurity: 2, WriteSecurity: 2 });
  itemId = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'Fichiers' })).Id;
});
afterAll(() => emu.close());

const add = (name: string) => sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(itemId).attachmentFiles.add(name, 'x');

const REFUSED = [
  'rapport #1.pdf', '50%.pdf', 'a:b.txt', 'a*b.txt', 'a?b.txt', 'a"b.txt', 'a<b.txt', 'a>b.txt', 'a|b.txt', 'a\\b.txt',
  ' lead.txt', 'trail.txt ', 'trail.', '.hidden', 'v1..2.txt', 'CON.txt', 'con', 'LPT1.pdf', 'com0.png', 'desktop.ini',
  '~$rapport.docx', 'my_vti_file.txt', 'tab\there.txt', `${'a'.repeat(125)}.txt`,
];

it.each(REFUSED)('refuses %j', async (name) => {
  expect((await spError(add(name))).status).toBe(400);
});

it('takes ordinary names, accents and spaces included, and every safe name of a refused one', async () => {
  for (const name of ['capture écran.png', 'Rapport (2).pdf', 'notes_v1.2.txt', 'été & co.docx']) await add(name);
  const safe = REFUSED.map((n, i) => safeAttachmentName(n, [`taken-${i}`]));
  const distinct = safe.filter((n, i) => safe.indexOf(n) === i);
  for (const name of distinct) await add(name);
  const stored = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.getById(itemId).attachmentFiles()).map((f: { FileName: string }) => f.FileName);
  expect(stored).toEqual(expect.arrayContaining(distinct.concat('capture écran.png')));
});
