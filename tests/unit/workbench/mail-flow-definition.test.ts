/**
 * @jest-environment node
 */
// The shipped Power Automate definition (flows/help-center-mailer/definition.json), run by the workbench's runner
// against connectors played here: its template walk renders what flowRendering.ts (and so mustache.js) renders,
// its checks refuse what they should, and the runner keeps the workflow language's rules.
import { mailFlowDefinition } from '../../../workbench/server/mail-flow';
import { DefinitionError, runFlow } from '../../../workbench/server/flow-runtime';
import type { Connector, ConnectorResponse } from '../../../workbench/server/flow-runtime';
import { evaluateValue, ExpressionError } from '../../../workbench/server/flow-expressions';
import type { ExpressionScope, Json } from '../../../workbench/server/flow-expressions';
import { MailTemplate, mailValues, renderMail } from '../../../src/data/notifications/templates';
import { flowTemplateProblems, renderMailLikeFlow } from '../../../src/data/notifications/flowRendering';
import { NOTIFICATION_TEMPLATES } from '../../../workbench/seed/data/settings';
import { BUILT_IN_TEMPLATES } from '../../../src/data/notifications/mailTemplates';

const SITE = 'https://contoso.sharepoint.com/sites/helpcenter';
const SUPPORT_MASK = { High: '432', Low: String(1011028719 + 0x100) };

interface Row { Id: number; HCTemplate: string; HCLanguage: string; HCRecipients: string; HCValues: string | null; HCError: string | null; Author: { Name: string } }

interface Played {
  sent: { MailboxAddress: string; To: string; Subject: string; Body: string }[];
  writes: { id: string; headers: Record<string, Json>; body: Json }[];
  result: Awaited<ReturnType<typeof runFlow>>;
}

/** Runs the definition once over `rows`, SharePoint and Outlook played in memory. */
async function play(rows: Row[], options: { templates?: Record<string, string>; settings?: { HCSettingKey: string; HCValue: string }[]; masks?: Record<string, Json>; taken?: number[] } = {}): Promise<Played> {
  const sent: Played['sent'] = [];
  const writes: Played['writes'] = [];
  const sharePoint: Connector = async (op, p): Promise<ConnectorResponse> => {
    expect(op).toBe('HttpRequest');
    expect(p.dataset).toBe(SITE);
    const uri = String(p['parameters/uri']);
    const method = String(p['parameters/method']);
    if (uri.startsWith('_api/web/currentuser')) return { statusCode: 200, body: { Id: 7, LoginName: 'i:0#.f|membership|svc@contoso.edu' } };
    if (uri.includes("getbytitle('HelpNotifications')/items?")) return { statusCode: 200, body: { value: rows.map((r) => ({ ...r, 'odata.etag': '"1"' })) as unknown as Json } };
    if (uri.includes('getusereffectivepermissions')) {
      const login = decodeURIComponent(/@u='([^']*)'/.exec(uri)![1]);
      return { statusCode: 200, body: (options.masks ?? {})[login] ?? SUPPORT_MASK };
    }
    if (uri.includes("HCSettingKey eq 'notifications.senderAddress'")) return { statusCode: 200, body: { value: options.settings ?? [{ HCSettingKey: 'notifications.senderAddress', HCValue: 'support@contoso.edu' }] } };
    const template = /notifications\.template\.([^']*)'/.exec(uri);
    if (template) {
      const key = decodeURIComponent(template[1]);
      const value = (options.templates ?? {})[key];
      return { statusCode: 200, body: { value: value === undefined ? [] : [{ HCValue: value }] } };
    }
    const item = /items\((\d+)\)$/.exec(uri);
    if (item && method === 'POST') {
      // Another run changed the row since it was read: the conditional claim fails.
      const headers = p['parameters/headers'] as Record<string, Json>;
      if ((options.taken ?? []).includes(Number(item[1])) && headers['IF-MATCH'] !== '*') return { statusCode: 412, body: { 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException' } } };
      writes.push({ id: item[1], headers: p['parameters/headers'] as Record<string, Json>, body: p['parameters/body'] });
      return { statusCode: 204, body: null };
    }
    throw new Error(`Unexpected request ${method} ${uri}`);
  };
  const outlook: Connector = async (op, p) => {
    expect(op).toBe('SharedMailboxSendEmailV2');
    sent.push({ MailboxAddress: String(p['emailMessage/MailboxAddress']), To: String(p['emailMessage/To']), Subject: String(p['emailMessage/Subject']), Body: String(p['emailMessage/Body']) });
    return { statusCode: 200, body: null };
  };
  const result = await runFlow(mailFlowDefinition(), { parameters: { siteUrl: SITE }, connectors: { shared_sharepointonline: sharePoint, shared_office365: outlook } });
  return { sent, writes, result };
}

function row(id: number, template: string, values: Record<string, string> | null, language = 'fr', author = 'i:0#.f|membership|agent@contoso.edu'): Row {
  return {
    Id: id, HCTemplate: template, HCLanguage: language, HCError: null, Author: { Name: author },
    HCRecipients: JSON.stringify({ recipient: { email: 'lea@contoso.edu', displayName: 'Léa', language } }),
    HCValues: values === null ? null : JSON.stringify(values),
  };
}

const TRICKY = 'Léa "la" <b>Dubois</b> & l\'équipe / a=b `x`\r\nsuite';

describe('the shipped mailer definition', () => {
  const shipped: [string, MailTemplate][] = [...Object.entries(NOTIFICATION_TEMPLATES).map(([k, t]) => [`demo_${k}`, t] as [string, MailTemplate]), ...Object.entries(BUILT_IN_TEMPLATES)];

  it.each(shipped)('sends %s as the browser renders it, from the help desk mailbox, and marks it sent', async (key, template) => {
    for (const language of ['fr', 'en'] as const) {
      const values = mailValues({ ticketId: 12, title: TRICKY, status: { fr: 'résolue', en: 'resolved' }, message: TRICKY, comment: '', agentName: 'Karim', requesterName: 'Léa', link: 'https://x/?a=1&b=2' }, language, 'Léa <D>');
      const played = await play([row(3, key, values, language)], { templates: { [key]: JSON.stringify(template) } });
      expect(played.result).toMatchObject({ status: 'Succeeded' });
      const expected = renderMail(template, language, values);
      expect(played.sent).toEqual([{ MailboxAddress: 'support@contoso.edu', To: 'lea@contoso.edu', Subject: expected.subject, Body: expected.htmlBody }]);
      // Claimed with the row's ETag, then marked sent.
      expect(played.writes[0]).toMatchObject({ id: '3', headers: { 'IF-MATCH': '"1"' }, body: { HCError: expect.stringMatching(/^Sending: 7 \S+ \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) } });
      expect(played.writes[1]).toMatchObject({ id: '3', headers: { 'IF-MATCH': '*' }, body: { HCSentAt: expect.stringMatching(/^\d{4}-/), HCError: null } });
    }
  });

  it('walks generated templates of the subset exactly as flowRendering.ts does', async () => {
    const parts = ['Bonjour {{name}}, ', '{{#message}}<p>{{message}}</p>{{/message}}', '{{^missing}}rien{{/missing}}', '{{! note }}', ' { } ', '{{ title }}', 'é\n', '{{#title}}[{{#message}}{{message}}{{/message}}]{{/title}}'];
    let compared = 0;
    for (let n = 0; n < 40; n++) {
      const body = parts.filter((_, i) => ((n * 7 + i * 3) % 5) !== 0).join(n % 2 ? '' : '<br>');
      const template: MailTemplate = { fr: { subject: `Sujet {{title}} ${n}`, body }, en: { subject: 'S', body } };
      expect(flowTemplateProblems(template)).toEqual([]);
      const values: Record<string, string> = n % 3 ? { name: 'Léa', title: TRICKY, message: n % 2 ? '' : '<i>m</i>' } : { name: '' };
      const played = await play([row(1, 'gen', values)], { templates: { gen: JSON.stringify(template) } });
      const port = renderMailLikeFlow(template, 'fr', values) as { subject: string; htmlBody: string };
      expect(played.sent).toEqual([expect.objectContaining({ Subject: port.subject, Body: port.htmlBody })]);
      compared++;
    }
    expect(compared).toBe(40);
  });

  it.each([
    ['a template missing from HelpSettings', row(1, 'nope', { title: 'x' }), {}, 'Not sent: the template "nope" is not in HelpSettings'],
    ['a row without values (the old format, rendered HTML in HCRecipients)', { ...row(1, 'status_changed', null), HCRecipients: JSON.stringify({ recipient: { email: 'lea@contoso.edu' }, subject: 's', htmlBody: '<p>x</p>' }) }, {},
      'Not sent: HCValues is missing: the row holds no template values (recorded before mails were rendered when sent, or by hand)'],
    ['values that are not JSON', { ...row(1, 'status_changed', {}), HCValues: '{not json' }, {}, 'Not sent: HCValues or HCRecipients is not a JSON object'],
    ['a row without a recipient', { ...row(1, 'status_changed', { title: 'x' }), HCRecipients: '{}' }, {}, 'Not sent: no recipient in HCRecipients'],
    ['a row whose author cannot write the list', row(1, 'status_changed', { title: 'x' }, 'fr', 'i:0#.f|membership|lea@contoso.edu'), { masks: { 'i:0#.f|membership|lea@contoso.edu': { High: '176', Low: '138612833' } } },
      'Not sent: its author (i:0#.f|membership|lea@contoso.edu) is neither in the support group nor an owner of the site: only they can write HelpNotifications'],
    ['a template that is not JSON', row(1, 'broken', { title: 'x' }), { templates: { broken: '{"fr":' } }, 'Not sent: the template "broken" in HelpSettings is not valid JSON'],
    ['a value that is not text', row(1, 'num', { title: 'x' }), { templates: { num: JSON.stringify({ fr: { subject: '{{n}}', body: 'b' }, en: { subject: 's', body: 'b' } }) } }, null],
  ])('marks not sent %s', async (_what, r, options, error) => {
    const values = r.HCTemplate === 'num' ? { ...r, HCValues: JSON.stringify({ n: 3 }) } : r;
    const played = await play([values as Row], { templates: { status_changed: JSON.stringify(BUILT_IN_TEMPLATES.status_changed) }, ...options });
    expect(played.sent).toEqual([]);
    expect(played.result.status).toBe('Succeeded');
    const last = played.writes[played.writes.length - 1].body as { HCError: string };
    expect(last.HCError).toBe(error ?? 'Not sent: the template "num": the value "n" is not text');
  });

  it('leaves alone a row another sender claimed less than ten minutes ago, and a row marked not sent', async () => {
    const claimed = { ...row(1, 'status_changed', { title: 'x' }), HCError: `Sending: 12 abc ${new Date(Date.now() - 60000).toISOString()}` };
    const refused = { ...row(2, 'status_changed', { title: 'x' }), HCError: 'Not sent: whatever' };
    const stale = { ...row(3, 'status_changed', { title: 'x' }), HCError: `Sending: 12 abc ${new Date(Date.now() - 11 * 60000).toISOString()}` };
    const played = await play([claimed, refused, stale], { templates: { status_changed: JSON.stringify(BUILT_IN_TEMPLATES.status_changed) } });
    expect(played.writes.map((w) => w.id)).toEqual(['3', '3']);
    expect(played.sent).toHaveLength(1);
  });

  it('sends nothing for a row another run claimed first, and the previous row\'s values do not leak into it', async () => {
    const first = row(1, 'status_changed', { title: 'premier', message: 'm1' });
    const second = { ...row(2, 'status_changed', { title: 'second' }, 'en'), HCRecipients: JSON.stringify({ recipient: { email: 'teacher@contoso.edu' } }) };
    const played = await play([first, second], { templates: { status_changed: JSON.stringify(BUILT_IN_TEMPLATES.status_changed) }, taken: [2] });
    expect(played.result.status).toBe('Succeeded');
    expect(played.sent.map((m) => [m.To, m.Subject])).toEqual([['lea@contoso.edu', expect.stringContaining('Demande')]]);
    expect(played.writes.map((w) => w.id)).toEqual(['1', '1']);
  });

  it('sends a new row even when more rows than a run sends are marked not sent before it', async () => {
    const refused = Array.from({ length: 40 }, (_, i) => ({ ...row(i + 1, 'status_changed', { title: 'x' }), HCError: 'Not sent: no recipient in HCRecipients' }));
    const played = await play([...refused, row(41, 'status_changed', { title: 'nouveau' })], { templates: { status_changed: JSON.stringify(BUILT_IN_TEMPLATES.status_changed) } });
    expect(played.sent).toHaveLength(1);
    expect(played.writes.map((w) => w.id)).toEqual(['41', '41']);
  });

  it('stops without a sender address, and uses helpdesk.contact\'s email when it is JSON', async () => {
    const r = row(1, 'status_changed', { title: 'x' });
    const templates = { status_changed: JSON.stringify(BUILT_IN_TEMPLATES.status_changed) };
    const none = await play([r], { templates, settings: [{ HCSettingKey: 'helpdesk.contact', HCValue: '01 02 03 04 05' }] });
    expect(none.result).toMatchObject({ status: 'Failed', error: { code: 'NoSenderAddress' } });
    expect(none.sent).toEqual([]);
    const contact = await play([r], { templates, settings: [{ HCSettingKey: 'helpdesk.contact', HCValue: JSON.stringify({ email: 'desk@contoso.edu' }) }] });
    expect(contact.sent.map((m) => m.MailboxAddress)).toEqual(['desk@contoso.edu']);
  });
});

describe('the workbench\'s flow runner', () => {
  const base = { triggers: { Recurrence: { type: 'Recurrence', recurrence: { frequency: 'Minute', interval: 5 } } } };
  const run = (actions: unknown) => runFlow({ ...base, actions }, { connectors: {} });

  it.each([
    ['an action name used twice', { A: { type: 'Scope', actions: { B: { type: 'Compose', inputs: 1 } } }, B: { type: 'Compose', inputs: 2, runAfter: { A: ['Succeeded'] } } }, /used twice/],
    ['a variable initialized inside a scope', { A: { type: 'Scope', actions: { I: { type: 'InitializeVariable', inputs: { variables: [{ name: 'v', type: 'string', value: '' }] } } } } }, /top level/],
    ['a variable set from itself', { I: { type: 'InitializeVariable', inputs: { variables: [{ name: 'v', type: 'string', value: '' }] } }, S: { type: 'SetVariable', inputs: { name: 'v', value: "@concat(variables('v'), 'x')" }, runAfter: { I: ['Succeeded'] } } }, /self reference/],
    ['a variable set in a parallel Foreach', { I: { type: 'InitializeVariable', inputs: { variables: [{ name: 'v', type: 'string', value: '' }] } }, F: { type: 'Foreach', foreach: "@createArray(1)", actions: { S: { type: 'SetVariable', inputs: { name: 'v', value: 'x' } } }, runAfter: { I: ['Succeeded'] } } }, /concurrency/],
    ['a runAfter outside its scope', { A: { type: 'Compose', inputs: 1 }, B: { type: 'Scope', actions: { C: { type: 'Compose', inputs: 1, runAfter: { A: ['Succeeded'] } } }, runAfter: { A: ['Succeeded'] } } }, /same scope/],
  ])('refuses %s', async (_what, actions, message) => {
    await expect(run(actions)).rejects.toThrow(DefinitionError);
    await expect(run(actions)).rejects.toThrow(message);
  });

  it('skips what runs after a failure, runs what handles it, and fails the run only for an unhandled failure', async () => {
    const handled = await run({
      Bad: { type: 'Compose', inputs: "@substring('ab', 5)" },
      Next: { type: 'Compose', inputs: 'x', runAfter: { Bad: ['Succeeded'] } },
      Catch: { type: 'Compose', inputs: "@actions('Bad')?['status']", runAfter: { Bad: ['Failed'] } },
    });
    expect(handled.status).toBe('Succeeded');
    const unhandled = await run({ Bad: { type: 'Compose', inputs: "@int('x')" }, Next: { type: 'Compose', inputs: "@outputs('Bad')", runAfter: { Bad: ['Succeeded'] } } });
    expect(unhandled).toMatchObject({ status: 'Failed', error: { message: expect.stringMatching(/^Bad: /) } });
  });

  it('retries a connector answering 503 four times by default, never with retryPolicy none', async () => {
    let calls = 0;
    const flaky: Connector = async () => { calls++; return { statusCode: 503, body: null }; };
    const action = (retry: unknown) => ({ C: { type: 'OpenApiConnection', inputs: { host: { connectionName: 'c', operationId: 'x' }, parameters: {}, ...(retry ? { retryPolicy: retry } : {}) } } });
    await runFlow({ ...base, actions: action(undefined) }, { connectors: { c: flaky }, retryDelayMs: 1 });
    expect(calls).toBe(5);
    calls = 0;
    await runFlow({ ...base, actions: action({ type: 'none' }) }, { connectors: { c: flaky }, retryDelayMs: 1 });
    expect(calls).toBe(1);
  });
});

describe('the workflow expressions', () => {
  const scope: ExpressionScope = {
    variable: (n) => ({ v: { Title: 'T', list: [1, 2] }, s: 'Hello' } as Record<string, Json>)[n],
    parameter: () => null, action: () => { throw new ExpressionError('no'); }, loopItem: () => null, now: () => new Date('2024-05-06T07:08:09.123Z'),
  };
  it.each([
    ["@indexOf('aBc{{', 'ABC')", 0],
    ["@startsWith('Sending: 1', 'sending:')", true],
    ["@replace('aAa', 'a', 'b')", 'bAb'],
    ["@string(true)", 'True'],
    ["@variables('v')?['title']", 'T'],
    ["@variables('v')?['missing']?['deeper']", null],
    ["@coalesce(null, '', 'x')", ''],
    ["@div(7, 2)", 3],
    ["@mod(div(1011028975, 2), 2)", 1],
    ["@equals(string(3), 3)", false],
    ["@utcNow('yyyy-MM-ddTHH:mm:ss.fffZ')", '2024-05-06T07:08:09.123Z'],
    ["@utcNow()", '2024-05-06T07:08:09.1230000Z'],
    ["@sub(ticks('2024-05-06T07:18:09.1230000Z'), ticks('2024-05-06T07:08:09.123Z'))", 6000000000],
    ["@encodeUriComponent('i:0#.f|membership|o''neil@x')", 'i%3A0%23.f%7Cmembership%7Co%27neil%40x'],
    ["n°@{variables('s')} @{length(variables('v')?['list'])}", 'n°Hello 2'],
    ['@@mention', '@mention'],
    ["@take('abcdef', 3)", 'abc'],
  ])('%s is %j', (expr, expected) => {
    expect(evaluateValue(expr, scope)).toEqual(expected);
  });

  it.each([
    ["@variables('v')['missing']"],
    ["@substring('abc', 2, 5)"],
    ["@nosuchfunction()"],
    ["@if(true, 'a', substring('a', 3))"],
    ["@and(true, 'yes')"],
  ])('%s fails', (expr) => {
    expect(() => evaluateValue(expr, scope)).toThrow(ExpressionError);
  });
});
