import * as React from 'react';
import { DatePicker, type IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { ANNOUNCEMENT_MAX_SPAN_DAYS, dayOf, type AnnouncementDraft } from '../../../../domain/config/announcementRules';
import { dateLocale } from '../../../common/dates';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { formatString } from '../../../common/format';
import { fieldId, timeFieldId } from './announcementDraft';

type Strings = IHelpCenterConfigAnnouncementsStrings['announcementsConfig'];

/** Props of {@link PeriodFields}. */
export interface PeriodFieldsProps {
  /** The form's values (the period's days and times). */
  draft: AnnouncementDraft;
  /** A value typed or picked. */
  onChange: (field: 'startDay' | 'startTime' | 'endDay' | 'endTime', value: string) => void;
  /** The refused start's and end's messages. */
  errors: { start?: string; end?: string };
}

const row = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', selectors: { '& > *': { flex: '1 1 140px', minWidth: 0 } } });
const group = mergeStyles({ border: 0, margin: 0, padding: 0, minWidth: 0, selectors: { legend: { fontWeight: 600, padding: '0 0 4px' } } });
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` as a local date. */
function dateOf(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

/** A typed day, dd/mm/yyyy (the page's format in French and British English), or undefined. */
function parseTypedDay(text: string): Date | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return d.getDate() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 ? d : undefined;
}

/** The calendar's words: month and day names from the browser in the page's language, the rest ours. */
function pickerStrings(locale: 'fr' | 'en', s: Strings): IDatePickerStrings {
  const tag = dateLocale(locale);
  const twelve = Array.from({ length: 12 }, (_, i) => i);
  const seven = Array.from({ length: 7 }, (_, i) => i);
  return {
    months: twelve.map(i => new Date(2024, i, 1).toLocaleDateString(tag, { month: 'long' })),
    shortMonths: twelve.map(i => new Date(2024, i, 1).toLocaleDateString(tag, { month: 'short' })),
    days: seven.map(i => new Date(2024, 0, 7 + i).toLocaleDateString(tag, { weekday: 'long' })),
    shortDays: seven.map(i => new Date(2024, 0, 7 + i).toLocaleDateString(tag, { weekday: 'narrow' })),
    goToToday: s.datePicker.goToToday, prevMonthAriaLabel: s.datePicker.prevMonth, nextMonthAriaLabel: s.datePicker.nextMonth,
    prevYearAriaLabel: s.datePicker.prevYear, nextYearAriaLabel: s.datePicker.nextYear, closeButtonAriaLabel: s.datePicker.closeButton,
    invalidInputErrorMessage: s.datePicker.invalid
  };
}

/** The browser's time zone (IANA name), in which the page reads and writes the period. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The period: for the start and for the end, Fluent's DatePicker (picked or typed dd/mm/yyyy) and a time (HH:MM), in
 * the browser's time zone — said under the fields, since the readers show them in theirs.
 */
export function PeriodFields(props: PeriodFieldsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.announcementsConfig;
  const pickerText = React.useMemo(() => pickerStrings(locale, s), [locale, s]);
  const format = (d?: Date): string => (d ? `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}` : '');
  const part = (which: 'start' | 'end'): React.ReactElement => {
    const day = which === 'start' ? 'startDay' : 'endDay';
    const time = which === 'start' ? 'startTime' : 'endTime';
    return (
      <fieldset className={group}>
        <legend>{s.fields[which]}</legend>
        <div className={row}>
          <DatePicker label={s.day} value={dateOf(props.draft[day])} allowTextInput isRequired strings={pickerText} firstDayOfWeek={locale === 'en' ? 0 : 1}
            formatDate={format} parseDateFromString={t => parseTypedDay(t) || null} // eslint-disable-line @rushstack/no-new-null
            onSelectDate={d => props.onChange(day, d ? dayOf(d) : '')}
            textField={{ id: fieldId(which), errorMessage: props.errors[which] }} />
          <TextField id={timeFieldId(which)} label={s.time} required value={props.draft[time]} placeholder="HH:MM" description={s.timeHelp}
            inputMode="numeric" autoComplete="off" onChange={(_, v) => props.onChange(time, v || '')} />
        </div>
      </fieldset>
    );
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {part('start')}
      {part('end')}
      <ThemeText as="p" variant="small" id="hc-announcement-zone">
        {`${formatString(s.timeZone, browserTimeZone())} ${formatString(s.spanHelp, ANNOUNCEMENT_MAX_SPAN_DAYS)}`}
      </ThemeText>
    </div>
  );
}
