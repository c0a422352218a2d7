/**
 * What every REST handler receives (the site, the parsed request, the acting user) and returns (a plain
 * response value), so the same handlers serve direct HTTP requests and the parts of a $batch.
 */
import type { Db, PrincipalRow } from './storage';
import { getMeta } from './storage';
import { errors } from './errors';
import type { Segment } from './segments';

export class Site {
  origin = '';
  constructor(
    readonly db: Db,
    readonly sitePath: string,
    readonly threshold: number,
    /** The workbench secret: signs form digests and unlocks the workbench-only headers (see ./auth). */
    readonly secret: string,
  ) {}

  get siteUrl(): string {
    return `${this.origin}${this.sitePath}`;
  }

  get webId(): string {
    return getMeta(this.db, 'web.id')!;
  }

  get webTitle(): string {
    return getMeta(this.db, 'web.title')!;
  }
}

export interface SpRequest {
  /** Effective verb after X-HTTP-Method tunnelling (GET, POST, MERGE, PATCH, PUT, DELETE). */
  method: string;
  /** Absolute URL as the client sent it (used to build nextLink). */
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Ctx {
  site: Site;
  req: SpRequest;
  user: PrincipalRow;
  /** True when the client asked for odata=verbose (answers then use the `d` envelope). */
  verbose: boolean;
}

export interface SpResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export const JSON_LIGHT = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';

function envelope(ctx: Ctx, payload: Record<string, unknown>, isCollection: boolean): Record<string, unknown> {
  if (!ctx.verbose) return payload;
  if (isCollection) {
    const d: Record<string, unknown> = { results: payload.value };
    if (payload['odata.nextLink']) d.__next = payload['odata.nextLink'];
    return { d };
  }
  const { ['odata.metadata']: _m, ...rest } = payload;
  return { d: rest };
}

export function entity(ctx: Ctx, typeName: string, obj: Record<string, unknown>, status = 200, headers: Record<string, string> = {}): SpResponse {
  const payload = { 'odata.metadata': `${ctx.site.siteUrl}/_api/$metadata#${typeName}/@Element`, ...obj };
  return { status, headers: { 'Content-Type': JSON_LIGHT, ...headers }, body: JSON.stringify(envelope(ctx, payload, false)) };
}

export function collection(ctx: Ctx, typeName: string, value: unknown[], nextLink?: string): SpResponse {
  const payload: Record<string, unknown> = { 'odata.metadata': `${ctx.site.siteUrl}/_api/$metadata#${typeName}`, value };
  if (nextLink) payload['odata.nextLink'] = nextLink;
  return { status: 200, headers: { 'Content-Type': JSON_LIGHT }, body: JSON.stringify(envelope(ctx, payload, true)) };
}

/** A primitive value answer (`{"odata.metadata":…,"value":x}`), as for recycle() or a boolean property. */
export function primitive(ctx: Ctx, typeName: string, value: unknown): SpResponse {
  const payload = { 'odata.metadata': `${ctx.site.siteUrl}/_api/$metadata#${typeName}`, value };
  return { status: 200, headers: { 'Content-Type': JSON_LIGHT }, body: JSON.stringify(ctx.verbose ? { d: { value } } : payload) };
}

export function noContent(headers: Record<string, string> = {}): SpResponse {
  return { status: 204, headers };
}

/** SharePoint answers a tunnelled DELETE with 200 and an empty body. */
export function emptyOk(): SpResponse {
  return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
}

export function jsonBody(ctx: Ctx): Record<string, unknown> {
  const text = ctx.req.body.toString('utf8').trim();
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw errors.badRequest('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

export function requireMethod(ctx: Ctx, ...allowed: string[]): void {
  if (!allowed.includes(ctx.req.method)) throw errors.methodNotAllowed();
}

export function isWrite(ctx: Ctx): boolean {
  return ctx.req.method !== 'GET';
}

/** A chained handler: receives the remaining path segments under the resource it serves. */
export type Handler = (ctx: Ctx, rest: Segment[]) => SpResponse;

/** Compares an If-Match header against the current version (`*` or absent always matches). */
export function checkIfMatch(ctx: Ctx, currentVersion: number): void {
  const sent = ctx.req.headers['if-match'];
  if (!sent || sent.trim() === '*') return;
  const actual = `"${currentVersion}"`;
  const normalized = sent.trim().replace(/^W\//, '');
  if (normalized !== actual) throw errors.etagMismatch(normalized, actual);
}
