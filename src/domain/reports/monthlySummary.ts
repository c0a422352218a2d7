/**
 * The monthly summary mail's figures (issue 17): the month that ended, from the SAME figures as the Reports page
 * (computeTicketFigures, computeSelfService, no filter), who receives it and its once-a-month key.
 */
import type { SelfServiceFigures } from './selfService';
import type { TicketFigures } from './figures';
import type { DurationSummary } from './stats';

/** What the summary tells of one month. */
export interface MonthlySummary {
  /** YYYY-MM, in the desk's time zone. */
  month: string;
  received: number;
  resolved: number;
  /** Open at the time the figures were read (the month's end for a summary queued early in the next month). */
  backlog: number;
  firstResponse: DurationSummary;
  resolution: DurationSummary;
  /** Clocks met of those that ran out or stopped, every team together (as the page's tables add up). */
  firstResponseSla: { met: number; of: number };
  resolutionSla: { met: number; of: number };
  satisfaction: { answered: number; average?: number };
  selfService: SelfServiceFigures['funnel'];
}

/** The summary of a month from the page's figures. */
export function monthlySummary(month: string, tickets: TicketFigures, selfService: SelfServiceFigures): MonthlySummary {
  const sum = (pick: (r: TicketFigures['slaByTeam'][number]) => number): number => tickets.slaByTeam.reduce((n, r) => n + pick(r), 0);
  const firstMet = sum(r => r.firstResponseMet);
  const resolutionMet = sum(r => r.resolutionMet);
  return {
    month, received: tickets.received, resolved: tickets.resolved, backlog: tickets.backlog.open,
    firstResponse: tickets.firstResponse, resolution: tickets.resolution,
    firstResponseSla: { met: firstMet, of: firstMet + sum(r => r.firstResponseBreached) },
    resolutionSla: { met: resolutionMet, of: resolutionMet + sum(r => r.resolutionBreached) },
    satisfaction: { answered: tickets.satisfaction.answered, average: tickets.satisfaction.average },
    selfService: selfService.funnel
  };
}

/** The outbox's change key of a month's summary: one mail per person per month, whoever queues it and however often. */
export function summaryChangeKey(month: string): string {
  return `reports-summary:${month}`;
}

/** A subscription as read from ReportSubscriptions. */
export interface SubscriptionEntry {
  /** The item's id: the first written of a person's items counts. */
  id: number;
  subscribed: boolean;
  authorId: number;
  editorId: number;
  person: { email: string; displayName: string; loginName: string };
}

/**
 * Who asked for the summary: for each person their first written item, counted only when it says yes and they saved
 * it last themselves (Author = Editor: an agent who rewrote a manager's item does not subscribe them). Whether they may
 * still read the reports is asked of SharePoint when the summary is queued.
 */
export function summarySubscribers(entries: readonly SubscriptionEntry[]): SubscriptionEntry[] {
  const first: { [authorId: number]: SubscriptionEntry } = {};
  entries.forEach(e => { if (!first[e.authorId] || e.id < first[e.authorId].id) first[e.authorId] = e; });
  return Object.keys(first).map(k => first[Number(k)])
    .filter(e => e.subscribed && e.authorId === e.editorId && !!e.person.email)
    .sort((a, b) => a.id - b.id);
}
