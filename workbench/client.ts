/**
 * Real PnPjs for Node scripts and tests against the workbench emulator, acting as one demo person.
 */
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import { FORM_DIGEST_TIMEOUT_SECONDS, formDigest, SECRET_HEADER } from './server/auth';
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

/**
 * The form digest of `email` on every non-GET request, as SPFx's page context gives it to PnPjs: the page
 * carries a digest issued for the person (the host pages get theirs from the emulator when it serves them), so
 * a page makes no `/_api/contextinfo` request. Holding the workbench secret, the client mints the same digest
 * `/_api/contextinfo` would issue (workbench/server/auth.ts), renewed before it expires.
 */
export function WorkbenchDigest(target: WorkbenchTarget, email: string) {
  const sitePath = new URL(target.siteUrl).pathname.replace(/\/+$/, '');
  let cached: { value: string; expires: number } | undefined;
  return (instance: Queryable): Queryable => {
    instance.on.pre(async function (this: IQueryableInternal, url, init, result) {
      this.on.auth(async (authUrl: URL, authInit: RequestInit): Promise<[URL, RequestInit]> => {
        const headers = (authInit.headers ?? {}) as Record<string, string>;
        if (/^get$/i.test(authInit.method ?? 'GET') || 'X-RequestDigest' in headers) return [authUrl, authInit];
        if (!cached || cached.expires < Date.now()) {
          cached = { value: formDigest(target.secret, sitePath, email), expires: Date.now() + (FORM_DIGEST_TIMEOUT_SECONDS - 60) * 1000 };
        }
        authInit.headers = { 'X-RequestDigest': cached.value, ...headers };
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
