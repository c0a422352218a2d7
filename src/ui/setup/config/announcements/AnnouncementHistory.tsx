import * as React from 'react';
import type { AnnouncementRepository, AnnouncementVersion } from '../../../../data/config';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { formatString } from '../../../common/format';
import { VersionHistory } from '../VersionHistory';
import { periodText } from './AnnouncementList';

/** Props of {@link AnnouncementHistory}. */
export interface AnnouncementHistoryProps {
  /** Reads the versions. */
  repository: AnnouncementRepository;
  /** The item. */
  id: number;
  /** Changes after each save, to read again. */
  version: string;
}

/** Who changed an announcement and what it was then (title, severity, period, audience, language): the item's versions. */
export function AnnouncementHistory(props: AnnouncementHistoryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.announcementsConfig;
  const { repository, id } = props;
  const load = React.useCallback(() => repository.history(id), [repository, id]);
  return (
    <VersionHistory<AnnouncementVersion> load={load} reloadKey={props.version} headingId="hc-announcement-history" area="Announcements"
      texts={{ heading: s.historyHeading, empty: s.historyEmpty, readFailed: s.readFailed, entry: s.historyEntry }}
      describe={v => [v.title, strings.announcementSeverity[v.severity], periodText(v, locale, s),
        formatString(s.fieldProblem, s.fields.audience, s.audiences[v.audience]), v.language ? s.languages[v.language] : s.languages.both].filter(Boolean).join(' · ')} />
  );
}
