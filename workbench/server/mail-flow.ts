/**
 * The server-side mailer in the workbench: runs flows/help-center-mailer/definition.json — the file an owner
 * imports into Power Automate — with ./flow-runtime.ts, its two connections bound to the emulator as the flow's
 * account (MAIL_FLOW_ACCOUNT):
 * - SharePoint "Send an HTTP request to SharePoint" (HttpRequest) → the emulator's REST API, as that account;
 * - Office 365 Outlook "Send an email from a shared mailbox (V2)" (SharedMailboxSendEmailV2) → the emulated
 *   Graph `POST /v1.0/users/{mailbox}/sendMail`, which only an account with Full Access and Send As on the
 *   shared mailbox may call (./mailboxes.ts).
 * `POST /_workbench/flows/mail/run` runs one pass over both outboxes (HelpNotifications, ArticleNotifications: the
 * definition's `outboxList`); tests drive it; `npm start` runs one every 30 s.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbenchTarget } from './auth';
import { workbenchHeaders } from './auth';
import { MAIL_FLOW_ACCOUNT } from './directory';
import type { Json } from './flow-expressions';
import type { Connector, ConnectorResponse, RunResult, TraceEntry } from './flow-runtime';
import { runFlow } from './flow-runtime';

/** The flow definition shipped for Power Automate. */
export const MAIL_FLOW_FILE = path.resolve(__dirname, '..', '..', 'flows', 'help-center-mailer', 'definition.json');

/** One mail the pass sent (or failed to send): the row, as the next write to it names it, and the send's inputs. */
export interface FlowMail {
  rowId: number;
  to: string;
  subject: string;
}

/** What one pass did: the run's status (and why it failed or stopped), the mails sent, the sends that failed. */
export interface MailFlowPass {
  status: RunResult['status'];
  error?: { code: string; message: string };
  sent: FlowMail[];
  failedSends: (FlowMail & { statusCode: number })[];
  /** Rows another pass (or a browser) changed between this pass's read and its claim (412): left to the other. */
  claimsLost: number;
}

/** The `definition` of the shipped flow (read at each pass: editing the file changes the next run, as a re-import would). */
export function mailFlowDefinition(): unknown {
  const file = JSON.parse(readFileSync(MAIL_FLOW_FILE, 'utf8')) as { properties: { definition: unknown } };
  return file.properties.definition;
}

async function answer(res: Response): Promise<ConnectorResponse> {
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => { headers[k] = v; });
  const text = await res.text();
  let body: Json = text || null;
  if (text && /json/i.test(res.headers.get('content-type') ?? '')) body = JSON.parse(text) as Json;
  return { statusCode: res.status, headers, body };
}

/** SharePoint's HttpRequest against the emulated site, as `account`: the connector accepts only that site. */
function sharePointConnector(target: WorkbenchTarget, account: string): Connector {
  return async (operationId, p) => {
    if (operationId !== 'HttpRequest') return { statusCode: 400, body: { error: { message: `The workbench's SharePoint connection serves HttpRequest, not ${operationId}.` } } };
    const site = String(p.dataset ?? '').replace(/\/+$/, '');
    if (site.toLowerCase() !== target.siteUrl.toLowerCase()) return { statusCode: 404, body: { error: { message: `The site "${site}" is not the workbench's (${target.siteUrl}): set the flow's siteUrl.` } } };
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((p['parameters/headers'] ?? {}) as Record<string, Json>)) headers[k] = String(v);
    const body = p['parameters/body'];
    const res = await fetch(new URL(String(p['parameters/uri']), `${site}/`), {
      method: String(p['parameters/method'] ?? 'GET'),
      headers: { ...headers, ...workbenchHeaders(target, account) },
      ...(body === undefined || body === null ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return answer(res);
  };
}

/** Outlook's SharedMailboxSendEmailV2 through the emulated Graph, as `account` (To: addresses separated by ";"). */
function outlookConnector(target: WorkbenchTarget, account: string): Connector {
  return async (operationId, p) => {
    if (operationId !== 'SharedMailboxSendEmailV2') return { statusCode: 400, body: { error: { message: `The workbench's Outlook connection serves SharedMailboxSendEmailV2, not ${operationId}.` } } };
    const mailbox = String(p['emailMessage/MailboxAddress'] ?? '');
    const to = String(p['emailMessage/To'] ?? '').split(';').map((a) => a.trim()).filter(Boolean);
    const res = await fetch(`${new URL(target.siteUrl).origin}/v1.0/users/${encodeURIComponent(mailbox)}/sendMail`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...workbenchHeaders(target, account) },
      body: JSON.stringify({
        message: {
          subject: String(p['emailMessage/Subject'] ?? ''),
          body: { contentType: 'HTML', content: String(p['emailMessage/Body'] ?? '') },
          toRecipients: to.map((address) => ({ emailAddress: { address } })),
          importance: String(p['emailMessage/Importance'] ?? 'Normal').toLowerCase(),
        },
      }),
    });
    const out = await answer(res);
    // The connector answers 200 when Graph accepted the message (202).
    return res.status === 202 ? { statusCode: 200, headers: out.headers, body: null } : out;
  };
}

/** A send, with the row id of the write that follows it (the row marked sent, or given back with the error). */
function mailOf(trace: TraceEntry[], i: number): FlowMail {
  const mark = trace.slice(i + 1).find((t) => t.operationId === 'HttpRequest' && /items\((\d+)\)$/.test(String(t.parameters['parameters/uri'])));
  const id = mark ? /items\((\d+)\)$/.exec(String(mark.parameters['parameters/uri']))![1] : 'NaN';
  return { rowId: Number(id), to: String(trace[i].parameters['emailMessage/To'] ?? ''), subject: String(trace[i].parameters['emailMessage/Subject'] ?? '') };
}

/**
 * The outboxes the flow is imported for: the tickets' and the knowledge workflow's. Power Automate runs one import
 * of the definition per outbox (its `outboxList` parameter); the workbench runs both in each pass.
 */
export const MAIL_FLOW_OUTBOXES = ['HelpNotifications', 'ArticleNotifications'] as const;

/**
 * Runs one pass of the mailer flow against the emulated site, as the flow's account: the definition once per outbox
 * (`outboxList`: both by default), one after the other. The pass's status and error are the first run's that did
 * not succeed; its mails, failed sends and lost claims, every run's.
 */
export async function runMailFlowPass(target: WorkbenchTarget, options: { account?: string; now?: () => Date; outboxList?: typeof MAIL_FLOW_OUTBOXES[number] } = {}): Promise<MailFlowPass> {
  const passes: MailFlowPass[] = [];
  for (const list of options.outboxList ? [options.outboxList] : MAIL_FLOW_OUTBOXES) passes.push(await runOutboxPass(target, list, options));
  const failed = passes.find((p) => p.status !== 'Succeeded');
  const first = failed ?? passes[0];
  return {
    status: first.status,
    ...(first.error ? { error: first.error } : {}),
    sent: passes.flatMap((p) => p.sent),
    failedSends: passes.flatMap((p) => p.failedSends),
    claimsLost: passes.reduce((n, p) => n + p.claimsLost, 0),
  };
}

async function runOutboxPass(target: WorkbenchTarget, outboxList: string, options: { account?: string; now?: () => Date }): Promise<MailFlowPass> {
  const account = options.account ?? MAIL_FLOW_ACCOUNT;
  const result = await runFlow(mailFlowDefinition(), {
    parameters: { siteUrl: target.siteUrl, outboxList },
    connectors: { shared_sharepointonline: sharePointConnector(target, account), shared_office365: outlookConnector(target, account) },
    now: options.now,
    retryDelayMs: 100,
  });
  const sends = result.trace.map((t, i) => ({ t, i })).filter(({ t }) => t.operationId === 'SharedMailboxSendEmailV2');
  const pass: MailFlowPass = {
    status: result.status,
    ...(result.error ? { error: result.error } : {}),
    sent: sends.filter(({ t }) => t.status === 'Succeeded').map(({ i }) => mailOf(result.trace, i)),
    failedSends: sends.filter(({ t }) => t.status === 'Failed').map(({ t, i }) => ({ ...mailOf(result.trace, i), statusCode: t.statusCode })),
    claimsLost: result.trace.filter((t) => t.action === 'Claim_row' && t.statusCode === 412).length,
  };
  return pass;
}

/**
 * Runs a pass every `intervalMs` (30 s: Power Automate's recurrence is every 5 minutes, the demo is quicker), one
 * at a time; returns the function that stops it. The timer does not keep the process alive.
 */
export function startMailFlowJob(target: WorkbenchTarget, intervalMs = 30000): () => void {
  let running = false;
  // A run that stops (no sender address, no rights) says why once, not every 30 s: the run history's line.
  let lastProblem = '';
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runMailFlowPass(target)
      .then((pass) => {
        if (pass.sent.length) console.log(`[workbench] mail flow: sent ${pass.sent.length} mail(s) from the help desk's mailbox.`);
        const problem = pass.status === 'Succeeded' ? '' : `${pass.status}: ${pass.error ? pass.error.message : 'see the flow run'}`;
        if (problem && problem !== lastProblem) console.error(`[workbench] mail flow: ${problem}`);
        lastProblem = problem;
      })
      .catch((err: unknown) => console.error('[workbench] mail flow pass failed:', err))
      .finally(() => { running = false; });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
