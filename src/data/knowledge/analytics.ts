import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import type { RawSearchEventsItem } from '../schema/items.generated';
import { helpList } from '../sp/lists';
import { odataDate } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { PAGE_SIZE } from './repository';
import type { SearchAnalytics, SearchEventInput } from './types';

/** HCQuery is a 255-character text column. */
export const MAX_QUERY_LENGTH = 255;
/** Entries per ranking of the analytics. */
const TOP = 20;

/** The stored form of a query: trimmed, inner spaces collapsed, lower-cased, at most 255 characters. */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_QUERY_LENGTH);
}

/**
 * Adds one SearchEvents item. None of our fields names the person; SharePoint itself still stamps Author and
 * Editor on every item, and with ReadSecurity 2 only owners and support agents (who read all items) can see
 * them — the reports use only our fields.
 */
export async function recordSearchEvent(sp: SPFI, event: SearchEventInput): Promise<void> {
  await helpList(sp, 'SearchEvents').items.add({
    HCQuery: normaliseQuery(event.query),
    HCResultCount: event.resultCount,
    HCLanguage: event.language,
    HCOpenedArticleId: event.openedArticleId || null,
    HCFiledTicket: !!event.filedTicket
  });
}

function ranked(counts: { [key: string]: number }): { query: string; count: number }[] {
  return Object.keys(counts).map(query => ({ query, count: counts[query] }))
    .sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : 1)).slice(0, TOP);
}

/**
 * Deflection analytics since a date, read page by page on the indexed Created column. Reads every event of the
 * period: run it as a support agent or an owner (members only see their own events).
 */
export async function searchAnalytics(sp: SPFI, options: { since: Date }): Promise<SearchAnalytics> {
  const all: { [q: string]: number } = {};
  const zero: { [q: string]: number } = {};
  const ticket: { [q: string]: number } = {};
  const deflecting: { [id: string]: number } = {};
  let total = 0;
  type Row = Pick<RawSearchEventsItem, 'HCQuery' | 'HCResultCount' | 'HCOpenedArticleId' | 'HCFiledTicket'>;
  await forEachPage<Row>(helpList(sp, 'SearchEvents').items
    .select('Id', 'HCQuery', 'HCResultCount', 'HCOpenedArticleId', 'HCFiledTicket')
    .filter(`Created ge ${odataDate(options.since)}`).top(PAGE_SIZE), page => {
    for (const r of page) {
      total++;
      const q = r.HCQuery || '';
      if (q) all[q] = (all[q] || 0) + 1;
      if (q && !r.HCResultCount) zero[q] = (zero[q] || 0) + 1;
      if (q && r.HCFiledTicket) ticket[q] = (ticket[q] || 0) + 1;
      if (r.HCOpenedArticleId && !r.HCFiledTicket) deflecting[String(r.HCOpenedArticleId)] = (deflecting[String(r.HCOpenedArticleId)] || 0) + 1;
    }
  });
  const deflectingArticles = Object.keys(deflecting).map(id => ({ articleId: Number(id), count: deflecting[id] }))
    .sort((a, b) => b.count - a.count || a.articleId - b.articleId).slice(0, TOP);
  return { totalSearches: total, topQueries: ranked(all), zeroResultQueries: ranked(zero), deflectingArticles, ticketQueries: ranked(ticket) };
}

/**
 * People who opened each article from a search: distinct SearchEvents Authors per HCOpenedArticle (SharePoint
 * stamps Author on the item; our fields never name the person), so one person opening an article 500 times
 * counts once. An event whose Editor differs from its Author was rewritten after it was written (events are
 * never edited; ValidateUpdateListItem can rewrite Author on one's own item): it does not count. A forger who
 * rewrites both Author and Editor to other people can still count once per person they name (README, security).
 */
export async function countOpeners(sp: SPFI): Promise<{ [articleId: string]: number }> {
  const seen: { [articleAndAuthor: string]: true } = {};
  const counts: { [articleId: string]: number } = {};
  await forEachPage<Pick<RawSearchEventsItem, 'HCOpenedArticleId' | 'AuthorId' | 'EditorId'>>(
    helpList(sp, 'SearchEvents').items.select('Id', 'HCOpenedArticleId', 'AuthorId', 'EditorId').top(PAGE_SIZE), page => {
      for (const r of page) {
        if (!r.HCOpenedArticleId || !r.AuthorId || r.EditorId !== r.AuthorId) continue;
        const k = `${r.HCOpenedArticleId}|${r.AuthorId}`;
        if (seen[k]) continue;
        seen[k] = true;
        counts[String(r.HCOpenedArticleId)] = (counts[String(r.HCOpenedArticleId)] || 0) + 1;
      }
    });
  return counts;
}
