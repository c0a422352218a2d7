/**
 * Real PnPjs for Node scripts and tests against the workbench emulator, acting as one demo person.
 */
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import { FORM_DIGEST_TIMEOUT_SECONDS, SECRET_HEADER } from './server/auth';
import type { WorkbenchTarget } from './server/auth';

export type { WorkbenchTarget } from './server/auth';
export { workbenchHeaders } from './server/auth';

/**
 * Acts as `email`: the workbench identity header with the secret that lets the emulator honour it (the host
 * pages use the `hc-user` cookie of their sign-in instead, and never hold the secret).
 */
export function WorkbenchUser(email: string, secret: string) {
  return (instance: Queryable): Queryable => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...(init.headers as Record<string, string>), 'X-Workbench-User': email, [SECRET_HEADER]: secret };
      return [url, init, result];
    });
    return instance;
  };
}

interface CachedDigest {
  value: string;
  expires: number;
}

/** Digests per site and person (PnPjs's own RequestDigest caches one per site URL, shared by everyone). */
const digests = new Map<string, Promise<CachedDigest>>();

/**
 * The form digest of `email` from `POST /_api/contextinfo`, on every non-GET request, as SPFx's and PnPjs's
 * digest behaviours do; cached per site and person until shortly before it expires.
 */
export function WorkbenchDigest(target: WorkbenchTarget, email: string) {
  const key = `${target.siteUrl.toLowerCase()}|${target.secret}|${email.toLowerCase()}`;
  const fetchDigest = async (): Promise<CachedDigest> => {
    const res = await fetch(`${target.siteUrl}/_api/contextinfo`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'X-Workbench-User': email, [SECRET_HEADER]: target.secret },
    });
    if (!res.ok) throw new Error(`The workbench refused a form digest for ${email}: ${res.status} ${await res.text()}`);
    const info = (await res.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds?: number };
    return { value: info.FormDigestValue, expires: Date.now() + ((info.FormDigestTimeoutSeconds ?? FORM_DIGEST_TIMEOUT_SECONDS) - 60) * 1000 };
  };
  return (instance: Queryable): Queryable => {
    instance.on.pre(async function (this: IQueryableInternal, url, init, result) {
      this.on.auth(async (authUrl: URL, authInit: RequestInit): Promise<[URL, RequestInit]> => {
        const headers = (authInit.headers ?? {}) as Record<string, string>;
        if (/^get$/i.test(authInit.method ?? 'GET') || 'X-RequestDigest' in headers) return [authUrl, authInit];
        let cached = digests.get(key);
        const fresh = cached ? await cached.then((d) => d.expires > Date.now(), () => false) : false;
        if (!cached || !fresh) {
          cached = fetchDigest();
          digests.set(key, cached);
          cached.catch(() => digests.delete(key));
        }
        authInit.headers = { 'X-RequestDigest': (await cached).value, ...headers };
        return [authUrl, authInit];
      });
      return [url, init, result];
    });
    return instance;
  };
}

/**
 * An SPFI bound to the emulated site acting as `userEmail`. There is no implicit person: every caller says
 * who acts (the site owner is `SITE_OWNER_EMAIL` of ./server/directory).
 */
export function workbenchSp(target: WorkbenchTarget, userEmail: string): SPFI {
  if (!userEmail) throw new Error('workbenchSp needs the person who acts (no implicit site owner).');
  if (!target.secret) throw new Error('workbenchSp needs the workbench secret (the Emulator object, or WORKBENCH_SECRET).');
  return spfi(target.siteUrl).using(
    DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(),
    WorkbenchUser(userEmail, target.secret), WorkbenchDigest(target, userEmail),
  );
}
