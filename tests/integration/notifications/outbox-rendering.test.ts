// A notification row holds the recipient and the template values, never a rendered mail: whoever sends renders the
// HelpSettings template with the row's values at that moment. So a retry sends the template as it stands then, text
// typed by a requester is escaped whenever it is rendered, and a row that cannot be rendered safely (the old format
// with stored HTML, a missing or unsafe template) is marked `Not sent: …` and never sent.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, addNotificationTemplates, graphAs, setUpHelpCenter, start } from '../emulator/helpers';
import { MailTemplate, NotificationOutbox, OutgoingNotification, settingsTemplateSource } from '../../../src/data/notifications';
import { BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { mailTemplateSource } from '../../../src/data/notifications/templateCatalog';

let emu: Emulator;
let sp: (user: string) => SPFI;
let ticketId: number;

async function outboxAs(email: string, sender?: 'browser' | 'server'): Promise<NotificationOutbox> {
  const me = await sp(email).web.currentUser.select('Id')();
  return new NotificationOutbox(sp(email), await graphAs(emu, email)(), mailTemplateSource(sp(email)), me.Id,
    sender ? { senderMode: async () => sender } : {});
}

function change(key: string, template = 'status_changed'): OutgoingNotification {
  return {
    ticketId, changeKey: key, template,
    values: { ticketId, title: 'Écran <script>alert(1)</script>', status: { fr: 'en cours', en: 'in progress' }, message: key, link: 'https://x/?a=1&b=2' },
    recipients: [{ email: LEA, displayName: 'Léa Dubois', language: 'fr' }, { email: TEACHER, displayName: 'Jean Moreau', language: 'en' }],
  };
}

function mailsOf(key: string): { to: string; subject: string; body: string }[] {
  return emu.outbox().filter((m) => m.body.includes(key)).map((m) => ({ to: m.to[0], subject: m.subject, body: m.body }));
}

const notifications = () => sp(OWNER).web.lists.getByTitle('HelpNotifications');

async function rowsOf(key: string): Promise<{ Id: number; Title: string; HCRecipients: string; HCValues: string; HCSentAt: string | null; HCError: string | null }[]> {
  return notifications().items.select('Id', 'Title', 'HCRecipients', 'HCValues', 'HCSentAt', 'HCError', 'HCChangeKey').filter(`substringof('${key}|', HCChangeKey)`).orderBy('ID')();
}

async function setTemplate(key: string, template: MailTemplate): Promise<void> {
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
  const [found] = await settings.items.select('Id').filter(`HCSettingKey eq 'notifications.template.${key}'`)();
  if (found) await settings.items.getById(found.Id).update({ HCValue: JSON.stringify(template) });
  else await settings.items.add({ Title: key, HCSettingKey: `notifications.template.${key}`, HCValue: JSON.stringify(template) });
}

/** Records a change's rows while Graph fails: rows unsent, nothing mailed. */
async function recordedUnsent(email: string, key: string, template?: string): Promise<void> {
  emu.faults.add({ match: 'sendMail', status: 503, times: 40, retryAfter: 0 });
  const results = await (await outboxAs(email)).notify(change(key, template));
  emu.faults.clear();
  expect(results.map((r) => r.outcome)).toEqual(['failed', 'failed']);
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  await addNotificationTemplates(sp);
  await setTemplate('status_changed', BUILT_IN_TEMPLATES.status_changed);
  ticketId = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'Écran', HCDescription: 'noir' })).Id;
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

it('stores the recipient and the values as text, never the rendered mail', async () => {
  await (await outboxAs(AGENT_L1)).notify(change('stored-1'));
  const [lea, teacher] = await rowsOf('stored-1');
  expect(JSON.parse(lea.HCRecipients)).toEqual({ recipient: { email: LEA, displayName: 'Léa Dubois', language: 'fr' } });
  expect(JSON.parse(lea.HCValues)).toEqual({
    ticketId: String(ticketId), title: 'Écran <script>alert(1)</script>', status: 'en cours', message: 'stored-1', link: 'https://x/?a=1&b=2', recipientName: 'Léa Dubois',
  });
  expect(JSON.parse(teacher.HCValues)).toMatchObject({ status: 'in progress', recipientName: 'Jean Moreau' });
  expect(lea.HCRecipients).not.toMatch(/htmlBody|<p>/);
  // The list view's subject, plain text.
  expect(lea.Title).toBe(`[Centre d'aide] Demande n°${ticketId} : en cours`);
  const mail = mailsOf('stored-1').find((m) => m.to === LEA)!;
  expect(mail.body).toContain('Écran &lt;script&gt;alert(1)&lt;&#x2F;script&gt;');
  expect(mail.body).not.toContain('<script>');
});

it('renders at send time: a template changed between the record and the retry is the one sent, values escaped', async () => {
  await recordedUnsent(AGENT_L1, 'changed-1');
  await setTemplate('status_changed', {
    fr: { subject: 'Modifié : {{status}}', body: '<p>{{title}} — {{message}}</p>' },
    en: { subject: 'Changed: {{status}}', body: '<p>{{title}} / {{message}}</p>' },
  });
  try {
    const retried = await (await outboxAs(AGENT_L1)).retryUnsent();
    expect(retried.filter((r) => r.key.startsWith('changed-1')).map((r) => r.outcome)).toEqual(['sent', 'sent']);
    expect(mailsOf('changed-1').sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      { to: TEACHER, subject: 'Changed: in progress', body: '<p>Écran &lt;script&gt;alert(1)&lt;&#x2F;script&gt; / changed-1</p>' },
      { to: LEA, subject: 'Modifié : en cours', body: '<p>Écran &lt;script&gt;alert(1)&lt;&#x2F;script&gt; — changed-1</p>' },
    ].sort((a, b) => a.to.localeCompare(b.to)));
  } finally {
    await setTemplate('status_changed', BUILT_IN_TEMPLATES.status_changed);
  }
});

it('marks a row of the old format (rendered HTML in HCRecipients, no values) not sent, and leaves it alone afterwards', async () => {
  const me = await sp(AGENT_L1).web.currentUser.select('Id')();
  const key = NotificationOutbox.recipientKey('old-format-1', LEA);
  const { Id } = await sp(AGENT_L1).web.lists.getByTitle('HelpNotifications').items.add({
    Title: 'Ancien', HCTicketId: ticketId, HCChangeKey: key, HCTemplate: 'status_changed', HCLanguage: 'fr',
    HCRecipients: JSON.stringify({ recipient: { email: LEA, displayName: 'Léa', language: 'fr' }, subject: 'old-format-1', htmlBody: '<p>old-format-1 <a href="https://phish.example">ici</a></p>' }),
  });
  const outbox = new NotificationOutbox(sp(AGENT_L1), await graphAs(emu, AGENT_L1)(), settingsTemplateSource(sp(AGENT_L1)), me.Id);
  const results = (await outbox.retryUnsent()).filter((r) => r.key === key);
  expect(results).toEqual([{ email: LEA, key, outcome: 'failed', error: 'Not sent: recorded before mails were rendered when sent (the row holds rendered HTML, which is never sent)' }]);
  expect(mailsOf('old-format-1')).toEqual([]);
  const row = await notifications().items.getById(Id).select('HCSentAt', 'HCError')<{ HCSentAt: string | null; HCError: string }>();
  expect(row).toMatchObject({ HCSentAt: null, HCError: results[0].error });
  expect((await outbox.retryUnsent()).filter((r) => r.key === key)).toEqual([]);
});

it('marks not sent a row whose template left HelpSettings (one with no built-in), and refuses a template that would insert a value unescaped', async () => {
  const custom: MailTemplate = { fr: { subject: 'Avis : {{status}}', body: '<p>{{title}} — {{message}}</p>' }, en: { subject: 'Notice: {{status}}', body: '<p>{{title}} / {{message}}</p>' } };
  await setTemplate('notice_custom', custom);
  await recordedUnsent(AGENT_L1, 'gone-1', 'notice_custom');
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
  const [t] = await settings.items.select('Id').filter("HCSettingKey eq 'notifications.template.notice_custom'")();
  await settings.items.getById(t.Id).update({ HCSettingKey: 'notifications.template.notice_custom.off' });
  try {
    const results = (await (await outboxAs(AGENT_L1)).retryUnsent()).filter((r) => r.key.startsWith('gone-1'));
    expect(results.map((r) => r.error)).toEqual(['Not sent: the template "notice_custom" is not in HelpSettings', 'Not sent: the template "notice_custom" is not in HelpSettings']);
  } finally {
    await settings.items.getById(t.Id).update({ HCSettingKey: 'notifications.template.notice_custom' });
  }
  // A built-in template an owner removed from HelpSettings: the built-in one is sent.
  await recordedUnsent(AGENT_L1, 'builtin-back-1');
  const [own] = await settings.items.select('Id').filter("HCSettingKey eq 'notifications.template.status_changed'")();
  await settings.items.getById(own.Id).update({ HCSettingKey: 'notifications.template.status_changed.off' });
  try {
    const results = (await (await outboxAs(AGENT_L1)).retryUnsent()).filter((r) => r.key.startsWith('builtin-back-1'));
    expect(results.map((r) => r.outcome)).toEqual(['sent', 'sent']);
    expect(mailsOf('builtin-back-1').map((m) => m.subject).sort()).toEqual([`[Centre d'aide] Demande n°${ticketId} : en cours`, `[Help center] Request #${ticketId}: in progress`].sort());
  } finally {
    await settings.items.getById(own.Id).update({ HCSettingKey: 'notifications.template.status_changed' });
  }
  await setTemplate('raw_html', { fr: { subject: 's', body: '<p>{{{title}}}</p>' }, en: { subject: 's', body: '<p>{{&title}}</p>' } });
  const refused = await (await outboxAs(AGENT_L1)).notify(change('raw-1', 'raw_html'));
  expect(refused.map((r) => r.outcome)).toEqual(['failed', 'failed']);
  expect(refused[0].error).toMatch(/without HTML escaping/);
  expect(await rowsOf('raw-1')).toEqual([]);
  expect(mailsOf('raw-1')).toEqual([]);
});

it('in server mode, queues only templates the flow renders as the browser does, and only templates stored in HelpSettings', async () => {
  // Built in but not in HelpSettings (the set-up stores the built-ins only once the sender is the server): the flow could not render it.
  expect(BUILT_IN_TEMPLATES.ticket_rated).toBeDefined();
  const builtIn = await (await outboxAs(AGENT_L1, 'server')).notify(change('builtin-1', 'ticket_rated'));
  expect(builtIn.map((r) => r.outcome)).toEqual(['failed', 'failed']);
  expect(builtIn[0].error).toMatch(/not in HelpSettings: the server-side sender renders only templates stored there/);
  // In the browser the built-in one is sent as before.
  expect((await (await outboxAs(AGENT_L1, 'browser')).notify(change('builtin-2', 'ticket_rated'))).map((r) => r.outcome)).toEqual(['sent', 'sent']);
  await setTemplate('standalone', { fr: { subject: 's {{message}}', body: '<p>\n{{#message}}\n{{message}}\n{{/message}}\n</p>' }, en: { subject: 's {{message}}', body: 'b {{message}}' } });
  const outside = await (await outboxAs(AGENT_L1, 'server')).notify(change('standalone-1', 'standalone'));
  expect(outside[0]).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/outside what the server-side sender renders: fr\.body: a line holds only section/) });
  expect(await rowsOf('standalone-1')).toEqual([]);
});
