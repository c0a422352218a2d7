/**
 * The local SharePoint REST emulator: one HTTP server for `{sitePath}/_api`, Microsoft Graph
 * `/v1.0/.../sendMail`, the `/_workbench` control endpoints, and (through `extraHandler`) the host page.
 */
import { sendUserPhoto } from './userPhoto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ctx, SpRequest, SpResponse } from './context';
import { Site, JSON_LIGHT } from './context';
import { errorBody, SpError } from './errors';
import { ODataSyntaxError } from './odata/filter';
import { handleApi } from './api';
import { atTime, bootstrapSite, openDatabase, workbenchTime } from './storage';
import type { PrincipalRow } from './storage';
import { resolveIdentity } from './users';
import { DEMO_PEOPLE } from './directory';
import { cookieIdentity, digestProblem, formDigest, hasSecret, newSecret } from './auth';
import { formatBatchResponse, parseBatch, statusText } from './batch';
import type { SentMail } from './graph';
import { clearOutbox, GraphError, graphErrorBody, readOutbox, sendMail, senderAddress } from './graph';
import { runMailFlowPass } from './mail-flow';
import { FaultInjector } from './faults';
import type { FaultRule, RequestLogEntry } from './faults';

export type { SentMail } from './graph';
export type { FaultRule, RequestLogEntry } from './faults';
export type { WorkbenchTarget } from './auth';
export { FaultInjector } from './faults';
import { StorageEntities, storageEntityRequest } from './storage-entities';
import type { StorageEntity } from './storage-entities';
export type { StorageEntity } from './storage-entities';

export interface EmulatorOptions {
  /** 0 = a random free port. */
  port?: number;
  host?: string;
  /** ':memory:' (default) or a file path; parent folders are created. */
  dbFile?: string;
  sitePath?: string;
  /** List view threshold; SharePoint Online's is 5000 and cannot be changed there. */
  threshold?: number;
  /**
   * The workbench secret (default: a new random one). With `X-Workbench-Secret: <secret>`, a request may act
   * as anyone (`X-Workbench-User`) and set the seeding clock (`X-Workbench-Time`); without it those headers
   * are refused. It also signs the form digests. The seed and the tests hold it; the pages never do.
   */
  secret?: string;
  /** Tenant properties (`GetStorageEntity`) set at start, as the app catalog's owners set them (./storage-entities). */
  storageEntities?: Record<string, StorageEntity>;
  /** Called first for paths outside /_api, /_workbench and /v1.0; returns true when it answered. */
  extraHandler?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean>;
}

export interface Emulator {
  siteUrl: string;
  /** The workbench secret (see EmulatorOptions.secret); an Emulator is a `WorkbenchTarget`. */
  secret: string;
  /** A form digest for `email` issued now, as `POST /_api/contextinfo` gives it (for the host pages). */
  formDigest(email: string): string;
  origin: string;
  port: number;
  outbox(): SentMail[];
  clearOutbox(): void;
  faults: FaultInjector;
  requests(): RequestLogEntry[];
  /** Sets (or with undefined removes) a tenant property that every web reads with `GetStorageEntity`. */
  setStorageEntity(key: string, entity: StorageEntity | undefined): void;
  clearRequests(): void;
  close(): Promise<void>;
}

const WEB_TITLE = "Centre d'aide";

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerHeaders(h: http.IncomingHttpHeaders | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

const ACCESS_DENIED = '-2147024891, System.UnauthorizedAccessException';

/**
 * A request's workbench-only headers without the secret: refused (stricter than ignoring them, and a test or
 * a page that sends them by mistake learns it at once).
 */
class WorkbenchHeaderRefused extends Error {}

const WORKBENCH_HEADERS_NEED_SECRET = 'X-Workbench-User and X-Workbench-Time are workbench-only headers: they are honoured only with the X-Workbench-Secret the seed and the tests hold (never the pages).';

/**
 * Who is calling: `X-Workbench-User` when the request holds the secret, else the `hc-user` cookie (the pages'
 * sign-in); undefined when nobody signed in. Throws WorkbenchHeaderRefused for workbench headers without the secret.
 */
function identityEmail(headers: Record<string, string>, trusted: boolean): string | undefined {
  const header = headers['x-workbench-user']?.trim();
  if ((header || headers['x-workbench-time']) && !trusted) {
    throw new WorkbenchHeaderRefused(WORKBENCH_HEADERS_NEED_SECRET);
  }
  return (trusted && header) || cookieIdentity(headers.cookie);
}

/**
 * SharePoint Online answers a REST call without a signed-in person with 403 System.UnauthorizedAccessException
 * (sp-dev-docs #1814: the same call without the authentication cookie got 403).
 */
function anonymous(): SpError {
  return new SpError(403, ACCESS_DENIED, 'Access denied. You do not have permission to perform this action or access this resource.');
}

/** SharePoint's answer to a write without a valid X-RequestDigest (missing, another person's, or expired). */
function securityValidation(): SpError {
  return new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.");
}

function toErrorResponse(err: unknown, verbose: boolean, context: string): SpResponse {
  let sp: SpError;
  if (err instanceof SpError) sp = err;
  else if (err instanceof ODataSyntaxError) sp = new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', err.message);
  else {
    // Not a SharePoint rule: a bug of the emulator. Tell the developer why.
    console.error(`[workbench] 500 on ${context}:`, err);
    sp = new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `Workbench internal error: ${(err as Error)?.message ?? String(err)}`);
  }
  return { status: sp.status, headers: { 'Content-Type': verbose ? 'application/json;odata=verbose;charset=utf-8' : JSON_LIGHT }, body: errorBody(sp, verbose) };
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const host = opts.host ?? '127.0.0.1';
  const sitePath = (opts.sitePath ?? '/sites/helpcenter').replace(/\/+$/, '');
  const db = openDatabase(opts.dbFile ?? ':memory:');
  bootstrapSite(db, WEB_TITLE);
  const secret = opts.secret || newSecret();
  const site = new Site(db, sitePath, opts.threshold ?? 5000, secret);
  const faults = new FaultInjector();
  const tenantProperties = new StorageEntities();
  for (const [key, entity] of Object.entries(opts.storageEntities ?? {})) tenantProperties.set(key, entity);
  let log: RequestLogEntry[] = [];
  const apiPrefix = `${sitePath}/_api/`.toLowerCase();
  // A list attachment's own URL (ServerRelativeUrl of an AttachmentFiles entry), as links in the pages use it.
  const escapedSite = sitePath.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const attachmentUrl = new RegExp(`^${escapedSite}/lists/([^/]+)/attachments/(\\d+)/([^/]+)$`);

  /** Every write to /_api needs the digest of the caller (contextinfo, which issues it, excepted). */
  function checkDigest(method: string, lowerPath: string, headers: Record<string, string>, user: PrincipalRow): void {
    if (method === 'GET' || method === 'HEAD' || lowerPath === `${apiPrefix}contextinfo`) return;
    if (digestProblem(secret, sitePath, user.email ?? user.login_name, headers['x-requestdigest'])) throw securityValidation();
  }

  /** Runs one SharePoint REST request (direct or a $batch part) as `user`. */
  function execute(method: string, url: URL, headers: Record<string, string>, body: Buffer, user: PrincipalRow): SpResponse {
    const tunnelled = headers['x-http-method'];
    const req: SpRequest = { method: (method === 'POST' && tunnelled ? tunnelled : method).toUpperCase(), url, headers, body };
    const verbose = /odata=verbose/i.test(headers.accept ?? '');
    const ctx: Ctx = { site, req, user, verbose };
    try {
      const apiPath = decodeURIComponent(url.pathname).slice(apiPrefix.length);
      return handleApi(ctx, apiPath);
    } catch (err) {
      return toErrorResponse(err, verbose, `${req.method} ${url.pathname}${url.search}`);
    }
  }

  function send(res: http.ServerResponse, r: SpResponse): void {
    const headers: Record<string, string> = { ...r.headers };
    if (r.body === undefined) headers['Content-Length'] = '0';
    res.writeHead(r.status, statusText(r.status), headers);
    res.end(r.body ?? '');
  }

  function json(res: http.ServerResponse, status: number, value: unknown): void {
    send(res, { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: value === undefined ? '' : JSON.stringify(value) });
  }

  async function control(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: Buffer, trusted: boolean): Promise<void> {
    const route = `${req.method} ${path.toLowerCase().replace(/\/+$/, '')}`;
    // The mailbox viewer and the sign-in list are the demo's own pages; every other control (fault injection,
    // the request log, emptying the outbox) changes or reveals what the emulator does for everyone, so only the
    // holders of the secret (tests, benchmarks, scripts) may use it — a curious visitor cannot break the site.
    const open = route === 'GET /_workbench/outbox' || route === 'GET /_workbench/users';
    if (!open && !trusted) {
      return json(res, 403, { error: `${route} is a workbench control for tests and scripts: it needs the X-Workbench-Secret header.` });
    }
    try {
      // A tenant property, as an app catalog owner sets it (SetStorageEntity is not served over REST here).
      const property = /^(PUT|DELETE) \/_workbench\/storageentities\/[^/]+$/.exec(route);
      if (property) {
        const put = property[1] === 'PUT';
        tenantProperties.set(decodeURIComponent(path.split('/').pop() ?? ''), put ? JSON.parse(body.toString('utf8') || '{}') as StorageEntity : undefined);
        return json(res, put ? 200 : 204, put ? tenantProperties.list() : undefined);
      }
      switch (route) {
        case 'GET /_workbench/storageentities': return json(res, 200, tenantProperties.list());
        case 'GET /_workbench/outbox': return json(res, 200, readOutbox(db));
        case 'DELETE /_workbench/outbox': clearOutbox(db); return json(res, 204, undefined);
        case 'GET /_workbench/faults': return json(res, 200, faults.list());
        case 'POST /_workbench/faults': {
          const parsed = JSON.parse(body.toString('utf8') || '{}') as FaultRule | FaultRule[];
          for (const rule of Array.isArray(parsed) ? parsed : [parsed]) faults.add(rule);
          return json(res, 201, faults.list());
        }
        case 'DELETE /_workbench/faults': faults.clear(); return json(res, 204, undefined);
        case 'GET /_workbench/requests': return json(res, 200, log);
        case 'DELETE /_workbench/requests': log = []; return json(res, 204, undefined);
        case 'GET /_workbench/users': return json(res, 200, DEMO_PEOPLE);
        // One pass of the server-side mailer flow (flows/help-center-mailer), as its recurrence would run it.
        case 'POST /_workbench/flows/mail/run': return json(res, 200, await runMailFlowPass({ siteUrl: site.siteUrl, secret }));
        default: return json(res, 404, { error: `No workbench control endpoint ${route}.` });
      }
    } catch (err) {
      return json(res, 400, { error: (err as Error).message });
    }
  }

  function graph(res: http.ServerResponse, method: string, path: string, body: Buffer, user: PrincipalRow): void {
    const m = /^\/v1\.0\/(?:me|users\/([^/]+))\/sendmail$/i.exec(path);
    try {
      if (!m || method !== 'POST') throw new GraphError(404, 'UnknownError', `The workbench serves only POST /v1.0/me/sendMail (got ${method} ${path}).`);
      const target = m[1] ? decodeURIComponent(m[1]).toLowerCase() : null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
      }
      // Another mailbox only as Exchange allows it: a shared mailbox one may send as (./mailboxes.ts), never a person's.
      sendMail(db, user, parsed, senderAddress(user, target, parsed));
      send(res, { status: 202, headers: {} });
    } catch (err) {
      if (!(err instanceof GraphError)) {
        console.error('[workbench] Graph handler failed:', err);
        return json(res, 500, { error: { code: 'InternalServerError', message: String(err) } });
      }
      json(res, err.status, graphErrorBody(err));
    }
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', site.origin);
    const path = url.pathname;
    const lowerPath = decodeURIComponent(path).toLowerCase();
    const isApi = lowerPath.startsWith(apiPrefix);
    const isGraph = lowerPath.startsWith('/v1.0/');
    const file = (req.method === 'GET' || req.method === 'HEAD') ? attachmentUrl.exec(lowerPath) : null;
    // Tenant properties are read from any web of the tenant (the root site's too: a web part in Teams is there).
    const storage = storageEntityRequest(path);
    const headers = lowerHeaders(req.headers);
    const trusted = hasSecret(headers, secret);
    let user: PrincipalRow | undefined;
    let parts: string[] | undefined;
    res.on('finish', () => {
      if (isApi || isGraph || file || storage) {
        log.push({ method: req.method ?? 'GET', path: `${path}${url.search}`, status: res.statusCode, at: new Date().toISOString(), user: user?.email ?? '', ...(parts ? { parts } : {}) });
      }
    });
    try {
      if (lowerPath.startsWith('/_workbench/')) return await control(req, res, path, await readBody(req), trusted);
      if (lowerPath === `${sitePath}/_layouts/15/userphoto.aspx`.toLowerCase() && (req.method === 'GET' || req.method === 'HEAD')) {
        // Signed-in people only, as SharePoint (an anonymous request is sent to sign in).
        let who: string | undefined;
        try { who = identityEmail(headers, trusted); } catch { who = undefined; }
        if (!who) return json(res, 401, { error: 'Sign in to see people\'s photos.' });
        return sendUserPhoto(res, url);
      }
      if (!isApi && !isGraph && !file && !storage) {
        if (opts.extraHandler && (await opts.extraHandler(req, res))) return;
        return json(res, 404, { error: `Nothing is served at ${path}.` });
      }
      const body = await readBody(req);
      // The request lines of a $batch, for tests and benchmarks that count what a page reads.
      if (/\/\$batch$/i.test(path)) {
        parts = [...body.toString('utf8').matchAll(/^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1\r?$/gm)].map((m) => `${m[1]} ${m[2]}`);
      }
      const fault = faults.take(`${path}${url.search}`);
      if (fault?.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
      if (fault?.drop) {
        req.socket.destroy();
        return;
      }
      if (fault?.status) {
        const h: Record<string, string> = { 'Content-Type': JSON_LIGHT };
        if (fault.retryAfter !== undefined) h['Retry-After'] = String(fault.retryAfter);
        const msg = fault.status === 429
          ? 'The request has been throttled. Please retry after the number of seconds in the Retry-After header.'
          : 'The service is temporarily unavailable.';
        return send(res, { status: fault.status, headers: h, body: errorBody(new SpError(fault.status, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', msg), false) });
      }
      let email: string | undefined;
      try {
        email = identityEmail(headers, trusted);
      } catch (err) {
        if (!(err instanceof WorkbenchHeaderRefused)) throw err;
        if (isGraph) return json(res, 401, { error: { code: 'InvalidAuthenticationToken', message: err.message } });
        return send(res, toErrorResponse(new SpError(403, ACCESS_DENIED, err.message), false, path));
      }
      if (!email) {
        // Microsoft Graph without a token: 401 InvalidAuthenticationToken "Access token is empty."
        // (microsoftgraph/msgraph-sdk-powershell #2731).
        if (isGraph) return json(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
        return send(res, toErrorResponse(anonymous(), false, path));
      }
      try {
        user = resolveIdentity(db, email);
      } catch (err) {
        return send(res, toErrorResponse(err, false, path));
      }
      if (isGraph) return graph(res, req.method ?? 'GET', path, body, user);
      const method = (req.method ?? 'GET').toUpperCase();
      if (storage) return send(res, tenantProperties.respond(method, `${site.origin}${storage.webPath}`, storage.key, /odata=verbose/i.test(headers.accept ?? '')));
      if (file) {
        // The attachment's own URL serves what its REST `$value` serves, with the same read rules and headers.
        const name = decodeURIComponent(path.split('/').pop() ?? '').replace(/'/g, "''");
        const listUrl = `${sitePath}/Lists/${file[1]}`;
        const apiUrl = new URL(`${sitePath}/_api/web/getlist('${encodeURIComponent(listUrl)}')/items(${file[2]})/AttachmentFiles('${encodeURIComponent(name)}')/$value`, site.origin);
        return send(res, execute('GET', apiUrl, headers, Buffer.alloc(0), user));
      }
      try {
        checkDigest(method, lowerPath, headers, user);
      } catch (err) {
        return send(res, toErrorResponse(err, /odata=verbose/i.test(headers.accept ?? ''), path));
      }
      // The seeding clock only for the holders of the secret (identityEmail refused it otherwise).
      const clock = (h: Record<string, string>): string | undefined => (trusted ? workbenchTime(h) : undefined);
      if (lowerPath === `${apiPrefix}$batch` && method === 'POST') {
        const parts = parseBatch(body.toString('utf8'), headers['content-type']);
        // SharePoint runs the parts one after the other and keeps what succeeded (no rollback). The outer
        // request's digest validates the whole batch (PnPjs sends X-RequestDigest on the $batch request only).
        const responses = parts.map((p) => {
          const partUrl = new URL(p.url, site.origin);
          const partHeaders = { ...p.headers, cookie: headers.cookie ?? '' };
          if ((p.headers['x-workbench-time'] || p.headers['x-workbench-user']) && !trusted) {
            return toErrorResponse(new SpError(403, ACCESS_DENIED, WORKBENCH_HEADERS_NEED_SECRET), false, p.url);
          }
          return atTime(clock(p.headers) ?? clock(headers), () => execute(p.method, partUrl, partHeaders, Buffer.from(p.body, 'utf8'), user!));
        });
        const out = formatBatchResponse(responses);
        return send(res, { status: 200, headers: { 'Content-Type': out.contentType }, body: out.body });
      }
      const response = atTime(clock(headers), () => execute(method, url, headers, body, user!));
      if (fault?.dropAfterWrite) {
        // The server did the work but the answer never reaches the client (a timeout after commit).
        req.socket.destroy();
        return;
      }
      return send(res, response);
    } catch (err) {
      if (!res.headersSent) send(res, toErrorResponse(err, false, `${req.method} ${path}`));
    }
  });

  // Node closes an idle kept-alive socket after 5 s; a client reusing it at that moment gets ECONNRESET ("socket hang
  // up", seen in CI). Idle sockets stay open longer than clients keep them, as behind SharePoint's front ends.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  site.origin = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;

  return {
    siteUrl: site.siteUrl,
    secret,
    formDigest: (email: string) => formDigest(secret, sitePath, email),
    origin: site.origin,
    port,
    outbox: () => readOutbox(db),
    clearOutbox: () => clearOutbox(db),
    faults,
    requests: () => [...log],
    setStorageEntity: (key, entity) => tenantProperties.set(key, entity),
    clearRequests: () => {
      log = [];
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        db.close();
        resolve();
      });
    }),
  };
}
