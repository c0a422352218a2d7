// The notification outbox against the emulator: HelpNotifications + Graph sendMail, exactly once per change.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { Client } from '@microsoft/microsoft-graph-client';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, setUpHelpCenter, start } from '../emulator/helpers';
import { MailTemplate, NotificationOutbox, OutgoingNotification } from '../../../src/data/notifications';

const TEMPLATE: MailTemplate = {
  fr: { subject: 'Demande n°{{ticketId}} : {{status}}', body: '<p>Bonjour {{recipientName}},</p><p>« {{title}} » est {{status}}.</p>' },
  en: { subject: 'Request #{{ticketId}}: {{status}}', body: '<p>Hello {{recipientName}},</p><p>"{{title}}" is {{status}}.</p>' }
};

let emu: Emulator;
let sp: (user: string) => SPFI;
let ticketId: number;

/** The Graph client SPFx's MSGraphClientV3 wraps, pointed at the emulator, acting as `email`. */
function graphAs(email: string): Client {
  return Client.init({
    baseUrl: new URL(emu.siteUrl).origin,
    defaultVersion: 'v1.0',
    authProvider: (done) => done(null, 'workbench'),
    fetchOptions: { headers: { 'X-Workbench-User': email, 'X-Workbench-Secret': emu.secret } },
  });
}

async function outboxAs(email: string): Promise<NotificationOutbox> {
  const me = await sp(email).web.currentUser.select('Id')();
  return new NotificationOutbox(sp(email), graphAs(email), async (key) => (key === 'status_changed' ? TEMPLATE : undefined), me.Id);
}

function change(key: string): OutgoingNotification {
  return {
    ticketId,
    changeKey: key,
    template: 'status_changed',
    values: { ticketId, title: 'Wifi <script>alert(1)</script> en salle B204', status: 'pris en charge' },
    recipients: [
      { email: LEA, displayName: 'Léa Dubois', language: 'fr' },
      { email: TEACHER, displayName: 'Prof. Jean Moreau', language: 'fr' },
      { email: LEA.toUpperCase(), displayName: 'Léa (again)', language: 'fr' },
    ],
  };
}

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  ticketId = (await sp(LEA).web.lists.getByTitle('HelpTickets').items.add({ Title: 'Wifi', HCDescription: 'Plus de wifi' })).Id;
});

afterAll(() => emu.close());

beforeEach(() => { emu.faults.clear(); });

it('records one item per recipient, sends each mail once through Graph as the agent, and a retry sends nothing', async () => {
  const outbox = await outboxAs(AGENT_L1);
  const first = await outbox.notify(change(`${ticketId}:1:takeInCharge`));
  expect(first.map((r) => r.outcome)).toEqual(['sent', 'sent']);
  const mails = emu.outbox().filter((m) => m.subject.startsWith(`Demande n°${ticketId} `));
  expect(mails.map((m) => m.to[0]).sort()).toEqual([LEA, TEACHER].sort());
  expect(mails.every((m) => m.from === AGENT_L1)).toBe(true);
  // Text typed by a requester is escaped in the HTML body.
  expect(mails[0].body).toContain('&lt;script&gt;');
  expect(mails[0].body).not.toContain('<script>');
  const again = await outbox.notify(change(`${ticketId}:1:takeInCharge`));
  expect(again.map((r) => r.outcome)).toEqual(['alreadySent', 'alreadySent']);
  expect(emu.outbox().filter((m) => m.subject.startsWith(`Demande n°${ticketId} `))).toHaveLength(2);
  const items = await sp(AGENT_L1).web.lists.getByTitle('HelpNotifications').items.select('HCChangeKey', 'HCSentAt').filter(`HCTicketId eq ${ticketId}`)();
  expect(items).toHaveLength(2);
  expect(items.every((i: { HCSentAt: string | null }) => !!i.HCSentAt)).toBe(true);
});

it('two clients notifying the same change at once record and send it once', async () => {
  const [a, b] = [await outboxAs(AGENT_L1), await outboxAs(OWNER)];
  const before = emu.outbox().length;
  const key = `${ticketId}:2:escalate`;
  const results = await Promise.all([a.notify(change(key)), b.notify(change(key))]);
  expect(emu.outbox().length - before).toBe(2);
  const outcomes = results.flat().map((r) => r.outcome).sort();
  expect(outcomes.filter((o) => o === 'sent')).toHaveLength(2);
});

it('a Graph failure leaves the item unsent with its error, and the next desk load sends it exactly once', async () => {
  const outbox = await outboxAs(AGENT_L1);
  const before = emu.outbox().length;
  emu.faults.add({ match: 'sendMail', status: 503, times: 20, retryAfter: 1 });
  const failed = await outbox.notify(change(`${ticketId}:3:askForInformation`));
  expect(failed.map((r) => r.outcome)).toEqual(['failed', 'failed']);
  expect(emu.outbox().length).toBe(before);
  emu.faults.clear();
  const retried = await outbox.retryUnsent();
  expect(retried.map((r) => r.outcome)).toEqual(['sent', 'sent']);
  expect(emu.outbox().length - before).toBe(2);
  expect(await outbox.retryUnsent()).toEqual([]);
});
