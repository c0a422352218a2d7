import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { parseContact, telHref } from '../../data/home/homeModel';
import type { PageLinks } from '../../data/pageLinks';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { formatNodes } from '../common/formatNodes';
import { useAfterFirstRender } from '../common/rendered';
import { HoursNote } from '../tickets/form/HoursNote';
import type { HomeClasses } from './homeStyles';

/** Props of {@link ContactPaths}. */
export interface ContactPathsProps {
  /** HelpSettings values (businessHours.default, helpdesk.contact, helpdesk.desk). */
  settings: { [key: string]: string };
  links: PageLinks;
  classes: HomeClasses;
  /** The moment the hours describe (tests); now by default. */
  now?: Date;
}

/** The desk's location (HelpSettings `helpdesk.desk`: { fr, en } JSON or text), in the reader's language. */
function deskText(value: string | undefined, locale: 'fr' | 'en'): string | undefined {
  if (!value) return undefined;
  let location: unknown = value;
  try { location = JSON.parse(value); } catch { /* plain text: the same in both languages */ }
  const contact = parseContact(JSON.stringify({ location }));
  return contact.location ? contact.location[locale] : undefined;
}

/**
 * How to reach the support: the form first, the phone lines, mail and the desk where the owners set them
 * (HelpSettings helpdesk.contact / helpdesk.desk), and the hours that apply now and next (the form's hours note over
 * businessHours.default, exam periods and holidays included; its code loads once the page is on screen).
 */
export function ContactPaths(props: ContactPathsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.home;
  const c = props.classes;
  const after = useAfterFirstRender();
  const contact = React.useMemo(() => parseContact(props.settings['helpdesk.contact']), [props.settings]);
  const desk = deskText(props.settings['helpdesk.desk'], locale);
  const hours = props.settings['businessHours.default'];
  return (
    <>
      <section className={`${c.section} ${c.card}`} aria-labelledby="hc-home-contact">
        <h3 id="hc-home-contact" className={c.sectionHeading}>{s.contactHeading}</h3>
        <div><PrimaryButton href={props.links.newRequest()} text={s.contactForm} iconProps={{ iconName: 'Add' }} /></div>
        <p className={c.muted}>{s.contactFormHelp}</p>
        <ul className={c.contactLines}>
          {contact.phone ? <li>{formatNodes(s.phone, <Link href={telHref(contact.phone)}>{contact.phone}</Link>)}</li> : undefined}
          {contact.examPhone ? <li>{formatNodes(s.examPhone, <Link href={telHref(contact.examPhone)}>{contact.examPhone}</Link>)}</li> : undefined}
          {contact.email ? <li>{formatNodes(s.email, <Link href={`mailto:${contact.email}`}>{contact.email}</Link>)}</li> : undefined}
          {desk ? <li>{formatString(s.desk, desk)}</li> : undefined}
        </ul>
        {contact.note ? <p className={c.muted}>{contact.note[locale]}</p> : undefined}
      </section>
      {hours && after ? (
        <div className={c.card}>
          <HoursNote calendarJson={hours} heading={s.hoursHeading} strings={strings.homeHours} locale={locale} id="hc-home-hours" now={props.now} />
        </div>
      ) : undefined}
    </>
  );
}
