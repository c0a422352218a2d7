/**
 * The monthly summary's mail values: each figure in the reader's words and number format ("1 234", "92,5 %", "3 h",
 * "4,2 / 5 sur 12 avis"), in both languages — the outbox keeps the reader's (mailValues).
 */
import type { MonthlySummary } from '../../domain/reports/monthlySummary';
import { businessDuration, formatDuration } from '../../domain/time/durations';
import { MAIL_DURATION_WORDS } from '../notifications/mailTemplates/words/fieldLabels';

type Both = { fr: string; en: string };
const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

function both(text: (language: 'fr' | 'en', locale: string) => string): Both {
  return { fr: text('fr', LOCALES.fr), en: text('en', LOCALES.en) };
}

const count = (n: number): Both => both((_l, locale) => new Intl.NumberFormat(locale).format(n));

function duration(minutes: number | undefined): Both {
  return both(l => (minutes === undefined ? (l === 'fr' ? 'aucune mesure' : 'none measured') : formatDuration(businessDuration(minutes), MAIL_DURATION_WORDS[l], l)));
}

const NO_DEADLINE: Both = { fr: 'aucune échéance ce mois-ci', en: 'no deadline this month' };
const NO_SEARCH: Both = { fr: 'aucune recherche', en: 'no search' };

function share(part: number, whole: number, none: Both): Both {
  return both((l, locale) => {
    if (!whole) return none[l];
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
    const n = (x: number): string => new Intl.NumberFormat(locale).format(x);
    return l === 'fr' ? `${pct} (${n(part)} sur ${n(whole)})` : `${pct} (${n(part)} of ${n(whole)})`;
  });
}

/** "novembre 2026" / "November 2026" of a YYYY-MM month. */
export function monthName(month: string): Both {
  const [y, m] = month.split('-').map(Number);
  return both((_l, locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1))));
}

/** The template's values of a summary; `link` is the Reports page on that month, `asOf` the day the backlog was counted. */
export function summaryMailValues(s: MonthlySummary, link: string, asOf: Date, timeZone: string): Record<string, Both | string> {
  const f = s.selfService;
  const rating = s.satisfaction;
  return {
    month: monthName(s.month), link,
    asOf: both((_l, locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(asOf)),
    received: count(s.received), resolved: count(s.resolved), backlog: count(s.backlog),
    firstResponseMedian: duration(s.firstResponse.median), firstResponseP90: duration(s.firstResponse.p90),
    resolutionMedian: duration(s.resolution.median), resolutionP90: duration(s.resolution.p90),
    firstResponseSla: share(s.firstResponseSla.met, s.firstResponseSla.of, NO_DEADLINE), resolutionSla: share(s.resolutionSla.met, s.resolutionSla.of, NO_DEADLINE),
    satisfaction: both((l, locale) => {
      if (!rating.answered || rating.average === undefined) return l === 'fr' ? 'Aucun avis reçu sur les demandes résolues ce mois-ci.' : 'No rating received on the requests resolved this month.';
      const avg = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(rating.average);
      const n = new Intl.NumberFormat(locale).format(rating.answered);
      return l === 'fr' ? `${avg}\u00a0/\u00a05 en moyenne sur ${n}\u00a0avis` : `${avg} / 5 on average from ${n} ${rating.answered === 1 ? 'rating' : 'ratings'}`;
    }),
    searches: count(f.searches), openedArticle: share(f.openedArticle, f.searches, NO_SEARCH), helpful: count(f.helpful), filedTicket: count(f.filedTicket),
    deflected: count(f.deflected)
  };
}
