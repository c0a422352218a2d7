import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { FlowBucket } from '../../domain/reports/figures';

/** Props of {@link FlowChart}. */
export interface FlowChartProps {
  buckets: FlowBucket[];
  /** The chart's accessible name; its data table follows it on the page. */
  label: string;
  receivedLabel: string;
  resolvedLabel: string;
}

const BAR = 14;
const GAP = 10;
const HEIGHT = 160;

/**
 * Received and resolved per month as paired bars, drawn in SVG with the theme's colours (no charting library: the
 * page's budget, and the data table beside it is what assistive technologies read). Loaded after the first render.
 */
export default function FlowChart(props: FlowChartProps): React.ReactElement {
  const theme = useTheme();
  const max = Math.max(1, ...props.buckets.map(b => Math.max(b.received, b.resolved)));
  const width = Math.max(120, props.buckets.length * (2 * BAR + GAP) + GAP);
  const received = theme.palette.themePrimary;
  const resolved = theme.palette.neutralSecondary;
  const y = (n: number): number => HEIGHT - 20 - Math.round((n / max) * (HEIGHT - 30));
  return (
    <figure style={{ margin: 0, maxWidth: '100%', overflowX: 'auto' }}>
      <svg role="img" aria-label={props.label} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} style={{ maxWidth: '100%', height: 'auto' }}>
        <line x1={0} x2={width} y1={HEIGHT - 20} y2={HEIGHT - 20} stroke={theme.semanticColors.bodySubtext} />
        {props.buckets.map((b, i) => {
          const x = GAP + i * (2 * BAR + GAP);
          return (
            <g key={b.key}>
              <rect x={x} y={y(b.received)} width={BAR} height={HEIGHT - 20 - y(b.received)} fill={received} />
              <rect x={x + BAR} y={y(b.resolved)} width={BAR} height={HEIGHT - 20 - y(b.resolved)} fill={resolved} />
              <text x={x + BAR} y={HEIGHT - 6} fontSize={10} textAnchor="middle" fill={theme.semanticColors.bodyText}>{b.key.slice(5)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption aria-hidden="true" style={{ display: 'flex', gap: 16, fontSize: 12 }}>
        <span><span style={{ display: 'inline-block', width: 10, height: 10, background: received, marginRight: 4 }} />{props.receivedLabel}</span>
        <span><span style={{ display: 'inline-block', width: 10, height: 10, background: resolved, marginRight: 4 }} />{props.resolvedLabel}</span>
      </figcaption>
    </figure>
  );
}
