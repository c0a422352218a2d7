/**
 * Identity and request validation as SharePoint Online does them, for the workbench:
 *
 * - Who is calling: the `hc-user` cookie (what the host pages' sign-in sets, standing for SharePoint's
 *   FedAuth session cookie). No cookie, no identity: the request is refused (no implicit site owner).
 * - The workbench-only headers `X-Workbench-User` (act as someone) and `X-Workbench-Time` (the seeding clock)
 *   are honoured only with `X-Workbench-Secret: <the emulator's secret>`. The seed and the tests hold the
 *   secret; the pages never do. A request that sends either header without the right secret is refused.
 * - Writes need a form digest (`X-RequestDigest`) issued by `POST /_api/contextinfo` for the same person on
 *   the same site less than `FormDigestTimeoutSeconds` (1800 s) ago: an HMAC of site, person and time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Seconds a form digest stays valid: SharePoint's default (30 minutes). */
export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;
/** The header that carries the workbench secret. */
export const SECRET_HEADER = 'X-Workbench-Secret';
/** The identity cookie of the workbench (the host pages' sign-in sets it). */
export const IDENTITY_COOKIE = 'hc-user';

/** Where and how the seed, the tests and the benchmarks reach an emulated site (an `Emulator` is one). */
export interface WorkbenchTarget {
  /** Absolute URL of the emulated site. */
  siteUrl: string;
  /** The emulator's secret: lets the holder act as anyone through `X-Workbench-User`. */
  secret: string;
}

/** A new random secret (when none is configured). */
export function newSecret(): string {
  return randomBytes(32).toString('hex');
}

/** SharePoint's digest date: `dd Mon yyyy HH:mm:ss -0000` (PnPjs and SPFx read the date after the comma). */
function digestDate(at: Date): string {
  return at.toUTCString().replace(/^\w+, /, '').replace('GMT', '-0000');
}

function mac(secret: string, sitePath: string, email: string, date: string): string {
  return createHmac('sha512', secret).update(`${sitePath.toLowerCase()}\n${email.trim().toLowerCase()}\n${date}`).digest('hex').toUpperCase();
}

/** The form digest of `email` on the site at `sitePath`, issued at `at`: `0x<128 hex>,<date>` like SharePoint's. */
export function formDigest(secret: string, sitePath: string, email: string, at: Date = new Date()): string {
  const date = digestDate(at);
  return `0x${mac(secret, sitePath, email, date)},${date}`;
}

/** Why a digest is refused, or undefined when it is valid for `email` now. */
export function digestProblem(secret: string, sitePath: string, email: string, digest: string | undefined, now: Date = new Date()): string | undefined {
  if (!digest) return 'missing';
  const m = /^0x([0-9A-F]{128}),(.+)$/.exec(digest.trim());
  if (!m) return 'malformed';
  const issued = Date.parse(m[2]);
  if (!Number.isFinite(issued)) return 'malformed';
  const expected = Buffer.from(mac(secret, sitePath, email, m[2]));
  const sent = Buffer.from(m[1]);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return 'not issued to this person on this site';
  const age = (now.getTime() - issued) / 1000;
  // A digest from the future (beyond the date's one-second resolution) was not issued by this server.
  if (age < -1) return 'issued in the future';
  if (age > FORM_DIGEST_TIMEOUT_SECONDS) return 'expired';
  return undefined;
}

/** Does `headers` (lower-cased names) carry the emulator's secret? */
export function hasSecret(headers: Record<string, string>, secret: string): boolean {
  const sent = headers[SECRET_HEADER.toLowerCase()];
  if (!sent) return false;
  const a = Buffer.from(sent.trim());
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The person named by the `hc-user` cookie, or undefined when the cookie is missing or empty. */
export function cookieIdentity(cookieHeader: string | undefined): string | undefined {
  const m = /(?:^|;\s*)hc-user=([^;]*)/.exec(cookieHeader ?? '');
  if (!m) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(m[1]).trim();
  } catch {
    return undefined;
  }
  return value || undefined;
}

/**
 * Headers that let the seed and the tests act as `email` in raw requests (`fetch`, Playwright's `request`):
 * the identity, the secret, and a form digest minted for that person (the same one `/_api/contextinfo`
 * would give them), so writes pass security validation.
 */
export function workbenchHeaders(target: WorkbenchTarget, email: string): Record<string, string> {
  const sitePath = new URL(target.siteUrl).pathname.replace(/\/+$/, '');
  return { 'X-Workbench-User': email, [SECRET_HEADER]: target.secret, 'X-RequestDigest': formDigest(target.secret, sitePath, email) };
}
