import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import type { RequesterAction } from '../../../data/tickets/MyTicketsServices';
import type { TicketActionType } from '../../../domain/tickets/actions';
import { availableActions } from '../../../domain/tickets/availableActions';
import type { Actor, Ticket } from '../../../domain/tickets/model';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';
import { useAlive } from '../../common/useLoad';
import { useRequestClasses } from './requestStyles';

/** Props of {@link RequesterActions}. */
export interface RequesterActionsProps {
  /** Her request: the page's view model's domain ticket. */
  ticket: Ticket;
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
  const c = useRequestClasses();
  const alive = useAlive();
  const t = props.ticket;
  const claims = requesterClaims(t, !!props.waiting);
  const can = (k: RequesterAction['kind']): boolean => claims.indexOf(k) >= 0;
  const [text, setText] = React.useState('');
  const [reopening, setReopening] = React.useState(false);
  const [rating, setRating] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const run = (p: Promise<boolean>, clear: () => void): void => {
    setBusy(true);
    p.then(ok => { if (!alive()) return; setBusy(false); if (ok) clear(); }, () => { if (alive()) setBusy(false); });
  };
  const textBox = (id: string, label: string, help?: string): React.ReactNode => (
    <TextField id={id} label={label} multiline autoAdjustHeight rows={4} value={text} onChange={(_, value) => setText(value || '')} description={help} />
  );

  if (can('answer')) {
    return (
      <div className={c.panel}>
        {textBox('hc-answer', s.answerLabel, s.answerHelp)}
        <div><PrimaryButton text={s.sendAnswer} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'answer', text }), () => setText(''))} /></div>
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
          <div><PrimaryButton text={s.reopen} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'reopen', text }), () => { setText(''); setReopening(false); })} /></div>
        </>
      ) : undefined}
    </div>
  ) : undefined;
  const stars: IChoiceGroupOption[] = [1, 2, 3, 4, 5].map(n => ({ key: String(n), text: formatString(s.rateStar, n) }));
  // She rates once she has accepted the resolution (or the desk closed it); until then, accepting comes first.
  const rate = can('rate') && !can('accept') && !reopening ? (
    <section aria-labelledby="hc-rate" className={c.panel}>
      <h3 id="hc-rate" className={c.subheading} style={{ margin: 0 }}>{s.rateHeading}</h3>
      <ChoiceGroup label={s.rateLabel} options={stars} selectedKey={rating ? String(rating) : null} // eslint-disable-line @rushstack/no-new-null
        onChange={(_, o) => setRating(o ? Number(o.key) : 0)} styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }} />
      {textBox('hc-rate-comment', s.rateComment)}
      <div><PrimaryButton text={s.sendRating} disabled={busy || !rating} onClick={() => run(props.onAct({ kind: 'rate', rating, comment: text }), () => setText(''))} /></div>
    </section>
  ) : undefined;
  const comment = can('comment') && !decide ? (
    <div className={c.panel}>
      {textBox('hc-comment', s.addCommentLabel)}
      <div><PrimaryButton text={s.sendComment} disabled={busy || !text.trim()} onClick={() => run(props.onAct({ kind: 'comment', text: text.trim() }), () => setText(''))} /></div>
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
