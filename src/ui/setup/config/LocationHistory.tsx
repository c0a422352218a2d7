import * as React from 'react';
import type { LocationRepository, LocationVersion } from '../../../data/config';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { VersionHistory } from './VersionHistory';

/** Props of {@link LocationHistory}. */
export interface LocationHistoryProps {
  /** Reads the versions. */
  repository: LocationRepository;
  /** The item. */
  id: number;
  /** Changes after each save, to read again. */
  version: string;
}

/** Who changed a location and what it was then: the item's versions (SharePoint's own record), newest first. */
export function LocationHistory(props: LocationHistoryProps): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  const { repository, id } = props;
  const load = React.useCallback(() => repository.history(id), [repository, id]);
  const kindText = (k: string): string => (s.kinds as Record<string, string>)[k] || k;
  return (
    <VersionHistory<LocationVersion> load={load} reloadKey={props.version} headingId="hc-location-history" area="Locations"
      texts={{ heading: s.historyHeading, empty: s.historyEmpty, readFailed: s.readFailed, entry: s.historyEntry }}
      describe={v => [v.title, kindText(v.kind), v.building, v.assetTag].filter(Boolean).join(' · ')} />
  );
}
