/**
 * The reports' tables, built from the figures: each section's tables with their captions, columns and rows, named
 * in the page's language (teams, categories, locations, articles, agents, domain codes).
 */
import { businessDuration } from '../../domain/time/durations';
import { NONE, type Rate, type SlaCompliance, type TicketFigures } from '../../domain/reports/figures';
import type { SelfServiceFigures } from '../../domain/reports/selfService';
import type { KeyCount } from '../../domain/reports/stats';
import type { ReportReference } from '../../data/reports/services';
import { durationText, formatString } from '../common/format';
import type { ReportCell, ReportTableModel } from './ReportTable';

/** One section of the page: its heading and tables. */
export interface ReportSection { id: string; heading: string; tables: ReportTableModel[]; note?: string }

/** What the tables are built with. */
export interface TableContext { strings: IHelpCenterStrings; locale: 'fr' | 'en'; reference: ReportReference }

function percent(locale: 'fr' | 'en', part: number, whole: number): ReportCell {
  if (!whole) return { value: undefined, text: '–' };
  const value = Math.round((part / whole) * 1000) / 10;
  return { value, text: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole) };
}

function namer(ctx: TableContext): { [kind: string]: (key: string) => string } {
  const s = ctx.strings;
  const byId = (list: { id: number; fr: string; en: string }[]): ((key: string) => string) => (key: string): string => {
    if (key === NONE) return s.reports.none;
    const item = list.filter(x => String(x.id) === key)[0];
    return item ? (ctx.locale === 'en' ? item.en : item.fr) : `#${key}`;
  };
  const code = (labels: { [code: string]: string }): ((key: string) => string) => (key: string): string => (key === NONE ? s.reports.none : labels[key] || key);
  return {
    team: byId(ctx.reference.teams), category: byId(ctx.reference.categories), location: byId(ctx.reference.locations), article: byId(ctx.reference.articles),
    kind: code(s.ticketKind), channel: code(s.ticketChannel), level: code(s.supportLevel), priority: code(s.ticketPriority)
  };
}

function counts(caption: string, first: string, rows: KeyCount<string | number>[], name: (key: string) => string, ctx: TableContext, withShare: boolean = true): ReportTableModel {
  const total = rows.reduce((n, r) => n + r.count, 0);
  const s = ctx.strings.reports;
  return {
    caption, columns: withShare ? [first, s.count, s.share] : [first, s.count],
    rows: rows.map(r => (withShare ? [name(String(r.key)), r.count, percent(ctx.locale, r.count, total)] : [name(String(r.key)), r.count]))
  };
}

function minutes(m: number | undefined, ctx: TableContext): ReportCell {
  return m === undefined ? { value: undefined, text: '–' } : { value: m, text: durationText(businessDuration(m), ctx.strings, ctx.locale) };
}

function slaTable(caption: string, first: string, rows: SlaCompliance[], name: (key: string) => string, ctx: TableContext): ReportTableModel {
  const t = ctx.strings.reports.times;
  return {
    caption, columns: [first, t.firstMet, t.firstBreached, t.compliance, t.resolutionMet, t.resolutionBreached, t.compliance],
    rows: rows.map(r => [name(r.key), r.firstResponseMet, r.firstResponseBreached, percent(ctx.locale, r.firstResponseMet, r.firstResponseMet + r.firstResponseBreached),
      r.resolutionMet, r.resolutionBreached, percent(ctx.locale, r.resolutionMet, r.resolutionMet + r.resolutionBreached)])
  };
}

function rateRow(label: string, r: Rate, ctx: TableContext): ReportCell[] {
  return [label, r.count, r.of, percent(ctx.locale, r.count, r.of)];
}

/** The ticket sections: flow, typology, work, backlog, times, rates, satisfaction. */
export function ticketSections(f: TicketFigures, ctx: TableContext): ReportSection[] {
  const s = ctx.strings.reports;
  const n = namer(ctx);
  const agent = (key: string): string => (key === NONE ? s.work.unassigned : f.agentNames[key] || `#${key}`);
  const flow = (caption: string, first: string, rows: TicketFigures['months']): ReportTableModel =>
    ({ caption, columns: [first, s.flow.received, s.flow.resolved], rows: rows.map(b => [b.key, b.received, b.resolved]) });
  return [
    { id: 'flow', heading: s.flow.heading, tables: [flow(s.flow.byMonth, s.flow.month, f.months), flow(s.flow.byWeek, s.flow.week, f.weeks)] },
    {
      id: 'typology', heading: s.typology.heading, tables: [
        counts(s.typology.byCategory, s.category, f.typology.category, n.category, ctx), counts(s.typology.byKind, s.kind, f.typology.kind, n.kind, ctx),
        counts(s.typology.byPriority, s.priority, f.typology.priority, n.priority, ctx), counts(s.typology.byLocation, s.location, f.typology.location, n.location, ctx),
        counts(s.typology.byChannel, s.channel, f.typology.channel, n.channel, ctx), counts(s.typology.byTeam, s.team, f.typology.team, n.team, ctx),
        counts(s.typology.byLevel, s.level, f.typology.level, n.level, ctx)
      ]
    },
    {
      id: 'work', heading: s.work.heading, tables: [
        counts(s.work.doneByAgent, s.work.agent, f.workDone.byAgent, agent, ctx), counts(s.work.doneByTeam, s.team, f.workDone.byTeam, n.team, ctx),
        counts(s.work.loadByAgent, s.work.agent, f.workload.byAgent, agent, ctx), counts(s.work.loadByTeam, s.team, f.workload.byTeam, n.team, ctx)
      ]
    },
    {
      id: 'backlog', heading: s.backlog.heading,
      tables: [counts(s.backlog.caption, s.backlog.age, f.backlog.ages.filter(a => a.count > 0 || f.backlog.open > 0), k => s.backlog.ages[k as keyof typeof s.backlog.ages], ctx)]
    },
    {
      id: 'times', heading: s.times.heading, tables: [
        {
          caption: s.times.caption, columns: [s.times.measure, s.count, s.times.median, s.times.p90],
          rows: [[s.times.firstResponse, f.firstResponse.count, minutes(f.firstResponse.median, ctx), minutes(f.firstResponse.p90, ctx)],
            [s.times.resolution, f.resolution.count, minutes(f.resolution.median, ctx), minutes(f.resolution.p90, ctx)]]
        },
        slaTable(s.times.slaByTeam, s.team, f.slaByTeam, n.team, ctx), slaTable(s.times.slaByCategory, s.category, f.slaByCategory, n.category, ctx)
      ]
    },
    {
      id: 'rates', heading: s.rates.heading, tables: [{
        caption: s.rates.caption, columns: [s.rates.measure, s.count, s.rates.of, s.rates.rate],
        rows: [rateRow(s.rates.escalation, f.escalation, ctx), rateRow(s.rates.reopen, f.reopen, ctx), rateRow(s.rates.noFollowUp, f.noFollowUp, ctx)]
      }]
    },
    {
      id: 'satisfaction', heading: s.satisfaction.heading,
      note: f.satisfaction.average === undefined ? undefined
        : formatString(s.satisfaction.average, new Intl.NumberFormat(ctx.locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 }).format(f.satisfaction.average), f.satisfaction.answered),
      tables: [
        counts(s.satisfaction.distribution, s.satisfaction.rating, f.satisfaction.distribution.map(d => ({ key: String(d.key), count: d.count })), k => `${k}/5`, ctx),
        { caption: s.satisfaction.comments, columns: [s.satisfaction.ticket, s.satisfaction.rating, s.satisfaction.comment], rows: f.satisfaction.comments.map(c => [`#${c.ticketId}`, c.rating, c.comment]) }
      ]
    }
  ];
}

/** The self-service section: funnel, queries, articles. */
export function selfServiceSection(sf: SelfServiceFigures, solving: TicketFigures['solvingArticles'], ctx: TableContext): ReportSection {
  const s = ctx.strings.reports;
  const ss = s.selfService;
  const n = namer(ctx);
  const q = (k: string): string => k;
  const fu = sf.funnel;
  const outdated = ctx.reference.articles.filter(a => a.status === 'outdated');
  return {
    id: 'selfService', heading: ss.heading, tables: [
      {
        caption: ss.funnel, columns: [ss.step, s.count, s.share],
        rows: [[ss.searches, fu.searches, percent(ctx.locale, fu.searches, fu.searches)], [ss.withResults, fu.withResults, percent(ctx.locale, fu.withResults, fu.searches)],
          [ss.openedArticle, fu.openedArticle, percent(ctx.locale, fu.openedArticle, fu.searches)], [ss.helpful, fu.helpful, percent(ctx.locale, fu.helpful, fu.searches)],
          [ss.filedTicket, fu.filedTicket, percent(ctx.locale, fu.filedTicket, fu.searches)], [ss.deflected, fu.deflected, percent(ctx.locale, fu.deflected, fu.searches)]]
      },
      counts(ss.zeroResult, ss.query, sf.zeroResultQueries, q, ctx, false),
      counts(ss.topQueries, ss.query, sf.topQueries, q, ctx, false),
      counts(ss.openedArticles, ss.article, sf.openedArticles, n.article, ctx, false),
      counts(ss.solvingArticles, ss.article, solving, n.article, ctx, false),
      { caption: ss.outdated, columns: [ss.article, ss.language], rows: outdated.map(a => [ctx.locale === 'en' ? a.en : a.fr, a.language ? ctx.strings.language[a.language] : '']) }
    ]
  };
}
