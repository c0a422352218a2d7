// A change informs each person once without a unique HCChangeKey (SharePoint refuses unique columns on lists with
// item-level security): recording reads its keys first and keeps the first written item of a key, and only the
// client that claimed a row (conditional update on its ETag) sends it — also when two of a person's tabs run the
// retry at the same moment; a desk retries only the rows its agent wrote. Only the desk (support group, owners)
// records mail: a requester can neither take a change's key first nor have anyone's mailbox send her values.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, addNotificationTemplates, graphAs, setUpHelpCenter, spError, start } from '../emulator/helpers';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { MailTemplate, NotificationOutbox, OutgoingNotification } from '../../../src/data/notifications';
import { CLAIM_STALE_MS, claimText } from '../../../src/data/notifications/NotificationOutbox';
import { createDeskServices } from '../../../src/data/desk/deskServices';
import { withoutUniqueColumns } from '../intake/noUniqueColumns';

const AGENT_2 = `julie.petit@${DEMO_DOMAIN}`;
const TEMPLATE: MailTemplate = {
  fr: { subject: 'Demande n°{{ticketId}} : {{status}}', body: '<p>Bonjour {{recipientName}},</p><p>{{status}}</p>' },
  en: { subject: 'Request #{{ticketId}}: {{status}}', body: '<p>Hello {{recipientName}},</p><p>{{status}}</p>' },
};

let emu: Emulator;
let sp: (user: string) => SPFI;
let ticketId: number;

async function outboxAs(email: string): Promise<NotificationOutbox> {
  const me = await sp(email).web.currentUser.select('Id')();
  return new NotificationOutbox(sp(email), await graphAs(emu, email)(), async (key) => (key === 'status_changed' ? TEMPLATE : undefined), me.Id);
}

function change(key: string): OutgoingNotification {
  return {
    ticketId, changeKey: key, template: 'status_changed', values: { ticketId, status: key },
    recipients: [{ email: LEA, displayName: 'Léa Dubois', language: 'fr' }, { email: TEACHER, displayName: 'Prof. Jean Moreau', language: 'fr' }],
  };
}

/** Mails of one change (its key is the status the template prints). */
function mailsOf(key: string): string[] {
  return emu.outbox().filter((m) => m.subject.endsWith(`: ${key}`)).map((m) => m.to[0]).sort();
}

async function rowsOf(key: string): Promise<{ Id: number; HCSentAt: string | null; HCError: string | null }[]> {
  return sp(OWNER).web.lists.getByTitle('HelpNotifications').items.select('Id', 'HCSentAt', 'HCError', 'HCChangeKey')
    .filter(`substringof('${key}|', HCChangeKey)`)();
}

/** Records the change's rows as `email` while Graph fails: rows unsent, nothing mailed. */
async function recordedUnsent(email: string, key: string): Promise<void> {
  emu.faults.add({ match: 'sendMail', status: 503, times: 40, retryAfter: 0 });
  const results = await (await outboxAs(email)).notify(change(key));
  emu.faults.clear();
  expect(results.map((r) => r.outcome)).toEqual(['failed', 'failed']);
  expect(mailsOf(key)).toEqual([]);
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, AGENT_2]);
  await withoutUniqueColumns(sp);
  await addNotificationTemplates(sp);
  ticketId = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'Wifi', HCDescription: 'Plus de wifi' })).Id;
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

it('two agents notifying the same change at once: one row and one mail per person', async () => {
  const [a, b] = [await outboxAs(AGENT_L1), await outboxAs(AGENT_2)];
  const results = await Promise.all([a.notify(change('race-1')), b.notify(change('race-1'))]);
  expect(mailsOf('race-1')).toEqual([LEA, TEACHER].sort());
  expect(results.flat().filter((r) => r.outcome === 'sent')).toHaveLength(2);
  expect(results.flat().every((r) => r.outcome !== 'failed')).toBe(true);
  const rows = await rowsOf('race-1');
  expect(rows).toHaveLength(2);
  expect(rows.every((r) => !!r.HCSentAt && !r.HCError)).toBe(true);
});

it('a connection dropped after the rows were written: the retry of the record finds them and sends once', async () => {
  emu.faults.add({ match: '\\$batch', dropAfterWrite: true, times: 1 });
  const results = await (await outboxAs(AGENT_L1)).notify(change('drop-1'));
  expect(emu.faults.list()).toEqual([]);
  expect(results.map((r) => r.outcome)).toEqual(['sent', 'sent']);
  expect(await rowsOf('drop-1')).toHaveLength(2);
  expect(mailsOf('drop-1')).toEqual([LEA, TEACHER].sort());
});

it('a requester can neither write nor read the outbox: no pre-empted change key, no row of hers for a desk to send', async () => {
  const key = NotificationOutbox.recipientKey('pre-empt-1', TEACHER);
  const add = await spError(sp(LEA).web.lists.getByTitle('HelpNotifications').items.add({ HCChangeKey: key, HCRecipients: '{}', HCValues: '{}' }));
  expect([403, 404]).toContain(add.status);
  expect([403, 404]).toContain((await spError(sp(LEA).web.lists.getByTitle('HelpNotifications').items())).status);
  // The desk's notification of that change is recorded and sent as usual.
  expect((await (await outboxAs(AGENT_L1)).notify(change('pre-empt-1'))).map((r) => r.outcome)).toEqual(['sent', 'sent']);
  // Her own retry ("My requests") has nothing of hers to send, and fails nothing.
  expect(await (await outboxAs(LEA)).retryUnsent()).toEqual([]);
});

it('an agent\'s desk never sends a row another agent wrote; that agent\'s own two tabs send it once', async () => {
  await recordedUnsent(AGENT_2, 'housekeeping-1');
  // Sending another agent's row would mail values they wrote from this agent's mailbox: not this desk's to send.
  const byOther = await (await outboxAs(AGENT_L1)).retryUnsent();
  expect(byOther.filter((r) => r.key.startsWith('housekeeping-1|'))).toEqual([]);
  expect(mailsOf('housekeeping-1')).toEqual([]);
  const [t1, t2] = [await outboxAs(AGENT_2), await outboxAs(AGENT_2)];
  const results = await Promise.all([t1.retryUnsent(), t2.retryUnsent()]);
  expect(mailsOf('housekeeping-1')).toEqual([LEA, TEACHER].sort());
  expect(emu.outbox().filter((m) => m.subject.endsWith(': housekeeping-1')).every((m) => m.from === AGENT_2)).toBe(true);
  expect(results.flat().filter((r) => r.key.startsWith('housekeeping-1|') && r.outcome === 'sent')).toHaveLength(2);
  expect((await rowsOf('housekeeping-1')).every((r) => !!r.HCSentAt)).toBe(true);
  expect((await t1.retryUnsent()).filter((r) => r.key.includes('housekeeping-1'))).toEqual([]);
});

it('one agent\'s two tabs retrying at once send each mail once', async () => {
  await recordedUnsent(AGENT_L1, 'tabs-1');
  const [a, b] = [await outboxAs(AGENT_L1), await outboxAs(AGENT_L1)];
  await Promise.all([a.retryUnsent(), b.retryUnsent()]);
  expect(mailsOf('tabs-1')).toEqual([LEA, TEACHER].sort());
});

it('a row claimed by a sender that crashed is left alone, then taken over once the claim is stale', async () => {
  await recordedUnsent(AGENT_L1, 'crash-1');
  const rows = await rowsOf('crash-1');
  const claimedAt = Date.now();
  for (const r of rows) {
    // The agent's own tab claimed the row, then crashed (a claim is only ever written by the row's author).
    await sp(AGENT_L1).web.lists.getByTitle('HelpNotifications').items.getById(r.Id).update({ HCError: claimText({ userId: 9999, nonce: 'crashed', at: claimedAt }) });
  }
  const outbox = await outboxAs(AGENT_L1);
  await outbox.retryUnsent(new Date(claimedAt + 60000));
  expect(mailsOf('crash-1')).toEqual([]);
  // Notifying the same change again while the claim is live sends nothing either.
  expect((await outbox.notify(change('crash-1'))).map((r) => r.outcome)).toEqual(['recordedByAnother', 'recordedByAnother']);
  expect(mailsOf('crash-1')).toEqual([]);
  await Promise.all([outbox.retryUnsent(new Date(claimedAt + CLAIM_STALE_MS + 1000)), (await outboxAs(AGENT_L1)).retryUnsent(new Date(claimedAt + CLAIM_STALE_MS + 1000))]);
  expect(mailsOf('crash-1')).toEqual([LEA, TEACHER].sort());
});

it('the desk\'s housekeeping sends the agent\'s own unsent mails, never another agent\'s row', async () => {
  await recordedUnsent(AGENT_L1, 'desk-1');
  await recordedUnsent(AGENT_2, 'other-1');
  const desk = createDeskServices(sp(AGENT_L1), graphAs(emu, AGENT_L1), (id) => `${emu.siteUrl}/SitePages/Desk.aspx?ticket=${id}`);
  await desk.housekeep();
  expect(mailsOf('desk-1')).toEqual([LEA, TEACHER].sort());
  expect(mailsOf('other-1')).toEqual([]);
});

it('a row someone else saved since is not sent by its author\'s retry (another agent may edit any row: its values are no longer hers)', async () => {
  await recordedUnsent(AGENT_2, 'edited-1');
  for (const r of await rowsOf('edited-1')) {
    await sp(AGENT_L1).web.lists.getByTitle('HelpNotifications').items.getById(r.Id).update({ Title: 'edited by another agent' });
  }
  await (await outboxAs(AGENT_2)).retryUnsent();
  expect(mailsOf('edited-1')).toEqual([]);
});
