import * as React from 'react';
import type { HomeAnnouncement } from '../../data/home/homeModel';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Pill, PillTone } from '../common/pills';
import type { HomeClasses } from './homeStyles';

const TONE: { [S in HomeAnnouncement['severity']]: PillTone } = { outage: 'danger', warning: 'warning', info: 'info' };

/** The current announcements (known incidents, planned work), outages first: nothing when there is none. */
export function HomeAnnouncements(props: { announcements: HomeAnnouncement[]; classes: HomeClasses }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const c = props.classes;
  if (!props.announcements.length) return <></>;
  return (
    <section className={c.section} aria-labelledby="hc-home-announcements">
      <h3 id="hc-home-announcements" className={c.sectionHeading}>{strings.home.announcementsHeading}</h3>
      <ul className={c.list}>
        {props.announcements.map(a => (
          <li key={a.id} className={c.announcement} lang={a.language && a.language !== locale ? a.language : undefined}>
            <span><Pill tone={TONE[a.severity]}>{strings.announcementSeverity[a.severity]}</Pill></span>
            <strong>{a.title}</strong>
            {a.body ? <span>{a.body}</span> : undefined}
          </li>
        ))}
      </ul>
    </section>
  );
}
