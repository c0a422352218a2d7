import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { SpecialPeriod, WeeklyHours } from '../../../../domain/sla/calendar';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { subHeading } from './teamStyles';
import { formatString } from '../../../common/format';
import { idOf } from './teamDraft';
import { WeekEditor } from './WeekEditor';

/** Props of {@link PeriodsEditor}. */
export interface PeriodsEditorProps {
  /** The calendar's exam periods. */
  periods: SpecialPeriod[];
  /** The ordinary week: a new period starts from it. */
  ordinary: WeeklyHours;
  /** Changed periods. */
  onChange: (periods: SpecialPeriod[]) => void;
  /** The refused value's message for an input id. */
  messageFor: (inputId: string) => string | undefined;
}

const fields = mergeStyles({ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 8 });
const FIELD = { root: { width: 200, maxWidth: '100%' } };

/** Exam periods: a name in French and English, first and last day (inclusive), and their own hours per weekday. */
export function PeriodsEditor(props: PeriodsEditorProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.teamsConfig;
  const theme = useTheme();
  const { periods, onChange } = props;
  const set = (i: number, change: Partial<SpecialPeriod>): void => onChange(periods.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const label = (p: SpecialPeriod): { fr: string; en: string } => p.label || { fr: '', en: '' };
  const add = (): void => {
    onChange(periods.concat({ key: '', label: { fr: '', en: '' }, start: '', end: '', weekly: JSON.parse(JSON.stringify(props.ordinary)) as WeeklyHours }));
    setTimeout(() => { const input = document.getElementById(`${idOf(`calendar.periods[${periods.length}]`)}-label`); if (input) input.focus(); }, 0);
  };
  const box = mergeStyles({ border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: 8, margin: '8px 0', minWidth: 0 });
  return (
    <section aria-labelledby="hc-team-periods-heading">
      <h4 id="hc-team-periods-heading" className={subHeading}>{s.periodsHeading}</h4>
      <ThemeText as="p" extra={{ margin: 0 }}>{s.periodsIntro}</ThemeText>
      {periods.length ? null : <ThemeText as="p" extra={{ margin: 0 }}>{s.periodsEmpty}</ThemeText>}
      {periods.map((p, i) => {
        const base = idOf(`calendar.periods[${i}]`);
        const name = label(p).fr.trim() || formatString(s.periodGroup, i + 1);
        return (
          <fieldset key={i} className={box}>
            <legend><ThemeText as="span" extra={{ fontWeight: 600 }}>{formatString(s.periodGroup, i + 1)}</ThemeText></legend>
            <div className={fields}>
              <TextField id={`${base}-label`} label={s.periodNameFr} value={label(p).fr} onChange={(_, v) => set(i, { label: { ...label(p), fr: v || '' } })}
                errorMessage={props.messageFor(`${base}-label`)} styles={FIELD} />
              <TextField id={`${base}-label-en`} label={s.periodNameEn} value={label(p).en} onChange={(_, v) => set(i, { label: { ...label(p), en: v || '' } })} styles={FIELD} />
              <TextField id={`${base}-start`} type="date" label={s.periodStart} value={p.start} onChange={(_, v) => set(i, { start: v || '' })}
                errorMessage={props.messageFor(`${base}-start`)} styles={FIELD} />
              <TextField id={`${base}-end`} type="date" label={s.periodEnd} value={p.end} onChange={(_, v) => set(i, { end: v || '' })}
                errorMessage={props.messageFor(`${base}-end`)} styles={FIELD} />
            </div>
            <ThemeText as="p" extra={{ margin: '8px 0 0', fontWeight: 600 }}>{formatString(s.periodHours, name)}</ThemeText>
            <WeekEditor path={`calendar.periods[${i}].weekly`} weekly={p.weekly} onChange={weekly => set(i, { weekly })} messageFor={props.messageFor} />
            <DefaultButton iconProps={{ iconName: 'Delete' }} text={formatString(s.removePeriod, i + 1)} onClick={() => onChange(periods.filter((_, j) => j !== i))} />
          </fieldset>
        );
      })}
      <ActionButton iconProps={{ iconName: 'Add' }} text={s.addPeriod} onClick={add} />
    </section>
  );
}
