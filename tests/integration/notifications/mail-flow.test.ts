// The server-side sender: with HelpSettings `notifications.sender` = server, the desk records its mails for the
// flow (flows/help-center-mailer/definition.json) and sends none itself; the workbench runs that very definition
// as the flow's account (POST /_workbench/flows/mail/run), which renders each row's template at send time and
// sends it from the help desk's shared mailbox — once, even when two passes run at once — and sends only rows
// written by the support group or an owner, with a template that exists.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, addNotificationTemplates, as, graphAs, setUpHelpCenter, start } from '../emulator/helpers';
import { DEMO_DOMAIN, MAIL_FLOW_ACCOUNT } from '../../../workbench/server/directory';
import type { MailFlowPass } from '../../../workbench/server/mail-flow';
import { runMailFlowPass } from '../../../workbench/server/mail-flow';
import { NotificationOutbox, OutgoingNotification, mailValues, renderMail, settingsTemplateSource } from '../../../src/data/notifications';
import { BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';
import { NOTIFICATION_TEMPLATES } from '../../../workbench/seed/data/settings';
import { builtInCopy, installBuiltInTemplates } from '../../../src/data/notifications/templateCatalog';
import { SiteProvisioner } from '../../../src/data/provisioning';
import { TicketNotifier } from '../../../src/data/tickets/ticketNotifier';
import { pageLinks } from '../../../src/data/pageLinks';
import { applyAction, DEFAULT_LIFECYCLE_SETTINGS, type Actor, type Ticket } from '../../../src/domain/tickets';

const SHARED = `assistance@${DEMO_DOMAIN}`;
const AGENT_2 = `julie.petit@${DEMO_DOMAIN}`;

let emu: Emulator;
let sp: (user: string) => SPFI;
let ticketId: number;

async function outboxAs(email: string): Promise<NotificationOutbox> {
  const me = await sp(email).web.currentUser.select('Id')();
  return new NotificationOutbox(sp(email), await graphAs(emu, email)(), settingsTemplateSource(sp(email)), me.Id);
}

function change(key: string, title = 'Wifi <script>alert(1)</script> en B204'): OutgoingNotification {
  return {
    ticketId, changeKey: key, template: 'status_changed',
    values: { ticketId, title, status: { fr: 'pris en charge', en: 'taken in charge' }, link: `${emu.siteUrl}/SitePages/Desk.aspx?ticket=${ticketId}`, agentName: 'Karim Haddad', message: key },
    recipients: [{ email: LEA, displayName: 'Léa Dubois', language: 'fr' }, { email: TEACHER, displayName: 'Prof. Jean Moreau', language: 'en' }],
  };
}

async function runPass(): Promise<MailFlowPass> {
  const res = await fetch(`${emu.origin}/_workbench/flows/mail/run`, { method: 'POST', headers: { 'X-Workbench-Secret': emu.secret } });
  expect(res.status).toBe(200);
  return (await res.json()) as MailFlowPass;
}

function mailsOf(key: string): { to: string; from: string; sentBy?: string; subject: string; body: string }[] {
  return emu.outbox().filter((m) => m.body.includes(key)).map((m) => ({ to: m.to[0], from: m.from, sentBy: m.sentBy, subject: m.subject, body: m.body }));
}

async function rowsOf(key: string): Promise<{ Id: number; HCSentAt: string | null; HCError: string | null; HCSender: string }[]> {
  return sp(OWNER).web.lists.getByTitle('HelpNotifications').items.select('Id', 'HCSentAt', 'HCError', 'HCSender', 'HCChangeKey')
    .filter(`substringof('${key}|', HCChangeKey)`)();
}

async function setting(key: string, value: string): Promise<void> {
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
  const found = await settings.items.select('Id').filter(`HCSettingKey eq '${key}'`)();
  if (found.length) await settings.items.getById(found[0].Id).update({ HCValue: value });
  else await settings.items.add({ Title: key, HCSettingKey: key, HCValue: value });
}

/** A row an owner writes by hand (over REST), for the flow. */
async function ownerRow(key: string, template: string): Promise<number> {
  const values = mailValues({ ticketId, title: 'Imprimante', status: 'résolue', message: key }, 'fr', 'Léa Dubois');
  return (await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.add({
    Title: 'à la main', HCTicketId: ticketId, HCChangeKey: `${key}|${LEA}`, HCTemplate: template, HCLanguage: 'fr', HCSender: 'server',
    HCRecipients: JSON.stringify({ recipient: { email: LEA, displayName: 'Léa Dubois', language: 'fr' } }), HCValues: JSON.stringify(values),
  })).Id;
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, AGENT_2]);
  await addNotificationTemplates(sp);
  await setting('notifications.sender', 'server');
  await setting('notifications.senderAddress', SHARED);
  // With the server-side sender, the set-up stores the built-in templates: the flow reads HelpSettings only.
  expect((await new SiteProvisioner(sp(OWNER)).apply()).ready).toBe(true);
  ticketId = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'Wifi', HCDescription: 'Plus de wifi' })).Id;
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

it('queues the mails in server mode: the browser sends nothing, not even on its retry', async () => {
  const results = await (await outboxAs(AGENT_L1)).notify(change('queued-1'));
  expect(results.map((r) => r.outcome)).toEqual(['queued', 'queued']);
  // Callers treat every outcome but 'failed' as fine.
  expect(results.every((r) => r.outcome !== 'failed')).toBe(true);
  expect(mailsOf('queued-1')).toEqual([]);
  expect((await rowsOf('queued-1')).map((r) => r.HCSender)).toEqual(['server', 'server']);
  expect((await (await outboxAs(AGENT_L1)).retryUnsent()).filter((r) => r.key.startsWith('queued-1'))).toEqual([]);
  expect(mailsOf('queued-1')).toEqual([]);
  // Notifying the same change again records nothing more and still leaves it to the flow.
  expect((await (await outboxAs(AGENT_2)).notify(change('queued-1'))).map((r) => r.outcome)).toEqual(['queued', 'queued']);
  expect(await rowsOf('queued-1')).toHaveLength(2);
});

it('sends each queued mail once from the shared mailbox, rendered as the browser renders it, when two passes run at once', async () => {
  await (await outboxAs(AGENT_L1)).notify(change('flow-1'));
  const ids = (await rowsOf('flow-1')).map((r) => r.Id);
  // Both passes read the rows before either claims one (the flow's own rights check is slowed down).
  emu.faults.add({ match: 'getusereffectivepermissions', latencyMs: 300, times: 2 });
  const [a, b] = await Promise.all([runPass(), runPass()]);
  expect([a.status, b.status]).toEqual(['Succeeded', 'Succeeded']);
  expect(a.claimsLost + b.claimsLost).toBeGreaterThanOrEqual(2);
  const sent = [...a.sent, ...b.sent].filter((m) => ids.includes(m.rowId));
  expect(sent.map((m) => m.to).sort()).toEqual([LEA, TEACHER].sort());
  const mails = mailsOf('flow-1');
  expect(mails.map((m) => m.to).sort()).toEqual([LEA, TEACHER].sort());
  expect(mails.every((m) => m.from === SHARED && m.sentBy === MAIL_FLOW_ACCOUNT)).toBe(true);
  // The flow's rendering is the browser's (mustache.js), in each recipient's language, values escaped.
  const template = BUILT_IN_TEMPLATES.status_changed;
  const values = change('flow-1').values;
  for (const r of change('flow-1').recipients) {
    const expected = renderMail(template, r.language, mailValues(values, r.language, r.displayName));
    const mail = mails.find((m) => m.to === r.email)!;
    expect({ subject: mail.subject, htmlBody: mail.body }).toEqual(expected);
  }
  expect(mails[0].body).toContain('&lt;script&gt;');
  expect(mails[0].body).not.toContain('<script>');
  expect((await rowsOf('flow-1')).every((r) => !!r.HCSentAt && !r.HCError)).toBe(true);
  // A later pass has nothing left of it.
  expect((await runPass()).sent.filter((m) => ids.includes(m.rowId))).toEqual([]);
  expect(mailsOf('flow-1')).toHaveLength(2);
});

it('marks not sent, with a clear reason, a row an owner added with a made-up template', async () => {
  const id = await ownerRow('made-up-1', 'no_such_template');
  const pass = await runPass();
  expect(pass.status).toBe('Succeeded');
  expect(pass.sent.filter((m) => m.rowId === id)).toEqual([]);
  const row = await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.getById(id).select('HCSentAt', 'HCError')<{ HCSentAt: string | null; HCError: string }>();
  expect(row).toMatchObject({ HCSentAt: null, HCError: 'Not sent: the template "no_such_template" is not in HelpSettings' });
  // Final: the next pass leaves it alone.
  await runPass();
  expect((await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.getById(id).select('HCError')<{ HCError: string }>()).HCError).toMatch(/^Not sent: /);
});

it('does not send a row whose Author is not in the support group nor an owner (an owner rewrote it with ValidateUpdateListItem)', async () => {
  const id = await ownerRow('forged-author-1', 'status_changed');
  const res = await fetch(`${emu.siteUrl}/_api/web/lists/getbytitle('HelpNotifications')/items(${id})/ValidateUpdateListItem`, {
    method: 'POST', headers: { ...as(emu, OWNER), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${LEA}` }]) }], bNewDocumentUpdate: false }),
  });
  expect(res.status).toBe(200);
  const leaId = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${LEA}`)).Id;
  expect((await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.getById(id).select('AuthorId')<{ AuthorId: number }>()).AuthorId).toBe(leaId);
  const pass = await runPass();
  expect(pass.sent.filter((m) => m.rowId === id)).toEqual([]);
  expect(mailsOf('forged-author-1')).toEqual([]);
  const row = await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.getById(id).select('HCSentAt', 'HCError')<{ HCSentAt: string | null; HCError: string }>();
  expect(row.HCSentAt).toBeNull();
  expect(row.HCError).toBe(`Not sent: its author (i:0#.f|membership|${LEA}) is neither in the support group nor an owner of the site: only they can write HelpNotifications`);
});

it('renders at send time: a template changed after the row was recorded is the one sent', async () => {
  await (await outboxAs(AGENT_L1)).notify(change('changed-1'));
  await setting('notifications.template.status_changed', JSON.stringify({
    fr: { subject: 'Nouveau modèle : {{status}}', body: '<p>Nouveau {{title}} {{#message}}[{{message}}]{{/message}}</p>' },
    en: { subject: 'New template: {{status}}', body: '<p>New {{title}} {{^missing}}[{{message}}]{{/missing}}</p>' },
  }));
  try {
    await runPass();
    const mails = mailsOf('changed-1');
    expect(mails.find((m) => m.to === LEA)).toMatchObject({ subject: 'Nouveau modèle : pris en charge', body: '<p>Nouveau Wifi &lt;script&gt;alert(1)&lt;&#x2F;script&gt; en B204 [changed-1]</p>' });
    expect(mails.find((m) => m.to === TEACHER)).toMatchObject({ subject: 'New template: taken in charge', body: '<p>New Wifi &lt;script&gt;alert(1)&lt;&#x2F;script&gt; en B204 [changed-1]</p>' });
  } finally {
    await setting('notifications.template.status_changed', JSON.stringify(BUILT_IN_TEMPLATES.status_changed));
  }
});

it('refuses to run without a sender address, and says why', async () => {
  await (await outboxAs(AGENT_L1)).notify(change('no-sender-1'));
  await setting('notifications.senderAddress', '');
  await setting('helpdesk.contact', 'Appelez le 01 84 88 47 84');
  try {
    const pass = await runPass();
    expect(pass).toMatchObject({ status: 'Failed', error: { code: 'NoSenderAddress' }, sent: [] });
    expect(pass.error!.message).toMatch(/notifications\.senderAddress/);
    expect(mailsOf('no-sender-1')).toEqual([]);
    // helpdesk.contact as JSON with an email is the fallback.
    await setting('helpdesk.contact', JSON.stringify({ phone: '01 84 88 47 84', email: SHARED }));
    expect((await runPass()).status).toBe('Succeeded');
    expect(mailsOf('no-sender-1').map((m) => m.from)).toEqual([SHARED, SHARED]);
  } finally {
    await setting('notifications.senderAddress', SHARED);
  }
});

it('refuses to run as an account that cannot check who wrote the rows (not a site owner)', async () => {
  await (await outboxAs(AGENT_L1)).notify(change('not-owner-1'));
  const pass = await runMailFlowPass(emu, { account: AGENT_2 });
  expect(pass).toMatchObject({ status: 'Failed', error: { code: 'CannotCheckAuthors' }, sent: [] });
  expect(mailsOf('not-owner-1')).toEqual([]);
  // A requester's account cannot even read the outbox.
  expect(await runMailFlowPass(emu, { account: LEA })).toMatchObject({ status: 'Failed', error: { code: 'CannotReadOutbox' } });
});

it('needs the workbench secret to run a pass', async () => {
  const res = await fetch(`${emu.origin}/_workbench/flows/mail/run`, { method: 'POST' });
  expect(res.status).toBe(403);
});

it('has the set-up store every role\'s built-in template for the flow, keep an owner\'s own text, refresh unedited copies, and write nothing twice', async () => {
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
  const stored = async (key: string): Promise<string | undefined> =>
    (await settings.items.select('HCValue').filter(`HCSettingKey eq 'notifications.template.${key}'`)())[0]?.HCValue;
  for (const key of ['ticket_created.watcher', 'escalated.teamQueue', 'public_reply', 'approval_decided.assignee']) expect(await stored(key)).toBe(builtInCopy(key));
  // The demo's own confirmation (an owner's text) is kept.
  expect(JSON.parse((await stored('ticket_created'))!)).toEqual(NOTIFICATION_TEMPLATES.ticket_created);
  expect(await installBuiltInTemplates(sp(OWNER))).toMatchObject({ added: [], updated: [] });
  // A copy from an older version, never edited (its mark matches its text), is brought up to date; an edited one is kept.
  const old = { fr: { subject: 'ancien {{title}}', body: '<p>ancien</p>' }, en: { subject: 'old {{title}}', body: '<p>old</p>' } };
  const { hash } = await import('../../../src/data/notifications/outboxRows');
  await setting('notifications.template.reopened.watcher', JSON.stringify({ ...old, builtIn: hash(JSON.stringify(old)) }));
  await setting('notifications.template.reopened.assignee', JSON.stringify({ ...old, builtIn: 'edited-since' }));
  const report = await installBuiltInTemplates(sp(OWNER));
  expect(report.updated).toEqual(['reopened.watcher']);
  expect(report.kept).toEqual(expect.arrayContaining(['ticket_created', 'reopened.assignee']));
  expect(await stored('reopened.watcher')).toBe(builtInCopy('reopened.watcher'));
});

it('sends each role its own template through the flow: the row names the role\'s key', async () => {
  const leaId = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${LEA}`)).Id;
  const teacherId = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${TEACHER}`)).Id;
  const agentId = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${AGENT_L1}`)).Id;
  const teams = sp(OWNER).web.lists.getByTitle('HelpTeams');
  const n1 = (await teams.items.add({ Title: 'Assistance N1', HCLevel: 'L1', HCMembersId: [agentId] })).Id;
  const n2 = (await teams.items.add({ Title: 'Réseau N2', HCTitleEn: 'Network L2', HCLevel: 'L2', HCQueueEmail: `reseau@${DEMO_DOMAIN}` })).Id;
  const ticket: Ticket = {
    id: ticketId, title: 'Wifi', description: 'Plus de wifi', kind: 'assistance', priority: 'normal', channel: 'portal', status: 'in_progress', level: 'L1', teamId: n1,
    requester: { id: leaId, email: LEA, displayName: 'Léa Dubois' }, assignedTo: { id: agentId, email: AGENT_L1, displayName: 'Karim Haddad' },
    watchers: [{ id: teacherId, email: TEACHER, displayName: 'Prof. Jean Moreau', language: 'en' }], createdAt: new Date(), language: 'fr', statusHistory: [], sequence: 4
  };
  const actor: Actor = { person: ticket.assignedTo!, isAgent: true, teamIds: [n1], isSiteOwner: false };
  const result = applyAction(ticket, { type: 'escalate', level: 'L2', teamId: n2, reason: 'flow-role-1 borne wifi' }, actor, new Date(), DEFAULT_LIFECYCLE_SETTINGS);
  if (!result.ok) throw new Error(result.error);
  expect(await new TicketNotifier(sp(AGENT_L1), graphAs(emu, AGENT_L1), pageLinks(emu.siteUrl)).notify(result.ticket, result.events, actor)).toBe(true);
  const rows = await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.select('HCTemplate', 'HCChangeKey', 'HCSender')
    .filter(`substringof('${result.events[0].changeKey}|', HCChangeKey)`)();
  expect(rows.map((r: { HCTemplate: string }) => r.HCTemplate).sort()).toEqual(['escalated.teamQueue', 'escalated.watcher']);
  const before = emu.outbox().length;
  await runPass();
  // The mails of this pass about the escalation (rows left by the tests above are sent in it too).
  const mails = emu.outbox().slice(before).filter((m) => /Niveau 2|Level 2/.test(m.subject)).map((m) => ({ to: m.to[0], from: m.from, subject: m.subject, body: m.body }));
  expect(mails.map((m) => m.to).sort()).toEqual([TEACHER, `reseau@${DEMO_DOMAIN}`].sort());
  expect(mails.every((m) => m.from === SHARED)).toBe(true);
  expect(mails.find((m) => m.to === TEACHER)!.body).toContain('was handed to the Network L2 team (Level 2)');
  expect(mails.find((m) => m.to === TEACHER)!.body).toContain(`MyRequests.aspx?follow=${ticketId}`.replace(/\//g, '&#x2F;').replace(/=/g, '&#x3D;'));
  const queue = mails.find((m) => m.to !== TEACHER)!;
  expect(queue.subject).toContain('escaladée à votre équipe (Niveau 2)');
  expect(queue.body).toContain('Motif : flow-role-1 borne wifi');
});
