/**
 * What the help center's home shows, computed from what it read (pure: no SharePoint, no React): the tiles' article
 * counts over the category tree, the articles in the reader's language first, the announcements for the reader, her
 * open requests and those waiting for her, and the help desk's contact as the owners wrote it.
 */
import { categoryWithAncestors } from '../../domain/categories/categoryTree';
import type { Community } from '../../domain/categories/community';
import { inStatusGroup } from '../../domain/tickets/statusGroups';
import type { ArticleSummary, KnowledgeCategory } from '../knowledge/types';
import type { TicketSummary } from '../tickets/ticketView';

/** A category as the home shows it: a knowledge category with its Fluent icon name (HCIcon). */
export interface HomeCategory extends KnowledgeCategory {
  /** Fluent UI (MDL2) icon name, as the owners set it; undefined when none. */
  icon?: string;
  community?: Community;
}

/** A current announcement. */
export interface HomeAnnouncement {
  id: number;
  title: string;
  body?: string;
  severity: 'info' | 'warning' | 'outage';
  /** Its language (HCLanguage); undefined: for everyone. */
  language?: 'fr' | 'en';
  start?: string;
  end?: string;
}

/** The help desk's contact (HelpSettings `helpdesk.contact`, JSON), each part optional. */
export interface HelpdeskContact {
  phone?: string;
  /** The exam line (exam periods). */
  examPhone?: string;
  email?: string;
  /** Where the desk receives people (`location`: { fr, en } or text). */
  location?: { fr: string; en: string };
  /** A note in both languages (e.g. the exam line's hours). */
  note?: { fr: string; en: string };
}

/** Published articles per category, each counted in its category and every ancestor (the tile of a root counts its tree). */
export function articleCounts(categories: readonly KnowledgeCategory[], articles: readonly Pick<ArticleSummary, 'categoryId'>[]): Map<number, number> {
  const counts = new Map<number, number>();
  categories.forEach(c => counts.set(c.id, 0));
  const known = new Set(categories.map(c => c.id));
  for (const a of articles) {
    if (a.categoryId === undefined || !known.has(a.categoryId)) continue;
    for (const id of categoryWithAncestors(categories, a.categoryId)) counts.set(id, (counts.get(id) || 0) + 1);
  }
  return counts;
}

/** The tiles: the top-level categories in the owners' order. */
export function topLevelCategories<C extends KnowledgeCategory>(categories: readonly C[]): C[] {
  return categories.filter(c => !c.parentId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

const popularity = (a: ArticleSummary): number => a.views + 3 * a.helpful - 2 * a.notHelpful;

/**
 * `limit` articles ranked by `order`, the reader's language first: an article in the other language comes after
 * them, and only when its translation in the reader's language is not listed already.
 */
function readerFirst(articles: readonly ArticleSummary[], language: 'fr' | 'en', limit: number, order: (a: ArticleSummary, b: ArticleSummary) => number): ArticleSummary[] {
  const own = articles.filter(a => a.language === language).sort(order).slice(0, limit);
  if (own.length >= limit) return own;
  const listed = new Set<number>();
  own.forEach(a => { listed.add(a.id); if (a.translationId) listed.add(a.translationId); });
  const shown = new Set(own.map(a => a.id));
  const others = articles.filter(a => a.language !== language && !listed.has(a.id) && !(a.translationId && shown.has(a.translationId))
    && !own.some(o => o.translationId === a.id)).sort(order);
  return own.concat(others.slice(0, limit - own.length));
}

/** The most read (views, helpful votes), the reader's language first. */
export function popularArticles(articles: readonly ArticleSummary[], language: 'fr' | 'en', limit: number): ArticleSummary[] {
  return readerFirst(articles, language, limit, (a, b) => popularity(b) - popularity(a) || a.id - b.id);
}

/** The most recently updated, the reader's language first. */
export function recentArticles(articles: readonly ArticleSummary[], language: 'fr' | 'en', limit: number): ArticleSummary[] {
  const time = (a: ArticleSummary): number => Date.parse(a.modified) || 0;
  return readerFirst(articles, language, limit, (a, b) => time(b) - time(a) || b.id - a.id);
}

/** Announcements current at `now` (started, not ended), for the reader: hers or everyone's, outages first. */
export function currentAnnouncements(all: readonly HomeAnnouncement[], language: 'fr' | 'en', now: Date): HomeAnnouncement[] {
  const t = now.getTime();
  const rank = { outage: 0, warning: 1, info: 2 };
  return all.filter(a => (!a.start || Date.parse(a.start) <= t) && (!a.end || Date.parse(a.end) >= t) && (!a.language || a.language === language))
    .sort((a, b) => rank[a.severity] - rank[b.severity] || a.id - b.id);
}

/**
 * Whether the desk waits for her: its question to answer (awaiting_user) or its resolution to accept or contest
 * (resolved) — as "My requests" flags it (waitsForRequester in src/ui/tickets/mine/TicketList.tsx).
 */
export function waitingForMe(r: Pick<TicketSummary, 'status' | 'received'>): boolean {
  return r.received && (r.status === 'awaiting_user' || r.status === 'resolved');
}

/**
 * The requests the home lists: those still open and the resolved ones waiting for her to accept or contest. First the
 * desk's questions waiting for her answer, then the open ones, then the resolved ones; the newest first in each.
 */
export function openRequests(all: readonly TicketSummary[]): TicketSummary[] {
  const rank = (r: TicketSummary): number => (!r.received ? 1 : r.status === 'awaiting_user' ? 0 : inStatusGroup(r.status, 'open') ? 1 : 2);
  const shown = all.filter(r => !r.received || inStatusGroup(r.status, 'open') || waitingForMe(r));
  return shown.sort((a, b) => rank(a) - rank(b) || b.modifiedAt.getTime() - a.modifiedAt.getTime());
}

function localText(value: unknown): { fr: string; en: string } | undefined {
  if (typeof value === 'string' && value.trim()) return { fr: value.trim(), en: value.trim() };
  if (value && typeof value === 'object') {
    const v = value as { fr?: unknown; en?: unknown };
    const fr = typeof v.fr === 'string' ? v.fr.trim() : '';
    const en = typeof v.en === 'string' ? v.en.trim() : '';
    if (fr || en) return { fr: fr || en, en: en || fr };
  }
  return undefined;
}

/** The `helpdesk.contact` setting read leniently (an owner's JSON): what is missing or malformed is left out. */
export function parseContact(json: string | undefined): HelpdeskContact {
  if (!json) return {};
  let raw: unknown;
  try { raw = JSON.parse(json); } catch (e) {
    console.error('[HelpCenter] The helpdesk.contact setting is not valid JSON:', e);
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as { [key: string]: unknown };
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);
  const out: HelpdeskContact = {};
  const phone = text(r.phone); if (phone) out.phone = phone;
  const examPhone = text(r.examPhone); if (examPhone) out.examPhone = examPhone;
  const email = text(r.email); if (email && /^[^\s@<>"']+@[^\s@<>"']+$/.test(email)) out.email = email;
  const location = localText(r.location); if (location) out.location = location;
  const note = localText(r.note); if (note) out.note = note;
  return out;
}

/** A phone number as a `tel:` address (digits and a leading +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
