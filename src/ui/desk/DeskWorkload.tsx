import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useHelpCenter } from '../common/HelpCenterContext';
import { UserText } from '../common/UserText';
import type { workload } from '../../domain/desk/queues';

/** Props of {@link DeskWorkload}. */
export interface DeskWorkloadProps {
  load: ReturnType<typeof workload>;
  teamName(id: number): string;
  agentName(id: number): string;
}

/**
 * The open tickets per team and per person as tiles of counts (system colours in high contrast). Each tile reads its
 * name first for screen readers ("Équipe technique (N2) 9") and shows its count above it.
 */
export function DeskWorkload(props: DeskWorkloadProps): React.ReactElement {
  const s = useHelpCenter().strings.desk;
  const theme = useTheme();
  const c = React.useMemo(() => mergeStyleSets({
    heading: [theme.fonts.large, { margin: 0 }],
    sub: [theme.fonts.medium, { fontWeight: 600, margin: '8px 0 4px' }],
    groups: { display: 'flex', flexWrap: 'wrap', gap: '8px 32px', minWidth: 0 },
    tiles: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8, minWidth: 0 },
    tile: [theme.fonts.small, {
      display: 'flex', flexDirection: 'column-reverse', justifyContent: 'flex-end', minWidth: 96, maxWidth: 220, padding: '6px 10px',
      borderRadius: 4, overflowWrap: 'anywhere', border: `1px solid ${theme.palette.neutralLight}`, color: theme.semanticColors.bodySubtext,
      selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
    }],
    count: [theme.fonts.xLarge, { fontWeight: 600, color: theme.semanticColors.bodyText }]
  }), [theme]);
  const tile = (key: string, name: React.ReactNode, count: number): React.ReactElement => (
    <li key={key} className={c.tile}>{name}<span className={c.count}>{count}</span></li>
  );
  const { byTeam, byAgent, unassigned } = props.load;
  return (
    <section aria-labelledby="hc-workload">
      <h3 className={c.heading} id="hc-workload">{s.workloadHeading}</h3>
      <div className={c.groups}>
        <div>
          <h4 className={c.sub} id="hc-workload-teams">{s.workloadTeams}</h4>
          <ul className={c.tiles} aria-labelledby="hc-workload-teams">
            {Object.keys(byTeam).map(id => tile(`t${id}`, <span>{props.teamName(Number(id))}</span>, byTeam[Number(id)]))}
          </ul>
        </div>
        <div>
          <h4 className={c.sub} id="hc-workload-people">{s.workloadPeople}</h4>
          <ul className={c.tiles} aria-labelledby="hc-workload-people">
            {Object.keys(byAgent).map(id => tile(`a${id}`, <UserText text={props.agentName(Number(id))} />, byAgent[Number(id)]))}
            {tile('nobody', <span>{s.workloadNobody}</span>, unassigned)}
          </ul>
        </div>
      </div>
    </section>
  );
}
