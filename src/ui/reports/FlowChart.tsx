import * as React from 'react';
import { GroupedVerticalBarChart, type IGroupedVerticalBarChartData } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { FlowBucket } from '../../domain/reports/figures';
import { useHelpCenter } from '../common/HelpCenterContext';

/** Props of {@link FlowChart}. */
export interface FlowChartProps {
  buckets: FlowBucket[];
  /** The chart's accessible name; its data table follows it on the page. */
  label: string;
  receivedLabel: string;
  resolvedLabel: string;
}

/** "2026-11" as the reader's short month ("nov. 26", "Nov 26"). */
function monthName(key: string, locale: string): string {
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) return key;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/**
 * Received and resolved per month as grouped bars: Fluent UI's charting library (@fluentui/react-charting, the
 * Fluent v8 charts — keyboard focus on each bar, callouts, legends, the theme's colours), in the reports' chart chunk
 * loaded after the page's first render. The data table beside it carries the same figures for screen readers and CSV.
 */
export default function FlowChart(props: FlowChartProps): React.ReactElement {
  const theme = useTheme();
  const { locale } = useHelpCenter();
  const data = React.useMemo<IGroupedVerticalBarChartData[]>(() => props.buckets.map(b => ({
    name: monthName(b.key, locale),
    series: [
      { key: 'received', data: b.received, legend: props.receivedLabel, color: theme.palette.themePrimary },
      { key: 'resolved', data: b.resolved, legend: props.resolvedLabel, color: theme.palette.neutralSecondary }
    ]
  })), [props.buckets, props.receivedLabel, props.resolvedLabel, locale, theme]);
  return (
    <figure style={{ margin: 0, maxWidth: '100%' }}>
      <GroupedVerticalBarChart chartTitle={props.label} data={data} height={240} barwidth={16} hideLabels={false}
        culture={locale === 'en' ? 'en-GB' : 'fr-FR'} yAxisTickCount={4} />
    </figure>
  );
}
