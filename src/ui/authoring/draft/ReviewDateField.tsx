import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import type { IDatePickerProps, IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import { formatString } from '../../common/format';
import { useAfterFirstRender } from '../../common/rendered';
import { DEFAULT_REVIEW_MONTHS } from '../../../domain/knowledge/articleWorkflow';
import { FIELD_IDS } from './draftForm';

// The calendar is heavy and opened by few: its chunk loads after the form shows (a plain field stands in meanwhile).
const DatePicker = React.lazy(() => import(/* webpackChunkName: 'help-center-date-picker' */ '@fluentui/react/lib/DatePicker')
  .then(m => ({ default: m.DatePicker as React.ComponentType<IDatePickerProps> })));

/** Props of {@link ReviewDateField}. */
export interface ReviewDateFieldProps {
  /** `YYYY-MM-DD`. */
  value?: string;
  onChange(day: string | undefined): void;
  /** The page's language (month and day names, the date's format). */
  locale: 'fr' | 'en';
  disabled?: boolean;
  errorMessage?: string;
  strings: IHelpCenterArticleEditorStrings['articleDraft'];
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A `YYYY-MM-DD` day as a local date (the picker's), and back. */
export function dayToDate(day: string | undefined): Date | undefined {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}
export function dateToDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The date as the page's language writes it: 31/12/2027 (fr), 12/31/2027 (en). */
export function formatDay(d: Date | undefined, locale: 'fr' | 'en'): string {
  if (!d) return '';
  return locale === 'en' ? `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}` : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** A typed date in the page's format (undefined when it is not one). */
export function parseDay(text: string, locale: 'fr' | 'en'): Date | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [day, month] = locale === 'en' ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
  const d = new Date(Number(m[3]), month - 1, day);
  return d.getMonth() === month - 1 && d.getDate() === day ? d : undefined;
}

/** The calendar's words: month and day names from the browser's own data in the page's language, the rest ours. */
function pickerStrings(locale: 'fr' | 'en', s: ReviewDateFieldProps['strings']): IDatePickerStrings {
  const tag = locale === 'en' ? 'en-GB' : 'fr-FR';
  const month = (style: 'long' | 'short', i: number): string => new Date(2024, i, 1).toLocaleDateString(tag, { month: style });
  const day = (style: 'long' | 'narrow', i: number): string => new Date(2024, 0, 7 + i).toLocaleDateString(tag, { weekday: style });
  const twelve = Array.from({ length: 12 }, (_, i) => i);
  const seven = Array.from({ length: 7 }, (_, i) => i);
  return {
    months: twelve.map(i => month('long', i)), shortMonths: twelve.map(i => month('short', i)),
    days: seven.map(i => day('long', i)), shortDays: seven.map(i => day('narrow', i)),
    goToToday: s.datePicker.goToToday, prevMonthAriaLabel: s.datePicker.prevMonth, nextMonthAriaLabel: s.datePicker.nextMonth,
    prevYearAriaLabel: s.datePicker.prevYear, nextYearAriaLabel: s.datePicker.nextYear, closeButtonAriaLabel: s.datePicker.closeButton,
    invalidInputErrorMessage: s.datePicker.invalid, isOutOfBoundsErrorMessage: s.reviewDatePast
  };
}

/** The article's review date: Fluent's DatePicker (typed or picked; lazy), default DEFAULT_REVIEW_MONTHS ahead. */
export function ReviewDateField(props: ReviewDateFieldProps): React.ReactElement {
  const s = props.strings;
  const value = dayToDate(props.value);
  const strings = React.useMemo(() => pickerStrings(props.locale, s), [props.locale, s]);
  const tomorrow = React.useMemo(() => { const d = new Date(); d.setDate(d.getDate() + 1); d.setHours(0, 0, 0, 0); return d; }, []);
  const help = formatString(s.reviewDateHelp, DEFAULT_REVIEW_MONTHS);
  // The calendar's chunk downloads after the page's first render: the read-only field stands in meanwhile.
  const late = useAfterFirstRender();
  const standIn = (
    <TextField id={FIELD_IDS.reviewDate} label={s.reviewDate} value={formatDay(value, props.locale)} readOnly description={help} errorMessage={props.errorMessage} />
  );
  if (!late) return standIn;
  return (
    <React.Suspense fallback={standIn}>
      <DatePicker
        label={s.reviewDate}
        value={value}
        disabled={props.disabled}
        allowTextInput
        strings={strings}
        firstDayOfWeek={props.locale === 'fr' ? 1 : 0}
        minDate={tomorrow}
        formatDate={d => formatDay(d, props.locale)}
        parseDateFromString={t => parseDay(t, props.locale) || null} // eslint-disable-line @rushstack/no-new-null
        onSelectDate={d => props.onChange(d ? dateToDay(d) : undefined)}
        textField={{ id: FIELD_IDS.reviewDate, description: help, errorMessage: props.errorMessage }}
      />
    </React.Suspense>
  );
}
