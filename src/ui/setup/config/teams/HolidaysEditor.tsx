import * as React from 'react';
import { ActionButton, IconButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { Holiday } from '../../../../domain/sla/calendar';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { subHeading } from './teamStyles';
import { formatString } from '../../../common/format';
import { idOf } from './teamDraft';

/** Props of {@link HolidaysEditor}. */
export interface HolidaysEditorProps {
  /** The calendar's holidays. */
  holidays: Holiday[];
  /** Changed holidays. */
  onChange: (holidays: Holiday[]) => void;
  /** The refused value's message for an input id. */
  messageFor: (inputId: string) => string | undefined;
}

const row = mergeStyles({ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 8, padding: '4px 0', border: 0, margin: 0 });
const FIELD = { root: { width: 180, maxWidth: '100%' } };

/** Public holidays: a date and a name in French and English each (closed all day). */
export function HolidaysEditor(props: HolidaysEditorProps): React.ReactElement {
  const s = useHelpCenter().strings.teamsConfig;
  const { holidays, onChange } = props;
  const set = (i: number, change: Partial<Holiday>): void => onChange(holidays.map((h, j) => (j === i ? { ...h, ...change } : h)));
  const label = (h: Holiday): { fr: string; en: string } => h.label || { fr: '', en: '' };
  const add = (): void => {
    onChange(holidays.concat({ date: '', label: { fr: '', en: '' } }));
    setTimeout(() => { const input = document.getElementById(`${idOf(`calendar.holidays[${holidays.length}]`)}-date`); if (input) input.focus(); }, 0);
  };
  return (
    <section aria-labelledby="hc-team-holidays-heading">
      <h4 id="hc-team-holidays-heading" className={subHeading}>{s.holidaysHeading}</h4>
      {holidays.length ? null : <ThemeText as="p" extra={{ margin: 0 }}>{s.holidaysEmpty}</ThemeText>}
      {holidays.map((h, i) => {
        const base = idOf(`calendar.holidays[${i}]`);
        return (
          <fieldset key={i} className={row}>
            <legend className={mergeStyles({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' })}>{formatString(s.holidayGroup, i + 1)}</legend>
            <TextField id={`${base}-date`} type="date" label={s.holidayDate} value={h.date} onChange={(_, v) => set(i, { date: v || '' })}
              errorMessage={props.messageFor(`${base}-date`)} styles={FIELD} />
            <TextField id={`${base}-label`} label={s.holidayNameFr} value={label(h).fr} onChange={(_, v) => set(i, { label: { ...label(h), fr: v || '' } })}
              errorMessage={props.messageFor(`${base}-label`)} styles={FIELD} />
            <TextField id={`${base}-label-en`} label={s.holidayNameEn} value={label(h).en} onChange={(_, v) => set(i, { label: { ...label(h), en: v || '' } })} styles={FIELD} />
            <IconButton iconProps={{ iconName: 'Delete' }} title={formatString(s.removeHoliday, i + 1)} ariaLabel={formatString(s.removeHoliday, i + 1)}
              onClick={() => onChange(holidays.filter((_, j) => j !== i))} />
          </fieldset>
        );
      })}
      <ActionButton iconProps={{ iconName: 'Add' }} text={s.addHoliday} onClick={add} />
    </section>
  );
}
