/**
 * A category's community (issue 15, seed 003): the Teams channel or Viva Engage community where people of that
 * subject help each other, named by the owners in HelpCategories (HCCommunityUrl, HCCommunityName). The address is
 * shown as a link on the category's knowledge page, in the ticket form and on expert cards, so only an https
 * address of Microsoft Teams or Viva Engage (Yammer) is kept: never a `javascript:` link, never a look-alike host.
 */
import { categoryWithAncestors, type CategoryNode } from './categoryTree';

/** A category's community, as the pages show it. */
export interface Community {
  /** What it is: a Teams channel or team, or a Viva Engage community. */
  kind: 'teams' | 'engage';
  /** Its name as people know it (the address's host when the owners gave none). */
  name: string;
  /** The https address. */
  url: string;
}

/** Hosts of Microsoft Teams and Viva Engage links (exact host or a subdomain of these). */
const HOSTS: readonly [string, Community['kind']][] = [
  ['teams.microsoft.com', 'teams'], ['teams.cloud.microsoft', 'teams'], ['teams.live.com', 'teams'],
  ['engage.cloud.microsoft', 'engage'], ['yammer.com', 'engage'], ['viva.cloud.microsoft', 'engage']
];

/** The community a category's two columns describe, or undefined when there is none or the address is not accepted. */
export function communityOf(url: string | undefined | null, name: string | undefined | null): Community | undefined { // eslint-disable-line @rushstack/no-new-null
  const raw = (url || '').trim();
  if (!raw || raw.length > 2000) return undefined;
  let parsed: URL;
  try { parsed = new URL(raw); } catch { return undefined; }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || (parsed.port && parsed.port !== '443')) return undefined;
  const host = parsed.hostname.toLowerCase();
  const match = HOSTS.filter(([h]) => host === h || host.endsWith(`.${h}`))[0];
  if (!match) return undefined;
  const label = (name || '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return { kind: match[1], name: label || host, url: parsed.href };
}

/** The community of a category, else of its nearest ancestor that has one (a question on "Passwords" goes to "Accounts"'). */
export function communityFor<T extends CategoryNode & { community?: Community }>(categories: readonly T[], categoryId: number | undefined): Community | undefined {
  if (!categoryId) return undefined;
  for (const id of categoryWithAncestors(categories, categoryId)) {
    const c = categories.filter(x => x.id === id)[0];
    if (c && c.community) return c.community;
  }
  return undefined;
}
