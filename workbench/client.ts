/**
 * Real PnPjs for Node scripts and tests against the workbench emulator, acting as one demo person.
 */
import { spfi, DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import type { Queryable } from '@pnp/queryable';

/** Adds the identity header the emulator reads (the host page uses the hc-user cookie instead). */
export function WorkbenchUser(email: string) {
  return (instance: Queryable): Queryable => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...(init.headers as Record<string, string>), 'X-Workbench-User': email };
      return [url, init, result];
    });
    return instance;
  };
}

/** An SPFI bound to the emulated site; without `userEmail` the emulator acts as the site owner. */
export function workbenchSp(siteUrl: string, userEmail?: string): SPFI {
  const sp = spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest());
  return userEmail ? sp.using(WorkbenchUser(userEmail)) : sp;
}
