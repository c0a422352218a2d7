import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { RequesterAction } from '../../../data/tickets/MyTicketsServices';
import type { TicketActionType } from '../../../domain/tickets/actions';
import { availableActions } from '../../../domain/tickets/availableActions';
import type { Actor, Ticket } from '../../../domain/tickets/model';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';
import type { FormClasses } from '../form/formStyles';

/** Props of {@link RequesterActions}. */
export interface RequesterActionsProps {
  /** Her request: the page's view model's domain ticket. */
  ticket: Ticket;
  classes: FormClasses;
  /** Sends the action to the desk; resolves false when it failed (the text is kept). */
  onAct(action: RequesterAction): Promise<boolean>;
  /** An action is on its way to the desk (or the desk has not received the ticket yet): only messages can be added. */
  waiting?: boolean;
}

/** The domain actions a requester takes, as the claims she sends the desk (the desk applies them through the same rules). */
const CLAIM_OF: { [K in TicketActionType]?: RequesterAction['kind'] } = {
  requesterAnswered: 'answer', replyPublic: 'comment', acceptResolution: 'accept', reopen: 'reopen', rate: 'rate'
};

/** What she may send now: the domain's available actions for her, as claims (only a message while one is on its way). */
export function requesterClaims(ticket: Ticket, waiting: boolean): RequesterAction['kind'][] {
  // The page is hers: she acts as the requester the desk recognised.
  const me: Actor = { person: ticket.requester, isAgent: false, teamIds: [], isSiteOwner: false };
  const kinds = availableActions(ticket, me).map(a => CLAIM_OF[a]).filter((k): k is RequesterAction['kind'] => !!k);
  return waiting ? kinds.filter(k => k === 'comment') : kinds;
}

/**
 * What the requester can do now, from the ticket's rules (availableActions): answer the desk's question, accept the
 * resolution or ask to reopen, rate it, or simply add a message. Text is kept when an action fails.
 */
export function RequesterActions(props: RequesterActionsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.myTickets;
  const t = props.ticket;
  const claims = requesterClaims(t, !!props.waiting);
  const can = (k: RequesterAction['kind']): boolean => claims.indexOf(k) >= 0;
  const [text, setText] = React.useState('');
  const [reopening, setReopening] = React.useState(false);
  const [rating, setRating] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const run = (p: Promise<boolean>, clear: () => void): void => {
    setBusy(true);
    p.then(ok => { setBusy(false); if (ok) clear(); }, () => setBusy(false));
  };
  const c = props.classes;
  const textBox = (id: string, label: string, help?: string): React.ReactNode => (
    <div className={c.field}>
      <label htmlFor={id} className={c.label}>{label}</label>
      <textarea id={id} className={c.textarea} value={text} onChange={e => setText(e.target.value)} aria-describedby={help ? `${id}-help` : undefined} />
      {help ? <p id={`${id}-help`} className={c.help}>{help}</p> : undefined}
    </div>
  );

  if (can('answer')) {
    return (
      <div className={c.panel}>
        {textBox('hc-answer', s.answerLabel, s.answerHelp)}
        <PrimaryButton text={s.sendAnswer} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'answer', text }), () => setText(''))} />
      </div>
    );
  }
  const decide = can('accept') || can('reopen') ? (
    <div className={c.panel}>
      <div className={c.actions}>
        {can('accept') ? <PrimaryButton text={s.acceptResolution} disabled={busy} onClick={() => run(props.onAct({ kind: 'accept' }), () => undefined)} /> : undefined}
        {can('reopen') ? <DefaultButton text={s.reopen} disabled={busy} aria-expanded={reopening} onClick={() => setReopening(!reopening)} /> : undefined}
      </div>
      {reopening ? (
        <>
          {textBox('hc-reopen', s.reopenLabel)}
          <PrimaryButton text={s.reopen} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'reopen', text }), () => { setText(''); setReopening(false); })} />
        </>
      ) : undefined}
    </div>
  ) : undefined;
  // She rates once she has accepted the resolution (or the desk closed it); until then, accepting comes first.
  const rate = can('rate') && !can('accept') && !reopening ? (
    <section aria-labelledby="hc-rate" className={c.panel}>
      <h3 id="hc-rate">{s.rateHeading}</h3>
      <fieldset className={c.fieldset}>
        <legend className={c.legend}>{s.rateLabel}</legend>
        <div className={c.actions}>
          {[1, 2, 3, 4, 5].map(n => (
            <label key={n} className={c.radio}>
              <input type="radio" name="hc-rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
              <span>{formatString(s.rateStar, n)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {textBox('hc-rate-comment', s.rateComment)}
      <PrimaryButton text={s.sendRating} disabled={busy || !rating} onClick={() => run(props.onAct({ kind: 'rate', rating, comment: text }), () => setText(''))} />
    </section>
  ) : undefined;
  const comment = can('comment') && !decide ? (
    <div>
      {textBox('hc-comment', s.addCommentLabel)}
      <PrimaryButton text={s.sendComment} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'comment', text: text.trim() }), () => setText(''))} />
    </div>
  ) : undefined;
  return (
    <>
      {t.satisfaction ? <p>{formatString(s.rated, t.satisfaction)}</p> : undefined}
      {decide}
      {rate}
      {comment}
    </>
  );
}
