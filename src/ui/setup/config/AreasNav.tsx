import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { useHelpCenter } from '../../common/HelpCenterContext';

/** An area of the set-up page. */
export type SetupArea = 'setup' | 'locations';

/** Props of {@link AreasNav}. */
export interface AreasNavProps {
  /** The area shown. */
  area: SetupArea;
  /** Another area chosen. */
  onChange: (area: SetupArea) => void;
}

/** The set-up page's areas as tabs (headers only: each area's content stays mounted where it is). */
export function AreasNav(props: AreasNavProps): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <Pivot aria-label={s.areasLabel} headersOnly selectedKey={props.area} overflowBehavior="menu"
      onLinkClick={item => { if (item && item.props.itemKey) props.onChange(item.props.itemKey as SetupArea); }}>
      <PivotItem itemKey="setup" headerText={s.setupTab} />
      <PivotItem itemKey="locations" headerText={s.locationsTab} />
    </Pivot>
  );
}
