import * as React from 'react';
import type { InformedEntry } from '../../../data/tickets/notificationLog';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { PersonBadge } from '../../common/PersonBadge';
import { dateTimeText } from '../../common/dates';
import { formatString } from '../../common/format';
import { useRequestClasses } from './requestStyles';

/** A person named on a request. */
export interface InformedPerson { name: string; email: string }

/** Props of {@link InformedList}. */
export interface InformedListProps {
  /** HelpNotifications rows of the ticket; undefined when they could not be read. */
  entries: InformedEntry[] | undefined;
  /** Heading id (the section is labelled by it). */
  id: string;
  /** A sentence under the heading (e.g. what a requester can see). */
  intro?: string;
  /**
   * The people kept informed, for the requester's page: those the desk confirmed (they are told of each step) and
   * those she asked for that it has not confirmed yet (told nothing so far). Left out on the desk's page.
   */
  people?: { confirmed: InformedPerson[]; asked: InformedPerson[] };
}

/** People with their photo or initials, name and address. */
function People(props: { people: InformedPerson[]; label: string }): React.ReactElement {
  const c = useRequestClasses();
  return (
    <ul className={c.list} aria-label={props.label}>
      {props.people.map((p, i) => (
        <li key={`${p.email}|${i}`}>
          <PersonBadge name={p.name || p.email} email={p.email || undefined} secondaryText={p.name && p.email ? p.email : undefined} size="regular" />
        </li>
      ))}
    </ul>
  );
}

/** Who is kept informed of a request: confirmed by the desk, or asked for by the requester and not confirmed yet. */
function InformedPeople(props: { id: string; people: NonNullable<InformedListProps['people']> }): React.ReactElement {
  const { strings } = useHelpCenter();
  const c = useRequestClasses();
  const s = strings.informedPeople;
  const { confirmed, asked } = props.people;
  return (
    <section aria-labelledby={props.id} className={c.section}>
      <h3 id={props.id} className={c.subheading}>{s.heading}</h3>
      {confirmed.length ? <><p className={c.muted}>{s.confirmed}</p><People people={confirmed} label={s.confirmed} /></> : undefined}
      {asked.length ? <><p className={c.muted}>{s.asked}</p><People people={asked} label={s.asked} /></> : undefined}
      {!confirmed.length && !asked.length ? <p className={c.muted}>{s.none}</p> : undefined}
    </section>
  );
}

/** Who was informed of a ticket's changes, of which change, and when the mail went out (or why not yet); with `people`, who is kept informed. */
export function InformedList(props: InformedListProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const c = useRequestClasses();
  const s = strings.informed;
  const when = (iso: string): string => dateTimeText(iso, locale);
  const state = (e: InformedEntry): string => (e.informedAt ? formatString(s.informedOn, when(e.informedAt))
    : e.sentAt ? formatString(s.sent, when(e.sentAt)) : formatString(e.failed ? s.failed : s.pending, when(e.recordedAt)));
  const who = (e: InformedEntry): string => {
    const event = s.events[e.event] || e.event;
    if (e.role === 'teamQueue') return formatString(s.entryNoEmail, e.displayName ? formatString(s.teamNamed, e.displayName) : s.team, event);
    return e.email ? formatString(s.entry, e.displayName, e.email, event) : formatString(s.entryNoEmail, e.displayName, event);
  };
  return (
    <>
      {props.people ? <InformedPeople id={`${props.id}-people`} people={props.people} /> : undefined}
      <section aria-labelledby={props.id} className={c.section}>
        <h3 id={props.id} className={c.subheading}>{s.heading}</h3>
        {props.intro ? <p className={c.muted}>{props.intro}</p> : undefined}
        {props.entries === undefined ? <p>{s.loadFailed}</p> : props.entries.length ? (
          <ul style={{ paddingLeft: 20, margin: '8px 0 0', overflowWrap: 'anywhere' }}>
            {props.entries.map(e => (
              <li key={e.id} style={{ marginBottom: 4 }}>
                {who(e)}{' — '}{state(e)}
              </li>
            ))}
          </ul>
        ) : <p className={c.muted}>{s.none}</p>}
      </section>
    </>
  );
}
