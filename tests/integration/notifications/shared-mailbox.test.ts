// Conformance: Microsoft Graph sends from a shared mailbox only for an account Exchange lets send as it.
// - Microsoft Learn, "user: sendMail" (https://learn.microsoft.com/en-us/graph/api/user-sendmail):
//   `POST /me/sendMail` and `POST /users/{id | userPrincipalName}/sendMail`, 202 Accepted.
// - Microsoft Learn, "Send Outlook messages from another user", linked from it
//   (https://learn.microsoft.com/en-us/graph/outlook-send-mail-from-other-user): the signed-in user "MUST have" Send As
//   (or Send on Behalf) on the mailbox the mail is from; sending through `/users/{from}` needs Full Access "in
//   addition"; without the right, `from` another mailbox is refused with 403 ErrorSendAsDenied.
// The workbench models Send As only (the help desk's mails must not show who sent them), and refuses anything else
// with Graph's 403 ErrorAccessDenied: stricter than Exchange, never laxer.
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, as, start } from '../emulator/helpers';
import { DEMO_DOMAIN, MAIL_FLOW_ACCOUNT } from '../../../workbench/server/directory';
import { DEMO_SHARED_MAILBOXES } from '../../../workbench/server/mailboxes';

const SHARED = `assistance@${DEMO_DOMAIN}`;
const EMILY_UPN = `eclarke@${DEMO_DOMAIN}`;

let emu: Emulator;

function message(subject: string, from?: string): unknown {
  return {
    message: {
      subject, body: { contentType: 'HTML', content: '<p>Bonjour</p>' }, toRecipients: [{ emailAddress: { address: LEA } }],
      ...(from ? { from: { emailAddress: { address: from } } } : {}),
    },
  };
}

async function send(who: string, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${emu.origin}/v1.0/${path}/sendMail`, { method: 'POST', headers: { ...as(emu, who), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

const accessDenied = {
  error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.', innerError: { 'request-id': expect.any(String), date: expect.any(String) } },
};

beforeAll(async () => { emu = (await start()).emu; });
afterAll(() => emu.close());
beforeEach(() => emu.clearOutbox());

it('the help desk\'s mailbox: the L1 agents read it (Full Access) but only the mailer\'s account may send as it', () => {
  expect(DEMO_SHARED_MAILBOXES.find((m) => m.address === SHARED)).toMatchObject({ fullAccess: expect.arrayContaining([MAIL_FLOW_ACCOUNT, AGENT_L1]), sendAs: [MAIL_FLOW_ACCOUNT] });
});

it('sends through /users/{shared mailbox} for an account with Full Access and Send As: the mail is from the mailbox', async () => {
  expect((await send(MAIL_FLOW_ACCOUNT, `users/${encodeURIComponent(SHARED)}`, message('partagée-1'))).status).toBe(202);
  expect(emu.outbox()).toEqual([expect.objectContaining({ from: SHARED, sentBy: MAIL_FLOW_ACCOUNT, to: [LEA], subject: 'partagée-1' })]);
});

it.each([
  ['an agent with Full Access but no Send As', AGENT_L1],
  ['a student with no right on the mailbox', LEA],
])('refuses /users/{shared mailbox}/sendMail for %s with 403 ErrorAccessDenied, and sends nothing', async (_who, email) => {
  const res = await send(email, `users/${SHARED}`, message('refusée'));
  expect(res).toEqual({ status: 403, json: accessDenied });
  expect(emu.outbox()).toEqual([]);
});

it('refuses another person\'s mailbox, even to an account that may send as the shared one', async () => {
  expect(await send(MAIL_FLOW_ACCOUNT, `users/${AGENT_L1}`, message('personne'))).toEqual({ status: 403, json: accessDenied });
  expect(emu.outbox()).toEqual([]);
});

it('refuses `from` the shared mailbox on /me/sendMail without Send As (ErrorSendAsDenied), and honours it with Send As', async () => {
  const refused = await send(AGENT_L1, 'me', message('de la part', SHARED));
  expect(refused.status).toBe(403);
  expect(refused.json).toMatchObject({ error: { code: 'ErrorSendAsDenied' } });
  expect(emu.outbox()).toEqual([]);
  expect((await send(MAIL_FLOW_ACCOUNT, 'me', message('de la part', SHARED))).status).toBe(202);
  expect(emu.outbox()).toEqual([expect.objectContaining({ from: SHARED, sentBy: MAIL_FLOW_ACCOUNT })]);
});

it('still sends as oneself through /me or /users/{own UPN}', async () => {
  expect((await send(AGENT_L1, 'me', message('moi'))).status).toBe(202);
  expect((await send(`emily.clarke@${DEMO_DOMAIN}`, `users/${EMILY_UPN}`, message('upn'))).status).toBe(202);
  expect(emu.outbox().map((m) => [m.from, m.sentBy])).toEqual([[AGENT_L1, undefined], [`emily.clarke@${DEMO_DOMAIN}`, undefined]]);
});
