/**
 * `/_layouts/15/userphoto.aspx?size=S|M|L&accountname=<email>`: a person's profile photo. SharePoint answers every
 * signed-in request with an image (the person's photo, or its default picture for people without one), never a
 * 404; the demo people have no photos, so the emulator draws the default picture: initials on a colour derived
 * from the account, at the asked size (S 48 px — the default —, M 72 px, L 240 px, as SharePoint Online's sizes). Parameter names are case-insensitive
 * (`Size`, `AccountName`, or `UserName`), as SharePoint reads them.
 */
import type http from 'node:http';
import { findPerson } from './directory';

const SIZES: Record<string, number> = { s: 48, m: 72, l: 240 };
const COLOURS = ['#0078d4', '#8764b8', '#038387', '#ca5010', '#498205', '#c239b3', '#986f0b', '#004e8c'];

function initials(name: string): string {
  const words = name.replace(/^(prof|dr|mme|m)\.?\s+/i, '').split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? words[words.length - 1][0] : '')).toUpperCase();
}

const escapeXml = (s: string): string => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Writes the photo of `accountname` (a signed-in request only; the caller checked the identity). */
export function sendUserPhoto(res: http.ServerResponse, url: URL): void {
  const param = (name: string): string | undefined => {
    for (const [k, v] of url.searchParams) if (k.toLowerCase() === name) return v;
    return undefined;
  };
  const size = SIZES[(param('size') ?? 'S').toLowerCase()] ?? 48;
  const account = (param('accountname') ?? param('username') ?? '').replace(/^i:0#\.f\|membership\|/i, '');
  const person = account ? findPerson(account) : undefined;
  const text = person ? initials(person.displayName) : '';
  let hash = 0;
  for (const c of account.toLowerCase()) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const fill = person ? COLOURS[hash % COLOURS.length] : '#8a8886';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 48 48"><rect width="48" height="48" fill="${fill}"/>`
    + (text ? `<text x="24" y="30" font-family="Segoe UI, Arial, sans-serif" font-size="18" font-weight="600" fill="#fff" text-anchor="middle">${escapeXml(text)}</text>` : '<circle cx="24" cy="18" r="8" fill="#fff"/><path d="M8 44c2-10 8-14 16-14s14 4 16 14z" fill="#fff"/>')
    + '</svg>';
  res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'private, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
  res.end(svg);
}
