import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { formatString } from '../../common/format';
import type { SubmitResult } from '../../../data/intake/TicketFormServices';
import { HoursNote, useHoursModule } from './HoursNote';

const title = mergeStyles({ fontSize: 20, fontWeight: 600, margin: '0 0 8px', selectors: { ':focus': { outline: 'none' } } });

/** Props of {@link Confirmation}. */
export interface ConfirmationProps {
  result: SubmitResult;
  teamName?: string;
  /** The category's first-response target in business hours, said in words ("15 min", "2 h"). */
  firstResponseHours?: number;
  /** The team's calendar JSON, for its hours now and next and the length of its business day. */
  calendarJson?: string;
  /** All the page's strings (hours and duration words). */
  appStrings: IHelpCenterStrings;
  locale: 'fr' | 'en';
  followUrl?: string;
  strings: IHelpCenterStrings['ticketForm'];
  onNewRequest(): void;
}

/** What happens next: the ticket number, who takes it, when to expect an answer, the mail sent. */
export function Confirmation(props: ConfirmationProps): React.ReactElement {
  const s = props.strings;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const hours = useHoursModule(!!props.firstResponseHours);
  const firstResponse = hours && props.firstResponseHours
    ? hours.targetText(props.firstResponseHours, hours.readCalendar(props.calendarJson), props.appStrings, props.locale) : undefined;
  React.useEffect(() => { if (heading.current) heading.current.focus(); }, []);
  return (
    <section aria-labelledby="hc-confirmation-title">
      <h2 id="hc-confirmation-title" tabIndex={-1} ref={heading} className={title}>
        {formatString(s.confirmationTitle, props.result.ticketId)}
      </h2>
      {props.teamName ? <p>{formatString(s.confirmationNext, props.teamName)}</p> : undefined}
      {firstResponse ? <p>{formatString(s.confirmationFirstResponse, firstResponse)}</p> : undefined}
      <HoursNote calendarJson={props.calendarJson} heading={s.confirmationHoursHeading} strings={props.appStrings.hours} locale={props.locale} id="hc-confirmation-hours" />
      {props.result.received ? (
        <MessageBar messageBarType={props.result.mailSent ? MessageBarType.success : MessageBarType.warning}>
          {props.result.mailSent ? s.confirmationEmail : s.confirmationEmailFailed}
        </MessageBar>
      ) : <MessageBar messageBarType={MessageBarType.info}>{s.confirmationEmailByDesk}</MessageBar>}
      <p>
        {props.followUrl ? <a href={`${props.followUrl}${props.followUrl.indexOf('?') >= 0 ? '&' : '?'}ticket=${props.result.ticketId}`}>{s.followLink}</a> : undefined}
      </p>
      <DefaultButton text={s.newRequest} onClick={props.onNewRequest} />
    </section>
  );
}
