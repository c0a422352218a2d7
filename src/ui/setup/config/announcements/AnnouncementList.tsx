import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { AnnouncementView } from '../../../../data/config';
import { announcementPhase } from '../../../../domain/config/announcementRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { UserText } from '../../../common/UserText';
import { dateTimeText } from '../../../common/dates';
import { formatString } from '../../../common/format';
import { SeverityLabel } from './SeverityLabel';

/** Props of {@link AnnouncementList}. */
export interface AnnouncementListProps {
  /** The announcements read so far. */
  rows: AnnouncementView[];
  /** When the phases (current, upcoming, ended) are told. */
  now: Date;
  /** Opens one in the form. */
  onEdit: (row: AnnouncementView) => void;
}

/** The period of an announcement in words, in the browser's time zone ("Du 3 déc. 2026, 14:05 au …"). */
export function periodText(a: Pick<AnnouncementView, 'start' | 'end'>, locale: 'fr' | 'en', s: IHelpCenterConfigAnnouncementsStrings['announcementsConfig']): string {
  if (!a.start) return a.end ? formatString(s.period, '—', dateTimeText(a.end, locale)) : '';
  return a.end ? formatString(s.period, dateTimeText(a.start, locale), dateTimeText(a.end, locale)) : formatString(s.periodFromOnly, dateTimeText(a.start, locale));
}

/**
 * Announcements as a list of cards (one column on a phone): the title opens the form; the severity as an icon and a
 * word, whether it is shown now, still to come or over, its period, audience, language and the problem behind it.
 */
export function AnnouncementList(props: AnnouncementListProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.announcementsConfig;
  const theme = useTheme();
  const c = React.useMemo(() => mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    card: { padding: '8px 12px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, minWidth: 0, overflowWrap: 'anywhere' },
    line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', margin: 0 },
    details: { margin: '4px 0 0', color: theme.semanticColors.bodySubtext }
  }), [theme]);
  const field = (name: string, value: string): string => formatString(s.fieldProblem, name, value);
  return (
    <ul className={c.list}>
      {props.rows.map(a => {
        const language = a.language ? s.languages[a.language] : s.languages.both;
        return (
          <li key={a.id} className={c.card}>
            <div className={c.line}>
              <SeverityLabel severity={a.severity} />
              <ActionButton styles={{ root: { height: 'auto', padding: 0, textAlign: 'left' }, label: { margin: 0, fontWeight: 600 } }}
                aria-label={formatString(s.editLabel, a.title)} onClick={() => props.onEdit(a)}><UserText text={a.title} /></ActionButton>
              <ThemeText as="span">{s.phases[announcementPhase(a.start, a.end, props.now)]}</ThemeText>
            </div>
            <p className={c.details}>{periodText(a, locale, s)}</p>
            <p className={c.details}>
              {[field(s.fields.audience, s.audiences[a.audience]), field(s.fields.language, language)].join(' · ')}
              {a.problem ? <> · {field(s.fields.problem, formatString(s.problemValue, a.problem.id, ''))}<UserText text={a.problem.title} /></> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
