// Issue 14, "turn into an article" against the emulator: a resolved ticket read as the desk holds it becomes a
// troubleshooting draft without the requester's name, e-mail address, phone or ticket number, keeping the technical
// answer; only agents may read it that way, and only a resolved or closed ticket becomes an article.
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, TEACHER, addNotificationTemplates, graphAs, receiveTickets, setUpHelpCenter, start } from '../emulator/helpers';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';
import { TicketActionService, TicketRepository } from '../../../src/data/tickets';
import { TicketArticleError } from '../../../src/data/knowledge/authoring';
import { ticketArticle } from '../../../src/data/knowledge/authoring/fromTicket';
import type { SectionLabels } from '../../../src/domain/knowledge/templates';

jest.setTimeout(60000);

const JULIE = `julie.petit@${DEMO_DOMAIN}`;
const NADIA = `nadia.rousseau@${DEMO_DOMAIN}`;
const LABELS = { person: '[personne]', email: '[adresse]', phone: '[téléphone]', ticket: '[demande]', link: '[lien]' };
const SECTIONS = {
  goal: 'Objectif', prerequisites: 'Prérequis', steps: 'Étapes', result: 'Résultat attendu', symptoms: 'Symptômes', cause: 'Cause', solution: 'Solution',
  workaround: 'Contournement', answer: 'Réponse', details: 'Pour aller plus loin', affected: 'Qui est concerné', currentStatus: 'État actuel', when: 'Quand',
  beforeExam: 'Avant', duringExam: 'Pendant', incident: 'Incident', contacts: 'Contacts', moreHelp: 'Besoin d\'aide ?'
} as SectionLabels;

let emu: Emulator;
let sp: (user: string) => SPFI;
let category: number;
let resolvedId: number;
let openId: number;

const desk = (email: string): TicketActionService => new TicketActionService(sp(email), graphAs(emu, email), id => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`);

async function file(title: string, description: string): Promise<number> {
  const t = await new TicketRepository(sp(LEA)).create({ clientRequestId: title, title, description, kind: 'assistance', categoryId: category, language: 'fr' });
  await receiveTickets(emu, sp, JULIE);
  return t.item.Id;
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, JULIE]);
  const contributors = HELP_CENTER_GROUPS.find(g => g.key === 'contributors')!.title.replace(/'/g, "''");
  for (const email of [JULIE, NADIA]) await sp(OWNER).web.siteGroups.getByName(contributors).users.add(`i:0#.f|membership|${email}`);
  category = (await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Impression', HCTitleEn: 'Printing' })).Id;
  await addNotificationTemplates(sp);
  resolvedId = await file('Léa Dubois ne peut plus imprimer depuis son portable',
    'Bonjour,\n\nJe suis Léa Dubois (lea.dubois@univ-exemple.fr, 01 23 45 67 89). Depuis la mise à jour de Windows, l\'imprimante du bâtiment B refuse mes travaux '
    + 'avec le message « Pilote indisponible ». Voir aussi la demande n° 12.\n\nCordialement,\nLéa');
  const julie = desk(JULIE);
  let read = (await julie.read(resolvedId))!;
  await julie.act(resolvedId, read.stored.etag, { type: 'takeInCharge' });
  read = (await julie.read(resolvedId))!;
  await julie.act(resolvedId, read.stored.etag, {
    type: 'resolve',
    resolution: `Bonjour Mme Dubois,\n\nLe pilote PaperCut était celui d'avant la mise à jour. Ouvrez Paramètres > Imprimantes, supprimez l'ancienne imprimante puis ajoutez `
      + `\\\\impression\\PaperCut-B. Suivi : ticket ${resolvedId}, https://helpdesk.univ-exemple.fr/suivi?id=${resolvedId}&token=abc.\n\nBien cordialement,\nJulie Petit`
  });
  openId = await file('Wifi lent en salle 12', 'Le wifi est très lent en salle 12 depuis ce matin.');
});
afterAll(() => emu.close());

it('a resolved ticket becomes a draft without the requester\'s name, e-mail, phone or ticket number, keeping the technical answer', async () => {
  const draft = await ticketArticle(sp(JULIE), resolvedId, LABELS, SECTIONS);
  expect(draft).toMatchObject({ templateId: 'troubleshooting', kind: 'troubleshooting', language: 'fr', categoryId: category, sourceTicketId: resolvedId });
  const all = [draft.title, draft.summary, draft.sections.symptoms, draft.sections.solution, draft.bodyHtml, ...draft.questions].join('\n');
  for (const personal of ['Léa', 'Dubois', 'lea.dubois', '@univ-exemple.fr', '01 23 45 67 89', 'Julie', 'Petit', `ticket ${resolvedId}`, 'n° 12', 'token=abc']) {
    expect(all).not.toContain(personal);
  }
  expect(draft.title).toBe('[personne] ne peut plus imprimer depuis son portable');
  expect(draft.sections.symptoms).toContain('« Pilote indisponible »');
  expect(draft.sections.symptoms).toContain('[adresse]');
  expect(draft.sections.solution).toContain('Ouvrez Paramètres > Imprimantes, supprimez l\'ancienne imprimante puis ajoutez \\\\impression\\PaperCut-B.');
  expect(draft.sections.solution).toContain('[lien]');
  expect(draft.summary).toContain('Le pilote PaperCut');
  expect(draft.bodyHtml).toContain('Solution');
});

it('an agent who is not a contributor reads it too (the page decides who may write); the owner as well', async () => {
  await expect(ticketArticle(sp(AGENT_L1), resolvedId, LABELS, SECTIONS)).resolves.toMatchObject({ sourceTicketId: resolvedId });
  await expect(ticketArticle(sp(OWNER), resolvedId, LABELS, SECTIONS)).resolves.toMatchObject({ sourceTicketId: resolvedId });
});

it('a ticket not resolved, or no ticket, is a clear error', async () => {
  await expect(ticketArticle(sp(JULIE), openId, LABELS, SECTIONS)).rejects.toMatchObject({ name: 'TicketArticleError', code: 'notResolved', ticketId: openId });
  await expect(ticketArticle(sp(JULIE), 99999, LABELS, SECTIONS)).rejects.toMatchObject({ code: 'notFound' });
  await expect(ticketArticle(sp(JULIE), 0, LABELS, SECTIONS)).rejects.toBeInstanceOf(TicketArticleError);
});

it('a contributor who is no agent, the requester herself and a reader cannot read a ticket this way', async () => {
  for (const who of [NADIA, LEA, TEACHER]) {
    await expect(ticketArticle(sp(who), resolvedId, LABELS, SECTIONS)).rejects.toMatchObject({ name: 'TicketArticleError', code: 'notAllowed' });
  }
});

it('reads the ticket in two round trips (one $batch, then the state\'s versions)', async () => {
  const before = emu.requests().length;
  await ticketArticle(sp(JULIE), resolvedId, LABELS, SECTIONS);
  const seen = emu.requests().slice(before).map(r => r.path).filter(path => path.indexOf('/_api/') >= 0 && !path.endsWith('/contextinfo'));
  expect(seen.length).toBe(2);
  expect(seen[0]).toContain('$batch');
});
