import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';

/** Props of {@link AgentTabs}. */
export interface AgentTabsProps {
  selected: 'mine' | 'filedForOthers';
  onSelect(tab: 'mine' | 'filedForOthers'): void;
  /** The tabs' accessible name and each tab's header. */
  label: string;
  mine: string;
  filedForOthers: string;
}

/**
 * An agent's two lists (her requests, those she filed for other people) as tabs. Its own chunk: only agents see it,
 * so a requester's page does not load the tabs' code.
 */
export default function AgentTabs(props: AgentTabsProps): React.ReactElement {
  return (
    <Pivot selectedKey={props.selected} headersOnly aria-label={props.label}
      onLinkClick={item => { if (item && item.props.itemKey) props.onSelect(item.props.itemKey as AgentTabsProps['selected']); }}>
      <PivotItem itemKey="mine" headerText={props.mine} />
      <PivotItem itemKey="filedForOthers" headerText={props.filedForOthers} />
    </Pivot>
  );
}
