/**
 * The local SharePoint REST emulator: one HTTP server for `{sitePath}/_api`, Microsoft Graph
 * `/v1.0/.../sendMail`, the `/_workbench` control endpoints, and (through `extraHandler`) the host page.
 */
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
import { DEMO_PEOPLE, SITE_OWNER_EMAIL } from './directory';
import { formatBatchResponse, parseBatch, statusText } from './batch';
import type { SentMail } from './graph';
import { clearOutbox, GraphError, readOutbox, sendMail } from './graph';
import { FaultInjector } from './faults';
import type { FaultRule, RequestLogEntry } from './faults';

export type { SentMail } from './graph';
export type { FaultRule, RequestLogEntry } from './faults';
export { FaultInjector } from './faults';

export interface EmulatorOptions {
  /** 0 = a random free port. */
  port?: number;
  host?: string;
  /** ':memory:' (default) or a file path; parent folders are created. */
  dbFile?: string;
  sitePath?: string;
  /** List view threshold; SharePoint Online's is 5000 and cannot be changed there. */
  threshold?: number;
  /** Called first for paths outside /_api, /_workbench and /v1.0; returns true when it answered. */
  extraHandler?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean>;
}

export interface Emulator {
  siteUrl: string;
  origin: string;
  port: number;
  outbox(): SentMail[];
  clearOutbox(): void;
  faults: FaultInjector;
  requests(): RequestLogEntry[];
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

function identityEmail(headers: Record<string, string>): string {
  const header = headers['x-workbench-user'];
  if (header) return header.trim();
  const cookie = /(?:^|;\s*)hc-user=([^;]+)/.exec(headers.cookie ?? '');
  return cookie ? decodeURIComponent(cookie[1]).trim() : SITE_OWNER_EMAIL;
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
  const site = new Site(db, sitePath, opts.threshold ?? 5000);
  const faults = new FaultInjector();
  let log: RequestLogEntry[] = [];
  const apiPrefix = `${sitePath}/_api/`.toLowerCase();

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

  async function control(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: Buffer): Promise<void> {
    const route = `${req.method} ${path.toLowerCase().replace(/\/+$/, '')}`;
    try {
      switch (route) {
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
      if (target && target !== String(user.email).toLowerCase() && target !== String(user.id)) {
        throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
      }
      sendMail(db, user, parsed);
      send(res, { status: 202, headers: {} });
    } catch (err) {
      if (!(err instanceof GraphError)) {
        console.error('[workbench] Graph handler failed:', err);
        return json(res, 500, { error: { code: 'InternalServerError', message: String(err) } });
      }
      json(res, err.status, { error: { code: err.code, message: err.message } });
    }
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', site.origin);
    const path = url.pathname;
    const lowerPath = decodeURIComponent(path).toLowerCase();
    const isApi = lowerPath.startsWith(apiPrefix);
    const isGraph = lowerPath.startsWith('/v1.0/');
    const headers = lowerHeaders(req.headers);
    let user: PrincipalRow | undefined;
    let parts: string[] | undefined;
    res.on('finish', () => {
      if (isApi || isGraph) {
        log.push({ method: req.method ?? 'GET', path: `${path}${url.search}`, status: res.statusCode, at: new Date().toISOString(), user: user?.email ?? '', ...(parts ? { parts } : {}) });
      }
    });
    try {
      if (lowerPath.startsWith('/_workbench/')) return await control(req, res, path, await readBody(req));
      if (!isApi && !isGraph) {
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
      try {
        user = resolveIdentity(db, identityEmail(headers));
      } catch (err) {
        return send(res, toErrorResponse(err, false, path));
      }
      if (isGraph) return graph(res, req.method ?? 'GET', path, body, user);
      const method = (req.method ?? 'GET').toUpperCase();
      if (lowerPath === `${apiPrefix}$batch` && method === 'POST') {
        const parts = parseBatch(body.toString('utf8'), headers['content-type']);
        // SharePoint runs the parts one after the other and keeps what succeeded (no rollback).
        const responses = parts.map((p) => {
          const partUrl = new URL(p.url, site.origin);
          const partHeaders = { ...p.headers, cookie: headers.cookie ?? '', 'x-workbench-user': headers['x-workbench-user'] ?? '' };
          return atTime(workbenchTime(p.headers) ?? workbenchTime(headers), () => execute(p.method, partUrl, partHeaders, Buffer.from(p.body, 'utf8'), user!));
        });
        const out = formatBatchResponse(responses);
        return send(res, { status: 200, headers: { 'Content-Type': out.contentType }, body: out.body });
      }
      const response = atTime(workbenchTime(headers), () => execute(method, url, headers, body, user!));
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  site.origin = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;

  return {
    siteUrl: site.siteUrl,
    origin: site.origin,
    port,
    outbox: () => readOutbox(db),
    clearOutbox: () => clearOutbox(db),
    faults,
    requests: () => [...log],
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
