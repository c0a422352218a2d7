import * as React from 'react';
import { ThemeText } from '../../common/ThemeText';
import { useLoad } from '../../common/useLoad';

/** The hours module (calendar parsing, hoursNow and their words): its own chunk, loaded once the form shows hours. */
type HoursModule = typeof import('./hoursText');
let loading: Promise<HoursModule> | undefined;

function loadHours(): Promise<HoursModule | undefined> {
  if (!loading) loading = import(/* webpackChunkName: 'help-center-hours' */ './hoursText');
  return loading.then(undefined, (e: unknown) => {
    loading = undefined;
    console.error('[HelpCenter] Loading the hours failed:', e);
    return undefined;
  });
}

/** Loads the hours module once per page; undefined until it is there. */
export function useHoursModule(wanted: boolean): HoursModule | undefined {
  const { state } = useLoad<HoursModule | undefined>(() => (wanted ? loadHours() : Promise.resolve(undefined)), [wanted]);
  return state.value;
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
  /**
   * The note sits below the fold (the form's foot): its code loads when it comes near the screen, not with the page's
   * first render. Without it (the confirmation), it loads at once.
   */
  whenNear?: boolean;
}

/** Distance from the screen at which a note below the fold starts loading: it is there when scrolled to. */
const NEAR_MARGIN = '200px 0px';

/** True once the element is on or near the screen (at once without `wanted` or where IntersectionObserver is missing). */
function useNearScreen(element: React.RefObject<HTMLElement>, wanted: boolean): boolean {
  const [near, setNear] = React.useState(() => !wanted || typeof IntersectionObserver === 'undefined');
  React.useEffect(() => {
    const target = element.current;
    if (near || !target) return undefined;
    const observer = new IntersectionObserver(entries => { if (entries.some(e => e.isIntersecting)) setNear(true); }, { rootMargin: NEAR_MARGIN });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, near]);
  return near;
}

/**
 * The hours that apply now and what changes next ("exam period from 26 May: Monday–Saturday 7:30–19:30"), so a
 * requester knows when an answer can come before she files and after. The calendar code loads as its own chunk
 * (`help-center-hours`), on the form when the note comes near the screen: the form's first render stays within budget.
 */
export function HoursNote(props: HoursNoteProps): React.ReactElement {
  const section = React.useRef<HTMLElement>(null);
  const near = useNearScreen(section, !!props.whenNear && !!props.calendarJson);
  const hours = useHoursModule(!!props.calendarJson && near);
  const calendar = React.useMemo(() => (hours ? hours.readCalendar(props.calendarJson) : undefined), [hours, props.calendarJson]);
  // Until its code is there, a note below the fold shows its heading (what the observer watches), then its lines.
  if (!props.calendarJson || (hours && !calendar) || (!hours && !props.whenNear)) return <React.Fragment />;
  const lines = hours && calendar ? hours.hoursLines(calendar, props.now || new Date(), props.strings, props.locale) : undefined;
  return (
    <section aria-labelledby={props.id} ref={section}>
      <ThemeText as="h3" id={props.id} variant="medium" block extra={{ fontWeight: 600, margin: '0 0 4px' }}>{props.heading}</ThemeText>
      {lines ? (
        <>
          <ThemeText as="p" block className={props.className} extra={{ margin: 0 }}>{lines.now}</ThemeText>
          <ThemeText as="p" block className={props.className} extra={{ margin: 0 }}>{lines.weekly}</ThemeText>
          {lines.next.map(l => <ThemeText as="p" block key={l} className={props.className} extra={{ margin: 0 }}>{l}</ThemeText>)}
        </>
      ) : undefined}
    </section>
  );
}
