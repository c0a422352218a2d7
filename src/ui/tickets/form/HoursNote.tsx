import * as React from 'react';
import type { BusinessHoursCalendar } from '../../../domain/sla/calendar';
import { hoursLines } from './hoursText';

/** Props of {@link HoursNote}. */
export interface HoursNoteProps {
  /** The team's calendar; nothing is shown without one. */
  calendar: BusinessHoursCalendar | undefined;
  /** The heading ("Support hours", "Team hours"). */
  heading: string;
  strings: IHelpCenterStrings['hours'];
  locale: 'fr' | 'en';
  /** Id of the heading (unique on the page). */
  id: string;
  /** Class of the paragraphs (the form's help style). */
  className?: string;
  /** The moment described (tests); now by default. */
  now?: Date;
}

/**
 * The hours that apply now and what changes next ("exam period from 26 May: Monday–Saturday 7:30–19:30"), so a
 * requester knows when an answer can come before she files and after.
 */
export function HoursNote(props: HoursNoteProps): React.ReactElement {
  if (!props.calendar) return <React.Fragment />;
  const lines = hoursLines(props.calendar, props.now || new Date(), props.strings, props.locale);
  return (
    <section aria-labelledby={props.id} style={{ margin: '0 0 8px' }}>
      <h3 id={props.id} style={{ fontSize: 14, fontWeight: 600, margin: '0 0 4px' }}>{props.heading}</h3>
      <p className={props.className} style={{ margin: 0 }}>{lines.now}</p>
      <p className={props.className} style={{ margin: 0 }}>{lines.weekly}</p>
      {lines.next.map(l => <p key={l} className={props.className} style={{ margin: 0 }}>{l}</p>)}
    </section>
  );
}
