import * as React from 'react';
import type { TeamRepository } from '../../../../data/config/TeamRepository';
import type { TeamVersion } from '../../../../data/config/teamRows';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { formatString } from '../../../common/format';
import { VersionHistory } from '../VersionHistory';

/** Props of {@link TeamHistory}. */
export interface TeamHistoryProps {
  /** Reads the versions. */
  repository: TeamRepository;
  /** The team. */
  id: number;
  /** Changes after each save, to read again. */
  version: string;
}

/** Who changed a team and what it was then (name, level, mailbox, exam periods): the item's versions, newest first. */
export function TeamHistory(props: TeamHistoryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.teamsConfig;
  const { repository, id } = props;
  const load = React.useCallback(() => repository.history(id), [repository, id]);
  const hours = (v: TeamVersion): string => {
    if (!v.calendar) return s.historyNoCalendar;
    const names = v.calendar.periods.map(p => (p.label ? (locale === 'en' ? p.label.en : p.label.fr) || p.label.fr : `${p.start} – ${p.end}`));
    return names.length ? formatString(s.historyPeriods, names.join(', ')) : '';
  };
  return (
    <VersionHistory<TeamVersion> load={load} reloadKey={props.version} headingId="hc-team-history" area="Teams"
      texts={{ heading: s.historyHeading, empty: s.historyEmpty, readFailed: s.readFailed, entry: s.historyEntry }}
      describe={v => [v.title, (s.levels as Record<string, string>)[v.level] || v.level, v.queueEmail, hours(v)].filter(Boolean).join(' · ')} />
  );
}
