import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { computeSelfService } from '../../domain/reports/selfService';
import { computeTicketFigures } from '../../domain/reports/figures';
import { periodChoiceFromUrl, resolvePeriod } from '../../domain/reports/period';
import type { ReportPeriod } from '../../domain/reports/model';
import type { ReportFirstData, ReportRows, ReportsServices } from '../../data/reports/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { useLoad } from '../common/useLoad';
import { LoadingState } from '../common/LoadingState';
import { Notice, MessageBarType } from '../common/Notice';
import { useRenderedMark } from '../common/rendered';
import { AfterFirstRender } from './AfterFirstRender';
import { formatCount, formatString } from '../common/format';
import { ReportControls, type ReportQuery } from './ReportControls';
import { ReportTable } from './ReportTable';
import { reportClasses } from './reportStyles';
import { selfServiceSection, ticketSections, type ReportSection } from './reportTables';
import { DefaultButton } from '@fluentui/react/lib/Button';

const FlowChart = React.lazy(() => import(/* webpackChunkName: 'help-center-reports-charts' */ './FlowChart'));
const SubscriptionToggle = React.lazy(() => import(/* webpackChunkName: 'help-center-reports-subscription' */ './SubscriptionToggle'));

/** Where the page keeps the period and filters chosen (they survive a reload). */
const QUERY_KEY = 'helpCenter.reports.query';
const DEFAULT_QUERY: ReportQuery = { choice: { kind: 'thisMonth' }, filters: {} };
/** The zone the first request's period is counted in, before the desk's calendar is known. */
const FIRST_TIME_ZONE = 'Europe/Paris';

/** The period the address asks for (a mail's link: `?period=YYYY-MM`), else the one kept from the last visit. */
function initialQuery(): ReportQuery {
  const asked = periodChoiceFromUrl(window.location.search);
  const stored = storedQuery();
  return asked ? { choice: asked, filters: {} } : stored;
}

function storedQuery(): ReportQuery {
  try {
    const q = JSON.parse(window.localStorage.getItem(QUERY_KEY) || 'null') as ReportQuery | null; // eslint-disable-line @rushstack/no-new-null
    return q && q.choice && typeof q.choice.kind === 'string' && q.filters && typeof q.filters === 'object' ? q : DEFAULT_QUERY;
  } catch {
    return DEFAULT_QUERY;
  }
}

const same = (a: ReportPeriod, b: ReportPeriod): boolean => a.from.getTime() === b.from.getTime() && a.to.getTime() === b.to.getTime();

function Section(props: { section: ReportSection; classes: ReturnType<typeof reportClasses>; chart?: React.ReactNode }): React.ReactElement {
  const c = props.classes;
  return (
    <section className={c.section} aria-labelledby={`reports-${props.section.id}`}>
      <h3 id={`reports-${props.section.id}`} className={c.heading}>{props.section.heading}</h3>
      {props.section.note && <p className={c.subtext}>{props.section.note}</p>}
      {props.chart}
      <div className={c.grid}>{props.section.tables.map(t => <ReportTable key={t.caption} table={t} classes={c} />)}</div>
    </section>
  );
}

/** The reports: period and filters, then every section's tables (figures computed here from the rows read). */
export function ReportsPage(props: { services: ReportsServices }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.reports;
  const classes = reportClasses(useTheme());
  const now = React.useMemo(() => new Date(), []);
  const [query, setQuery] = React.useState<ReportQuery>(initialQuery);
  const firstPeriod = React.useMemo(() => {
    const r = resolvePeriod(query.choice, now, FIRST_TIME_ZONE, []);
    return 'period' in r ? r.period : (resolvePeriod({ kind: 'thisMonth' }, now, FIRST_TIME_ZONE, []) as { period: ReportPeriod }).period;
  }, []);
  const first = useLoad<ReportFirstData>(() => props.services.first(firstPeriod), []);
  const reference = first.state.value && first.state.value.reference;
  const resolved = reference ? resolvePeriod(query.choice, now, reference.timeZone, reference.sessions) : undefined;
  const period = resolved && 'period' in resolved ? resolved.period : undefined;
  const periodKey = period ? `${period.from.toISOString()}/${period.to.toISOString()}` : '';
  const more = useLoad<ReportRows | undefined>(() => (!period || !reference || !reference.isReader || same(period, firstPeriod) ? Promise.resolve(undefined) : props.services.rows(period)), [periodKey, !!reference], { keepValue: true });
  useRenderedMark('reports', first.state.status !== 'loading');
  React.useEffect(() => {
    try { window.localStorage.setItem(QUERY_KEY, JSON.stringify(query)); } catch { /* private mode: the query lives for the visit */ }
  }, [query]);

  const rows = period && same(period, firstPeriod) ? first.state.value && first.state.value.rows : more.state.value;
  const figures = React.useMemo(() => (reference && period && rows ? {
    tickets: computeTicketFigures({ period, filters: query.filters, now, timeZone: reference.timeZone, ...rows, calendarFor: reference.calendarFor, targetsFor: reference.targetsFor }),
    selfService: computeSelfService(rows.events, period)
  } : undefined), [reference, rows, periodKey, query.filters]);

  if (first.state.status === 'loading') return <LoadingState label={s.loading} />;
  if (first.state.status === 'failed' || !reference) {
    console.error('[HelpCenter] The reports could not be read:', first.state.error);
    return <Notice messageBarType={MessageBarType.error} actions={<DefaultButton className={classes.button} onClick={first.reload} text={s.retry} />}>{s.loadFailed}</Notice>;
  }
  if (!reference.isReader) return <Notice messageBarType={MessageBarType.info}>{s.agentsOnly}</Notice>;
  const periodError = resolved && 'error' in resolved ? s.periodErrors[resolved.error] : undefined;
  const session = resolved && 'session' in resolved && resolved.session;
  const ctx = { strings, locale, reference };
  const sections = figures ? ticketSections(figures.tickets, ctx) : [];
  return (
    <div className={classes.page}>
      <h2 className={classes.heading}>{s.title}</h2>
      <ReportControls query={query} onChange={setQuery} reference={reference} classes={classes} periodError={periodError} />
      <div className={classes.actions}><DefaultButton className={classes.button} onClick={() => window.print()} text={s.print} /></div>
      <div className={classes.controls}><AfterFirstRender><React.Suspense fallback={null}><SubscriptionToggle service={props.services.subscription} /></React.Suspense></AfterFirstRender></div>
      {session && <p className={classes.subtext}>{formatString(s.sessionShown, session.label ? session.label[locale] : session.key, session.start, session.end)}</p>}
      {more.state.status === 'failed' && <Notice messageBarType={MessageBarType.error} actions={<DefaultButton className={classes.button} onClick={more.reload} text={s.retry} />}>{s.loadFailed}</Notice>}
      <p className={classes.summary} role="status" aria-live="polite">
        {more.state.status === 'loading' && !same(period || firstPeriod, firstPeriod) ? s.updating
          : figures ? formatString(s.summary, formatCount(locale, figures.tickets.received, s.summaryReceived), formatCount(locale, figures.tickets.resolved, s.summaryResolved),
            formatCount(locale, figures.tickets.backlog.open, s.summaryOpen)) : ''}
      </p>
      {figures && (
        <div className={classes.sections}>
          {sections.map(sec => (
            <Section key={sec.id} section={sec} classes={classes} chart={sec.id === 'flow' ? (
              <AfterFirstRender><React.Suspense fallback={null}>
                <FlowChart buckets={figures.tickets.months} label={s.flow.chart} receivedLabel={s.flow.received} resolvedLabel={s.flow.resolved} />
              </React.Suspense></AfterFirstRender>
            ) : undefined} />
          ))}
          <Section section={selfServiceSection(figures.selfService, figures.tickets.solvingArticles, ctx)} classes={classes} />
        </div>
      )}
    </div>
  );
}
