import * as React from 'react';

/** The hours module (calendar parsing, hoursNow and their words): its own chunk, loaded once the form shows hours. */
type HoursModule = typeof import('./hoursText');
let loading: Promise<HoursModule> | undefined;

/** Loads the hours module once per page; undefined until it is there. */
export function useHoursModule(wanted: boolean): HoursModule | undefined {
  const [mod, setMod] = React.useState<HoursModule | undefined>();
  React.useEffect(() => {
    if (!wanted || mod) return undefined;
    let live = true;
    if (!loading) loading = import(/* webpackChunkName: 'help-center-hours' */ './hoursText');
    loading.then(m => { if (live) setMod(m); }, (e: unknown) => {
      loading = undefined;
      console.error('[HelpCenter] Loading the hours failed:', e);
    });
    return () => { live = false; };
  }, [wanted, mod]);
  return mod;
}

/** Props of {@link HoursNote}. */
export interface HoursNoteProps {
  /** The team's calendar JSON (HelpTeams.HCBusinessHours or HelpSettings businessHours.default); nothing without one. */
  calendarJson: string | undefined;
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
 * requester knows when an answer can come before she files and after. The calendar code loads as its own chunk:
 * the form's first bundle stays within its budget.
 */
export function HoursNote(props: HoursNoteProps): React.ReactElement {
  const hours = useHoursModule(!!props.calendarJson);
  const calendar = React.useMemo(() => (hours ? hours.readCalendar(props.calendarJson) : undefined), [hours, props.calendarJson]);
  if (!hours || !calendar) return <React.Fragment />;
  const lines = hours.hoursLines(calendar, props.now || new Date(), props.strings, props.locale);
  return (
    <section aria-labelledby={props.id} style={{ margin: '0 0 8px' }}>
      <h3 id={props.id} style={{ fontSize: 14, fontWeight: 600, margin: '0 0 4px' }}>{props.heading}</h3>
      <p className={props.className} style={{ margin: 0 }}>{lines.now}</p>
      <p className={props.className} style={{ margin: 0 }}>{lines.weekly}</p>
      {lines.next.map(l => <p key={l} className={props.className} style={{ margin: 0 }}>{l}</p>)}
    </section>
  );
}
