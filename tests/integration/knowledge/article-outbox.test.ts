// Issue 14, the knowledge workflow's own outbox (ArticleNotifications): a reviewer who is not an agent publishes or
// sends back and the author is told at once, once; contributors and readers can neither read nor write that outbox;
// reviewers still cannot touch the tickets' outbox (HelpNotifications: ticket mails, approvers' link secrets); the
// server-side flow sends the article mails from the help desk's mailbox too.
import 'fake-indexeddb/auto';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import type { MailFlowPass } from '../../../workbench/server/mail-flow';
import { OWNER, TOM, graphAs, spError } from '../emulator/helpers';
import { SiteProvisioner } from '../../../src/data/provisioning';
import { AuthoringHousekeeping, type AuthoringService, type Draft } from '../../../src/data/knowledge/authoring';
import type { ArticleContent } from '../../../src/domain/knowledge/articleEditConflict';
import { authoringSite, JEAN, NADIA, type SpAs } from './authoringFixture';

jest.setTimeout(60000);

const SHARED = `assistance@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: SpAs;
let service: (user: string) => AuthoringService;
let passwords: number;

beforeAll(async () => {
  const f = await authoringSite();
  emu = f.emu;
  sp = f.sp;
  service = f.service;
  passwords = f.cat.passwords;
});
afterAll(() => emu.close());

const mailsTo = (email: string): { subject: string; body: string; from: string }[] =>
  emu.outbox().filter(m => m.to.some(t => t.toLowerCase() === email.toLowerCase())).map(m => ({ subject: m.subject, body: m.body, from: m.from }));

type Row = { Id: number; HCChangeKey: string; HCSentAt: string | null; HCSender: string };
const rows = (list: string, draftId: number): Promise<Row[]> => sp(OWNER).web.lists.getByTitle(list).items
  .select('Id', 'HCChangeKey', 'HCSentAt', 'HCSender').filter(`substringof('article:${draftId}:', HCChangeKey)`)();

const housekeeping = (user: string): Promise<unknown> =>
  new AuthoringHousekeeping(sp(user), graphAs(emu, user), t => `${emu.siteUrl}/x?draft=${t.draftId}`, 0).run();

async function inReview(author: string, title: string): Promise<Draft> {
  const content: ArticleContent = { title, summary: 'Depuis la page du compte.', bodyHtml: '<p>Ouvrez la page du compte.</p>', questions: [], keywords: [], categoryId: passwords, kind: 'howto' };
  const d = await service(author).createDraft({ content, language: 'fr', template: 'howto' });
  // Contributors cannot write the article outbox: the reviewers are told by the next housekeeping.
  expect(await service(author).submit(d.id, d.etag)).toEqual({ mails: 'deferred' });
  return (await service(JEAN).drafts.get(d.id))!;
}

it('a reviewer who is no agent publishes: the author is mailed at once, once, from the article outbox (nothing in the tickets\')', async () => {
  const draft = await inReview(NADIA, 'Changer de mot de passe depuis un téléphone');
  emu.clearOutbox();
  expect((await service(JEAN).publish(draft.id, draft.etag)).mails).toBe('sent');
  expect(mailsTo(NADIA)).toEqual([expect.objectContaining({ subject: expect.stringContaining('publié') })]);
  const recorded = await rows('ArticleNotifications', draft.id);
  expect(recorded.filter(r => r.HCChangeKey.indexOf(':publish|') > 0)).toEqual([expect.objectContaining({ HCSentAt: expect.any(String), HCSender: 'browser' })]);
  expect(await rows('HelpNotifications', draft.id)).toEqual([]);
  // Housekeeping of every kind afterwards (the reviewer's, the owner's) records and sends nothing more.
  await housekeeping(JEAN);
  await housekeeping(OWNER);
  expect(mailsTo(NADIA)).toHaveLength(1);
});

it('a send back reaches the author once, with the reviewer\'s words', async () => {
  const draft = await inReview(NADIA, 'Mot de passe refusé au premier essai');
  emu.clearOutbox();
  expect(await service(JEAN).sendBack(draft.id, draft.etag, 'Précisez le message exact.')).toEqual({ mails: 'sent' });
  await housekeeping(JEAN);
  await housekeeping(OWNER);
  const mails = mailsTo(NADIA);
  expect(mails).toHaveLength(1);
  expect(mails[0].body).toContain('Précisez le message exact.');
});

it('contributors and readers can neither read nor write the article outbox; reviewers record but delete nothing', async () => {
  const row = { Title: 'x', HCChangeKey: 'article:1:99:publish|someone@x.fr', HCTemplate: 'article_published', HCSender: 'browser' };
  for (const who of [NADIA, TOM]) {
    const list = sp(who).web.lists.getByTitle('ArticleNotifications');
    expect([403, 404]).toContain((await spError(list.items.select('Id').top(1)())).status);
    expect([403, 404]).toContain((await spError(list.items.add(row))).status);
  }
  const mine = await sp(JEAN).web.lists.getByTitle('ArticleNotifications').items.add({ ...row, HCChangeKey: 'article:1:99:publish|jean-test@x.fr' });
  expect((await spError(sp(JEAN).web.lists.getByTitle('ArticleNotifications').items.getById(mine.Id).recycle())).status).toBe(403);
});

it('the tickets\' outbox still refuses reviewers, reading and writing', async () => {
  const list = sp(JEAN).web.lists.getByTitle('HelpNotifications');
  expect([403, 404]).toContain((await spError(list.items.select('Id').top(1)())).status);
  expect([403, 404]).toContain((await spError(list.items.add({ Title: 'x', HCChangeKey: 'article:1:1:publish|a@b.fr' }))).status);
});

it('with the server-side sender, the flow sends the article mails from the help desk\'s mailbox, once', async () => {
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings').items;
  await settings.add({ Title: 'notifications.sender', HCSettingKey: 'notifications.sender', HCValue: 'server' });
  await settings.add({ Title: 'notifications.senderAddress', HCSettingKey: 'notifications.senderAddress', HCValue: SHARED });
  // With the server-side sender, the set-up stores the built-in templates (the article mails' among them).
  expect((await new SiteProvisioner(sp(OWNER)).apply()).ready).toBe(true);
  const draft = await inReview(NADIA, 'Mot de passe et double authentification');
  emu.clearOutbox();
  expect(await service(JEAN).sendBack(draft.id, draft.etag, 'Ajoutez la capture de Authenticator.')).toEqual({ mails: 'sent' });
  expect(mailsTo(NADIA)).toEqual([]);
  expect((await rows('ArticleNotifications', draft.id)).filter(r => r.HCChangeKey.indexOf(':sendBack|') > 0).map(r => r.HCSender)).toEqual(['server']);
  const run = async (): Promise<MailFlowPass> => {
    const res = await fetch(`${emu.origin}/_workbench/flows/mail/run`, { method: 'POST', headers: { 'X-Workbench-Secret': emu.secret } });
    expect(res.status).toBe(200);
    return (await res.json()) as MailFlowPass;
  };
  const pass = await run();
  expect(pass.status).toBe('Succeeded');
  expect(mailsTo(NADIA)).toEqual([expect.objectContaining({ from: SHARED, body: expect.stringContaining('Ajoutez la capture de Authenticator.') })]);
  await run();
  expect(mailsTo(NADIA)).toHaveLength(1);
});
