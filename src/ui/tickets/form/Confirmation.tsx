import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ThemeText } from '../../common/ThemeText';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { formatString } from '../../common/format';
import { StatusPill } from '../../common/pills';
import type { SubmitResult } from '../../../data/intake/TicketFormServices';
import { HoursNote, useHoursModule } from './HoursNote';
import { categoryTargetHours, type CategorySla } from '../../../domain/sla/categoryTargets';
import type { TicketPriority } from '../../../domain/vocabulary';

const title = mergeStyles({ fontSize: 20, fontWeight: 600, margin: 0, overflowWrap: 'anywhere', selectors: { ':focus': { outline: 'none' } } });

/** Props of {@link Confirmation}. */
export interface ConfirmationProps {
  result: SubmitResult;
  teamName?: string;
  /** The category (its first-response target for the request's priority is said in words: "15 min", "2 h"). */
  category?: CategorySla;
  /** The priority the request was filed with (a category may set targets per priority). */
  priority?: TicketPriority;
  /** The team's calendar JSON, for its hours now and next and the length of its business day. */
  calendarJson?: string;
  /** All the page's strings (hours and duration words). */
  appStrings: IHelpCenterStrings;
  locale: 'fr' | 'en';
  followUrl?: string;
  strings: IHelpCenterStrings['ticketForm'];
  onNewRequest(): void;
}

/** What happens next: the ticket number and its status, who takes it, when to expect an answer, the mail sent. */
export function Confirmation(props: ConfirmationProps): React.ReactElement {
  const s = props.strings;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const firstResponseHours = categoryTargetHours(props.category, props.priority || 'normal').firstResponseHours;
  const hours = useHoursModule(!!firstResponseHours);
  const firstResponse = hours && firstResponseHours
    ? hours.targetText(firstResponseHours, hours.readCalendar(props.calendarJson), props.appStrings, props.locale) : undefined;
  React.useEffect(() => { if (heading.current) heading.current.focus(); }, []);
  const followHref = props.followUrl
    ? `${props.followUrl}${props.followUrl.indexOf('?') >= 0 ? '&' : '?'}ticket=${props.result.ticketId}` : undefined;
  return (
    <Stack as="section" aria-labelledby="hc-confirmation-title" tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 720, minWidth: 0 } }}>
      {/* The heading takes the focus at once: a MessageBar renders its text a moment later (for screen readers). */}
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <h2 id="hc-confirmation-title" tabIndex={-1} ref={heading} className={title}>
          {formatString(s.confirmationTitle, props.result.ticketId)}
        </h2>
        <StatusPill status="new" labels={props.appStrings.ticketStatus} />
      </Stack>
      <MessageBar messageBarType={MessageBarType.success} isMultiline>
        {props.teamName ? <ThemeText block>{formatString(s.confirmationNext, props.teamName)}</ThemeText> : undefined}
        {firstResponse ? <ThemeText block>{formatString(s.confirmationFirstResponse, firstResponse)}</ThemeText> : undefined}
        {props.result.received
          ? (props.result.mailSent ? <ThemeText block>{s.confirmationEmail}</ThemeText> : undefined)
          : <ThemeText block>{s.confirmationEmailByDesk}</ThemeText>}
      </MessageBar>
      {props.result.received && !props.result.mailSent ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>{s.confirmationEmailFailed}</MessageBar>
      ) : undefined}
      <HoursNote calendarJson={props.calendarJson} heading={s.confirmationHoursHeading} strings={props.appStrings.hours} locale={props.locale} id="hc-confirmation-hours" />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {followHref ? <PrimaryButton href={followHref} text={s.followLink} /> : undefined}
        <DefaultButton text={s.newRequest} onClick={props.onNewRequest} />
      </Stack>
    </Stack>
  );
}
