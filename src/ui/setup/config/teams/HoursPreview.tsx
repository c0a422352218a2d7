import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { calendarJson, checkCalendar } from '../../../../domain/config/teamRules';
import type { BusinessHoursCalendar } from '../../../../domain/sla/calendar';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { HoursNote } from '../../../tickets/form/HoursNote';

/** Props of {@link HoursPreview}. */
export interface HoursPreviewProps {
  /** The calendar as edited, not saved. */
  calendar: BusinessHoursCalendar;
  /** The moment described (tests); now by default. */
  now?: Date;
}

/**
 * "What a requester sees now": the request form's own hours note (the same component and words as the form, the home
 * page and the confirmation), given the JSON the edited calendar would be saved as — shown once that calendar is valid.
 */
export function HoursPreview(props: HoursPreviewProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.teamsConfig;
  const theme = useTheme();
  const json = React.useMemo(() => (checkCalendar(props.calendar).length ? undefined : calendarJson(props.calendar)), [props.calendar]);
  const box = mergeStyles({ border: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.semanticColors.bodyStandoutBackground, padding: 12 });
  return (
    <aside className={box} aria-labelledby="hc-team-preview">
      <ThemeText as="p" variant="small" extra={{ margin: '0 0 8px' }}>{s.previewIntro}</ThemeText>
      {json ? (
        <HoursNote calendarJson={json} heading={s.previewHeading} strings={strings.hours} locale={locale === 'en' ? 'en' : 'fr'} id="hc-team-preview" now={props.now} />
      ) : (
        <>
          <ThemeText as="h3" id="hc-team-preview" variant="medium" block extra={{ fontWeight: 600, margin: '0 0 4px' }}>{s.previewHeading}</ThemeText>
          <ThemeText as="p" extra={{ margin: 0 }}>{s.previewInvalid}</ThemeText>
        </>
      )}
    </aside>
  );
}
