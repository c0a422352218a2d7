import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { BusinessHoursCalendar } from '../../../../domain/sla/calendar';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { subHeading } from './teamStyles';
import { HolidaysEditor } from './HolidaysEditor';
import { HoursPreview } from './HoursPreview';
import { PeriodsEditor } from './PeriodsEditor';
import { idOf, inputIdOf } from './teamDraft';
import { WeekEditor } from './WeekEditor';

/** Props of {@link CalendarEditor}. */
export interface CalendarEditorProps {
  /** The calendar as edited. */
  calendar: BusinessHoursCalendar;
  /** A changed calendar. */
  onChange: (calendar: BusinessHoursCalendar) => void;
  /** The refused value's message for an input id. */
  messageFor: (inputId: string) => string | undefined;
}

const columns = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' });
const editor = mergeStyles({ flex: '3 1 420px', minWidth: 0 });
// Beside the calendar (kept in view while scrolling) on a wide panel; above it on a phone, where it would end far below.
const preview = mergeStyles({
  flex: '1 1 220px', minWidth: 0, position: 'sticky', top: 0,
  selectors: { '@media (max-width: 639.98px)': { order: -1, position: 'static' } }
});

/**
 * A team's business hours as a form — never as JSON: time zone, the ordinary week, public holidays and exam periods
 * with their own hours — beside what a requester would read now, computed from the hours typed.
 */
export function CalendarEditor(props: CalendarEditorProps): React.ReactElement {
  const s = useHelpCenter().strings.teamsConfig;
  const { calendar, onChange } = props;
  const noHours = props.messageFor(inputIdOf('calendar.weekly'));
  return (
    <section aria-labelledby="hc-team-hours-heading">
      <ThemeText as="h3" variant="large" block id="hc-team-hours-heading" extra={{ margin: '8px 0 4px' }}>{s.hoursSection}</ThemeText>
      <ThemeText as="p" block extra={{ margin: '0 0 8px' }}>{s.hoursIntro}</ThemeText>
      <div className={columns}>
        <div className={editor}>
          <TextField id={idOf('calendar.timeZone')} label={s.timeZone} description={s.timeZoneHelp} value={calendar.timeZone} required
            onChange={(_, v) => onChange({ ...calendar, timeZone: v || '' })} errorMessage={props.messageFor(idOf('calendar.timeZone'))} styles={{ root: { maxWidth: 280 } }} />
          <h4 className={subHeading}>{s.weekHeading}</h4>
          {noHours ? <ThemeText as="p" role="alert" extra={{ margin: 0, fontWeight: 600 }}>{noHours}</ThemeText> : null}
          <WeekEditor path="calendar.weekly" weekly={calendar.weekly} onChange={weekly => onChange({ ...calendar, weekly })} messageFor={props.messageFor} />
          <HolidaysEditor holidays={calendar.holidays} onChange={holidays => onChange({ ...calendar, holidays })} messageFor={props.messageFor} />
          <PeriodsEditor periods={calendar.periods} ordinary={calendar.weekly} onChange={periods => onChange({ ...calendar, periods })} messageFor={props.messageFor} />
        </div>
        <div className={preview}>
          <HoursPreview calendar={calendar} />
        </div>
      </div>
    </section>
  );
}
