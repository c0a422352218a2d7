import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { areaLabels, type ConfigArea, type SetupArea } from './areas';

/** Props of {@link AreasNav}. */
export interface AreasNavProps {
  /** The area shown. */
  area: SetupArea;
  /** The configuration areas this person may edit, in order. */
  areas: readonly ConfigArea[];
  /** Another area chosen. */
  onChange: (area: SetupArea) => void;
}

/** The set-up page's areas as tabs (headers only: each area's content stays mounted where it is). */
export function AreasNav(props: AreasNavProps): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  const label = areaLabels(s);
  return (
    <Pivot aria-label={s.areasLabel} headersOnly selectedKey={props.area} overflowBehavior="menu" overflowAriaLabel={s.moreAreas}
      onLinkClick={item => { if (item && item.props.itemKey) props.onChange(item.props.itemKey as SetupArea); }}>
      <PivotItem itemKey="setup" headerText={s.setupTab} />
      {props.areas.map(area => <PivotItem key={area} itemKey={area} headerText={label[area]} />)}
    </Pivot>
  );
}
