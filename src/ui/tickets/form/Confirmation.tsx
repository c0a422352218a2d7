import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { formatString } from '../../common/format';
import type { SubmitResult } from '../../../data/intake/TicketFormServices';

const title = mergeStyles({ fontSize: 20, fontWeight: 600, margin: '0 0 8px', selectors: { ':focus': { outline: 'none' } } });

/** Props of {@link Confirmation}. */
export interface ConfirmationProps {
  result: SubmitResult;
  teamName?: string;
  firstResponseHours?: number;
  /** The team's hours in words, when known. */
  hours?: string;
  followUrl?: string;
  strings: IHelpCenterStrings['ticketForm'];
  onNewRequest(): void;
}

/** What happens next: the ticket number, who takes it, when to expect an answer, the mail sent. */
export function Confirmation(props: ConfirmationProps): React.ReactElement {
  const s = props.strings;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { if (heading.current) heading.current.focus(); }, []);
  return (
    <section aria-labelledby="hc-confirmation-title">
      <h2 id="hc-confirmation-title" tabIndex={-1} ref={heading} className={title}>
        {formatString(s.confirmationTitle, props.result.ticketId)}
      </h2>
      {props.teamName ? <p>{formatString(s.confirmationNext, props.teamName)}</p> : undefined}
      {props.firstResponseHours ? <p>{formatString(s.confirmationFirstResponse, props.firstResponseHours)}</p> : undefined}
      {props.hours ? <p>{formatString(s.confirmationHours, props.hours)}</p> : undefined}
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
