import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { TicketRow } from '../../../data/tickets/ticketRow';
import type { RequesterAction } from '../../../data/tickets/MyTicketsServices';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';
import type { FormClasses } from '../form/formStyles';

/** Props of {@link RequesterActions}. */
export interface RequesterActionsProps {
  ticket: TicketRow;
  classes: FormClasses;
  /** Sends the action to the desk; resolves false when it failed (the text is kept). */
  onAct(action: RequesterAction): Promise<boolean>;
  /** An action is on its way to the desk (or the desk has not received the ticket yet): only messages can be added. */
  waiting?: boolean;
}

/**
 * What the requester can do now: answer the desk's question (back in progress), accept or refuse the
 * resolution, rate at closure, or simply add a message. Text is kept when an action fails.
 */
export function RequesterActions(props: RequesterActionsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.myTickets;
  const t = props.ticket;
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

  if (!props.waiting && t.HCStatus === 'awaiting_user') {
    return (
      <div className={c.panel}>
        {textBox('hc-answer', s.answerLabel, s.answerHelp)}
        <PrimaryButton text={s.sendAnswer} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'answer', text }), () => setText(''))} />
      </div>
    );
  }
  if (!props.waiting && t.HCStatus === 'resolved') {
    return (
      <div className={c.panel}>
        <div className={c.actions}>
          <PrimaryButton text={s.acceptResolution} disabled={busy} onClick={() => run(props.onAct({ kind: 'accept' }), () => undefined)} />
          <DefaultButton text={s.reopen} disabled={busy} aria-expanded={reopening} onClick={() => setReopening(!reopening)} />
        </div>
        {reopening ? (
          <>
            {textBox('hc-reopen', s.reopenLabel)}
            <PrimaryButton text={s.reopen} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'reopen', text }), () => { setText(''); setReopening(false); })} />
          </>
        ) : undefined}
      </div>
    );
  }
  if (!props.waiting && (t.HCStatus === 'closed' || t.HCStatus === 'no_follow_up')) {
    if (t.HCSatisfaction) return <p>{formatString(s.rated, t.HCSatisfaction)}</p>;
    if (t.HCStatus === 'no_follow_up') return <></>;
    return (
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
    );
  }
  return (
    <div>
      {textBox('hc-comment', s.addCommentLabel)}
      <PrimaryButton text={s.sendComment} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'comment', text: text.trim() }), () => setText(''))} />
    </div>
  );
}
