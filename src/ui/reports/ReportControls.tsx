import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { PERIOD_KINDS, type PeriodChoice } from '../../domain/reports/period';
import type { ReportFilters } from '../../domain/reports/model';
import { SUPPORT_LEVELS, TICKET_CHANNELS, TICKET_KINDS } from '../../domain/vocabulary';
import type { ReportReference } from '../../data/reports/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { ReportClasses } from './reportStyles';

/** What the page shows: a period and filters. */
export interface ReportQuery { choice: PeriodChoice; filters: ReportFilters }

/** Props of {@link ReportControls}. */
export interface ReportControlsProps {
  query: ReportQuery;
  onChange(query: ReportQuery): void;
  reference: ReportReference;
  classes: ReportClasses;
  /** The message of a period that cannot be shown (id `reports-period-error`). */
  periodError?: string;
}

/** The key of "no filter" (a Dropdown's keys are not empty). */
const ALL = '*';

function Select(props: { id: string; label: string; value: string; options: [string, string][]; onChange(value: string): void; classes: ReportClasses; describedBy?: string }): React.ReactElement {
  const options: IDropdownOption[] = props.options.map(([v, text]) => ({ key: v || ALL, text }));
  return (
    <Dropdown id={props.id} className={props.classes.field} label={props.label} options={options} selectedKey={props.value || ALL}
      aria-describedby={props.describedBy} onChange={(_e, option) => { if (option) props.onChange(option.key === ALL ? '' : String(option.key)); }} />
  );
}

/** The period (this month, last month, the last exam session, chosen dates) and the filters (Fluent UI Dropdowns; dates in the browser's date field). */
export function ReportControls(props: ReportControlsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.reports;
  const c = props.classes;
  const { choice, filters } = props.query;
  const name = (x: { fr: string; en: string }): string => (locale === 'en' ? x.en : x.fr);
  const setFilter = (patch: Partial<ReportFilters>): void => props.onChange({ choice, filters: { ...filters, ...patch } });
  const num = (v: string): number | undefined => (v ? Number(v) : undefined);
  const all: [string, string] = ['', s.all];
  const range = choice.kind === 'range' ? choice : undefined;
  const setKind = (kind: string): void => {
    if (kind === 'range') {
      const today = new Date().toISOString().slice(0, 10);
      props.onChange({ choice: { kind: 'range', from: `${today.slice(0, 7)}-01`, to: today }, filters });
    } else props.onChange({ choice: { kind } as PeriodChoice, filters });
  };
  const describedBy = props.periodError ? 'reports-period-error' : undefined;
  return (
    <form className={c.controls} aria-label={s.controls} onSubmit={e => e.preventDefault()}>
      <div className={c.controlRow}>
        <Select id="reports-period" label={s.period} value={choice.kind} classes={c} describedBy={describedBy}
          options={PERIOD_KINDS.map((k): [string, string] => [k, s.periods[k]])} onChange={setKind} />
        {range && (
          <>
            {/* The browser's own date field (typed or picked; Fluent's DatePicker would add its calendar to the page). */}
            <div className={c.field}>
              <label className={c.label} htmlFor="reports-from">{s.from}</label>
              <input id="reports-from" type="date" className={c.select} value={range.from} aria-invalid={!!props.periodError} aria-describedby={describedBy}
                onChange={e => props.onChange({ choice: { ...range, from: e.target.value }, filters })} />
            </div>
            <div className={c.field}>
              <label className={c.label} htmlFor="reports-to">{s.to}</label>
              <input id="reports-to" type="date" className={c.select} value={range.to} aria-invalid={!!props.periodError} aria-describedby={describedBy}
                onChange={e => props.onChange({ choice: { ...range, to: e.target.value }, filters })} />
            </div>
          </>
        )}
      </div>
      <div className={c.controlRow} role="group" aria-label={s.filters}>
        <Select id="reports-team" label={s.team} value={String(filters.teamId || '')} classes={c} onChange={v => setFilter({ teamId: num(v) })}
          options={[all, ...props.reference.teams.map((t): [string, string] => [String(t.id), name(t)])]} />
        <Select id="reports-level" label={s.level} value={filters.level || ''} classes={c} onChange={v => setFilter({ level: (v || undefined) as ReportFilters['level'] })}
          options={[all, ...SUPPORT_LEVELS.map((l): [string, string] => [l, strings.supportLevel[l]])]} />
        <Select id="reports-category" label={s.category} value={String(filters.categoryId || '')} classes={c} onChange={v => setFilter({ categoryId: num(v) })}
          options={[all, ...props.reference.categories.map((t): [string, string] => [String(t.id), name(t)])]} />
        <Select id="reports-kind" label={s.kind} value={filters.kind || ''} classes={c} onChange={v => setFilter({ kind: (v || undefined) as ReportFilters['kind'] })}
          options={[all, ...TICKET_KINDS.map((k): [string, string] => [k, strings.ticketKind[k]])]} />
        <Select id="reports-channel" label={s.channel} value={filters.channel || ''} classes={c} onChange={v => setFilter({ channel: (v || undefined) as ReportFilters['channel'] })}
          options={[all, ...TICKET_CHANNELS.map((k): [string, string] => [k, strings.ticketChannel[k]])]} />
        <Select id="reports-location" label={s.location} value={String(filters.locationId || '')} classes={c} onChange={v => setFilter({ locationId: num(v) })}
          options={[all, ...props.reference.locations.map((t): [string, string] => [String(t.id), name(t)])]} />
      </div>
      {props.periodError && <p id="reports-period-error" role="alert" className={c.subtext}>{props.periodError}</p>}
    </form>
  );
}
