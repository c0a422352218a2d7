/**
 * Self-service figures from the search events of a period: the deflection funnel (searches, with results, an
 * article opened, found helpful, a request filed after the search), the queries without results and the most
 * searched, the articles opened most.
 */
import { inPeriod, type ReportPeriod, type ReportSearchEvent } from './model';
import { countBy, ratio, type KeyCount } from './stats';

/** Entries of each ranking. */
export const RANKING_SIZE = 20;

/** The self-service figures of a period. */
export interface SelfServiceFigures {
  funnel: {
    searches: number;
    withResults: number;
    openedArticle: number;
    helpful: number;
    filedTicket: number;
    /** Searches where an article was opened and no request followed: the requests the knowledge base spared. */
    deflected: number;
    deflectionRate?: number;
  };
  /** Queries that found nothing, most frequent first. */
  zeroResultQueries: KeyCount<string>[];
  topQueries: KeyCount<string>[];
  /** Articles opened from a search (key: article id). */
  openedArticles: KeyCount<string>[];
}

/** Computes the self-service figures of the events in `period`. */
export function computeSelfService(events: readonly ReportSearchEvent[], period: ReportPeriod): SelfServiceFigures {
  const rows = events.filter(e => inPeriod(e.at, period));
  const q = (e: ReportSearchEvent): string | undefined => e.query.trim() || undefined;
  const opened = rows.filter(e => e.openedArticleId !== undefined);
  const deflected = opened.filter(e => !e.filedTicket).length;
  return {
    funnel: {
      searches: rows.length,
      withResults: rows.filter(e => e.resultCount > 0).length,
      openedArticle: opened.length,
      helpful: rows.filter(e => e.helpfulVote).length,
      filedTicket: rows.filter(e => e.filedTicket).length,
      deflected,
      deflectionRate: ratio(deflected, rows.length)
    },
    zeroResultQueries: countBy(rows.filter(e => e.resultCount === 0 && !!q(e)), q, '').slice(0, RANKING_SIZE),
    topQueries: countBy(rows.filter(e => !!q(e)), q, '').slice(0, RANKING_SIZE),
    openedArticles: countBy(opened, e => String(e.openedArticleId), '').slice(0, RANKING_SIZE)
  };
}
