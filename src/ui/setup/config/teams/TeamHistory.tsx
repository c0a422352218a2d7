import * as React from 'react';
import type { TeamRepository } from '../../../../data/config/TeamRepository';
import type { TeamVersion } from '../../../../data/config/teamRows';
import { describeError } from '../../../../data/sp/errors';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { dateTimeText } from '../../../common/dates';
import { formatString } from '../../../common/format';

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
  const [versions, setVersions] = React.useState<TeamVersion[] | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const { repository, id, version } = props;
  React.useEffect(() => {
    let live = true;
    repository.history(id).then(v => { if (live) setVersions(v); }, e => {
      console.error('Teams: history failed', e);
      if (live) setFailure(describeError(e));
    });
    return () => { live = false; };
  }, [repository, id, version]);
  const hours = (v: TeamVersion): string => {
    if (!v.calendar) return s.historyNoCalendar;
    const names = v.calendar.periods.map(p => (p.label ? (locale === 'en' ? p.label.en : p.label.fr) || p.label.fr : `${p.start} – ${p.end}`));
    return names.length ? formatString(s.historyPeriods, names.join(', ')) : '';
  };
  return (
    <section aria-labelledby="hc-team-history">
      <ThemeText as="h3" variant="mediumPlus" id="hc-team-history">{s.historyHeading}</ThemeText>
      {failure ? <ThemeText as="p">{`${s.readFailed} ${failure}`}</ThemeText> : null}
      {versions && !versions.length ? <ThemeText as="p">{s.historyEmpty}</ThemeText> : null}
      {versions && versions.length ? (
        <ol style={{ paddingLeft: 20, margin: 0 }}>
          {versions.map(v => (
            <li key={v.label}>
              <ThemeText as="span">{formatString(s.historyEntry, v.label, v.at ? dateTimeText(v.at, locale) : '—', v.by || '—')}</ThemeText>
              <ThemeText as="div" variant="small">{[v.title, (s.levels as Record<string, string>)[v.level] || v.level, v.queueEmail, hours(v)].filter(Boolean).join(' · ')}</ThemeText>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
