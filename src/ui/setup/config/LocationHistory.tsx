import * as React from 'react';
import type { LocationRepository, LocationVersion } from '../../../data/config';
import { describeError } from '../../../data/sp/errors';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { ThemeText } from '../../common/ThemeText';
import { dateTimeText } from '../../common/dates';
import { formatString } from '../../common/format';

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
  const { strings, locale } = useHelpCenter();
  const s = strings.locationsConfig;
  const [versions, setVersions] = React.useState<LocationVersion[] | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const { repository, id, version } = props;
  React.useEffect(() => {
    let live = true;
    repository.history(id).then(v => { if (live) setVersions(v); }, e => {
      console.error('Locations: history failed', e);
      if (live) setFailure(describeError(e));
    });
    return () => { live = false; };
  }, [repository, id, version]);
  const kindText = (k: string): string => (s.kinds as Record<string, string>)[k] || k;
  return (
    <section aria-labelledby="hc-location-history">
      <ThemeText as="h3" variant="mediumPlus" id="hc-location-history">{s.historyHeading}</ThemeText>
      {failure ? <ThemeText as="p">{`${s.readFailed} ${failure}`}</ThemeText> : null}
      {versions && !versions.length ? <ThemeText as="p">{s.historyEmpty}</ThemeText> : null}
      {versions && versions.length ? (
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          {versions.map(v => (
            <li key={v.label}>
              <ThemeText as="span">{formatString(s.historyEntry, v.label, v.at ? dateTimeText(v.at, locale) : '—', v.by || '—')}</ThemeText>
              <ThemeText as="div" variant="small">{[v.title, kindText(v.kind), v.building, v.assetTag].filter(Boolean).join(' · ')}</ThemeText>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
