import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { OpeningSlot, WeekdayKey, WeeklyHours } from '../../../../domain/sla/calendar';
import { WEEK_ORDER } from '../../../../domain/sla/hoursNow';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { formatString } from '../../../common/format';
import { idOf } from './teamDraft';

/** Props of {@link WeekEditor}. */
export interface WeekEditorProps {
  /** Where the week sits in the calendar ("calendar.weekly", "calendar.periods[0].weekly"): the inputs' ids. */
  path: string;
  /** The hours per weekday. */
  weekly: WeeklyHours;
  /** A changed week. */
  onChange: (weekly: WeeklyHours) => void;
  /** The refused value's message for an input id. */
  messageFor: (inputId: string) => string | undefined;
}

const dayRow = mergeStyles({ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 8, padding: '4px 0' });
const dayName = mergeStyles({ width: 96, paddingTop: 6, fontWeight: 600 });
const slotRow = mergeStyles({ display: 'flex', alignItems: 'flex-start', gap: 4 });
const dash = mergeStyles({ paddingTop: 6 });
const TIME_FIELD = { root: { width: 88 } };

/**
 * The hours of each weekday as ranges (e.g. 08:00–12:00 and 13:30–17:00; no range: closed), typed "hh:mm". The
 * ranges are the calendar's own slots: the SLA module's parser checks them (times, order, overlaps) before saving.
 */
export function WeekEditor(props: WeekEditorProps): React.ReactElement {
  const s = useHelpCenter().strings.teamsConfig;
  const { weekly, onChange, path } = props;
  const setDay = (day: WeekdayKey, slots: OpeningSlot[]): void => onChange({ ...weekly, [day]: slots });
  const add = (day: WeekdayKey): void => {
    const slots = weekly[day] || [];
    const last = slots[slots.length - 1];
    setDay(day, slots.concat(last ? { start: last.end, end: '' } : { start: '08:00', end: '18:00' }));
    // The new range's start takes the focus once rendered (keyboard path: add, then type).
    setTimeout(() => {
      const input = document.getElementById(`${idOf(`${path}.${day}[${slots.length}]`)}-start`);
      if (input) input.focus();
    }, 0);
  };
  return (
    <div>
      {WEEK_ORDER.map(day => {
        const slots = weekly[day] || [];
        const labelId = `${idOf(`${path}.${day}`)}-label`;
        return (
          <div key={day} className={dayRow} role="group" aria-labelledby={labelId}>
            <ThemeText as="span" id={labelId} className={dayName}>{s.days[day]}</ThemeText>
            {slots.length ? null : <ThemeText as="span" className={dash}>{s.closed}</ThemeText>}
            {slots.map((slot, i) => {
              const base = idOf(`${path}.${day}[${i}]`);
              const change = (field: keyof OpeningSlot, value: string): void =>
                setDay(day, slots.map((x, j) => (j === i ? { ...x, [field]: value } : x)));
              return (
                <div key={i} className={slotRow}>
                  <TextField id={`${base}-start`} ariaLabel={formatString(s.slotStart, s.days[day], i + 1)} placeholder={s.timeHint} value={slot.start}
                    onChange={(_, v) => change('start', v || '')} errorMessage={props.messageFor(`${base}-start`)} styles={TIME_FIELD} autoComplete="off" />
                  <span className={dash} aria-hidden="true">–</span>
                  <TextField id={`${base}-end`} ariaLabel={formatString(s.slotEnd, s.days[day], i + 1)} placeholder={s.timeHint} value={slot.end}
                    onChange={(_, v) => change('end', v || '')} errorMessage={props.messageFor(`${base}-end`)} styles={TIME_FIELD} autoComplete="off" />
                  <IconButton iconProps={{ iconName: 'Cancel' }} title={formatString(s.removeSlot, s.days[day], i + 1)} ariaLabel={formatString(s.removeSlot, s.days[day], i + 1)}
                    onClick={() => setDay(day, slots.filter((_, j) => j !== i))} />
                </div>
              );
            })}
            <IconButton id={`${idOf(`${path}.${day}`)}-add`} iconProps={{ iconName: 'Add' }} title={formatString(s.addSlot, s.days[day])}
              ariaLabel={formatString(s.addSlot, s.days[day])} onClick={() => add(day)} />
          </div>
        );
      })}
    </div>
  );
}
