import * as React from 'react';
import type { InformedEntry } from '../../../data/tickets/notificationLog';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { UserText } from '../../common/UserText';
import { formatString } from '../../common/format';

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

function People(props: { people: InformedPerson[] }): React.ReactElement {
  return <ul>{props.people.map((p, i) => <li key={`${p.email}|${i}`}><UserText text={p.name || p.email} />{p.email && p.name ? <> (<UserText text={p.email} />)</> : undefined}</li>)}</ul>;
}

/** Who is kept informed of a request: confirmed by the desk, or asked for by the requester and not confirmed yet. */
function InformedPeople(props: { id: string; people: NonNullable<InformedListProps['people']> }): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.informedPeople;
  const { confirmed, asked } = props.people;
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{s.heading}</h3>
      {confirmed.length ? <><p>{s.confirmed}</p><People people={confirmed} /></> : undefined}
      {asked.length ? <><p>{s.asked}</p><People people={asked} /></> : undefined}
      {!confirmed.length && !asked.length ? <p>{s.none}</p> : undefined}
    </section>
  );
}

/** Who was informed of a ticket's changes, of which change, and when the mail went out (or why not yet); with `people`, who is kept informed. */
export function InformedList(props: InformedListProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.informed;
  const when = (iso: string): string => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions);
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
      <section aria-labelledby={props.id}>
        <h3 id={props.id}>{s.heading}</h3>
        {props.intro ? <p>{props.intro}</p> : undefined}
        {props.entries === undefined ? <p>{s.loadFailed}</p> : props.entries.length ? (
          <ul>
            {props.entries.map(e => (
              <li key={e.id}>
                {who(e)}{' — '}{state(e)}
              </li>
            ))}
          </ul>
        ) : <p>{s.none}</p>}
      </section>
    </>
  );
}
