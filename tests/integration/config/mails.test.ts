// The mails' templates configured from the product (issue 18), against the emulator: an owner's text is checked
// before it is written (an unknown placeholder refused, nothing stored), saved with the item's ETag (a second owner
// saving over the same version gets a conflict with the first's text), a non-owner's write is refused by SharePoint
// whatever the page shows, the next confirmation mail is written with the saved text through the desk and the
// outbox, the product's text is restored as its copy, and the versions tell who changed what.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, receiveTickets, setUpHelpCenter, spError, start } from '../emulator/helpers';
import { MailTemplateConflictError, MailTemplateInvalidError, MailTemplateRepository } from '../../../src/data/config/MailTemplateRepository';
import { latestRequest, renderPreview } from '../../../src/data/config/mailPreview';
import { BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { builtInCopy, installBuiltInTemplates } from '../../../src/data/notifications/templateCatalog';
import { TicketRepository } from '../../../src/data/tickets';

let emu: Emulator;
let sp: (user: string) => SPFI;
const SECOND_OWNER = TEACHER;
let category: number;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  // A second owner: the site's owners group.
  const owners = await sp(OWNER).web.associatedOwnerGroup();
  await sp(OWNER).web.siteGroups.getById(owners.Id).users.add(`i:0#.f|membership|${SECOND_OWNER}`);
  await installBuiltInTemplates(sp(OWNER));
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Impression', HCTitleEn: 'Printing' })).Id;
});
afterAll(() => emu.close());

function edited(extra: string): typeof BUILT_IN_TEMPLATES[string] {
  const t = BUILT_IN_TEMPLATES.ticket_created;
  return { fr: { ...t.fr, body: `${t.fr.body}<p>${extra}</p>` }, en: t.en };
}

it('refuses an unknown placeholder before writing, naming it', async () => {
  const repo = new MailTemplateRepository(sp(OWNER));
  const read = await repo.get('ticket_created');
  expect(read.own).toBe(false);
  const err = await repo.save(read, edited('Merci {{foo}}')).catch(e => e);
  expect(err).toBeInstanceOf(MailTemplateInvalidError);
  expect((err as MailTemplateInvalidError).problems).toEqual([{ language: 'fr', part: 'body', code: 'unknown', name: 'foo' }]);
  expect((await repo.get('ticket_created')).etag).toBe(read.etag);
});

it('saves over the version read; a second owner saving over the same version gets the first one\'s text', async () => {
  const first = new MailTemplateRepository(sp(OWNER));
  const second = new MailTemplateRepository(sp(SECOND_OWNER));
  const [a, b] = await Promise.all([first.get('ticket_created'), second.get('ticket_created')]);
  const saved = await first.save(a, edited('Merci de votre patience, {{requesterName}}.'));
  expect(saved.own).toBe(true);
  expect(saved.editor).toBe('Claire Martin');
  const err = await second.save(b, edited('Autre texte')).catch(e => e);
  expect(err).toBeInstanceOf(MailTemplateConflictError);
  expect((err as MailTemplateConflictError).current.template.fr.body).toContain('Merci de votre patience');
  expect((await first.get('ticket_created')).template.fr.body).not.toContain('Autre texte');
});

it('refuses a requester\'s or an agent\'s write to HelpSettings (SharePoint, whatever the page shows)', async () => {
  for (const who of [LEA, AGENT_L1]) {
    const read = await new MailTemplateRepository(sp(who)).get('ticket_created');
    const e = await spError(sp(who).web.lists.getByTitle('HelpSettings').items.getById(read.id!).update({ HCValue: '{}' }));
    expect([401, 403]).toContain(e.status);
  }
});

it('writes the next confirmation with the saved text, through the desk and the outbox, and previews it with the latest request', async () => {
  const t = await new TicketRepository(sp(LEA)).create({ clientRequestId: 'mails-1', title: 'Imprimante en panne', description: 'Elle ne répond plus.', kind: 'assistance', categoryId: category, language: 'fr' });
  const from = emu.outbox().length;
  await receiveTickets(emu, sp);
  const mail = emu.outbox().slice(from).filter(m => m.to[0] === LEA)[0];
  expect(mail.subject).toBe(`[Centre d'aide] Demande n°${t.item.Id} : enregistrée : Imprimante en panne`);
  expect(mail.body).toContain('<p>Merci de votre patience, Léa Dubois.</p>');

  const request = (await latestRequest(sp(OWNER)))!;
  expect(request).toEqual({ id: t.item.Id, title: 'Imprimante en panne', requesterName: 'Léa Dubois', status: 'new' });
  const view = await new MailTemplateRepository(sp(OWNER)).get('ticket_created');
  const preview = renderPreview(view.template, 'fr', request, 'requester', emu.siteUrl, 'Claire Martin');
  expect(preview.subject).toBe(mail.subject);
  expect(preview.htmlBody).toContain('<p>Merci de votre patience, Léa Dubois.</p>');
  // The link is HTML-escaped as in every mail (Mustache `{{link}}`).
  expect(preview.htmlBody).toContain(`MyRequests.aspx?ticket&#x3D;${t.item.Id}"`);
});

it('restores the product\'s text as its copy, and the versions tell who changed it', async () => {
  const repo = new MailTemplateRepository(sp(OWNER));
  const restored = await repo.restore(await repo.get('ticket_created'));
  expect(restored.own).toBe(false);
  expect(restored.template).toEqual(BUILT_IN_TEMPLATES.ticket_created);
  const rows = await sp(OWNER).web.lists.getByTitle('HelpSettings').items.select('HCValue').filter("HCSettingKey eq 'notifications.template.ticket_created'")();
  expect(rows[0].HCValue).toBe(builtInCopy('ticket_created'));
  const history = await repo.history(restored.id!);
  expect(history.map(v => ({ builtIn: v.builtIn, by: v.by }))).toEqual([
    { builtIn: true, by: 'Claire Martin' }, { builtIn: false, by: 'Claire Martin' }, { builtIn: true, by: 'Claire Martin' }
  ]);
});
