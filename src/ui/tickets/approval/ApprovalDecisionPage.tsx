import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { TextField } from '@fluentui/react/lib/TextField';
import { ApprovalDecisionServices, ApprovalRequestRef, RecordedDecision } from '../../../data/tickets/approvalDecisions';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';
import { dateTimeText } from '../../common/dates';
import { useLoad } from '../../common/useLoad';
import { ListShimmer } from '../mine/ListShimmer';
import { useRequestClasses } from '../mine/requestStyles';
import { useRenderedMark } from '../../common/rendered';

/** Props of {@link ApprovalDecisionPage}. */
export interface ApprovalDecisionPageProps {
  /** The request the mail link names. */
  request: ApprovalRequestRef;
  services: ApprovalDecisionServices;
  /** The desk's ticket page, where a support-group approver decides (`?ticket=ID&approval=1` is appended). */
  deskUrl: string;
}

type State =
  | { kind: 'loading' }
  | { kind: 'loadFailed' }
  | { kind: 'agent' }
  | { kind: 'notForYou' }
  | { kind: 'deciding'; saving: boolean; error?: string }
  | { kind: 'recorded'; decision: RecordedDecision };

/**
 * The page an approver reaches from the approval mail. They may not read the ticket (HelpTickets' item-level
 * security), so the page shows its number only and points to the mail for the rest; their decision becomes
 * their own HelpApprovalDecisions item, which the desk applies. A second visit shows the decision recorded.
 */
export default function ApprovalDecisionPage(props: ApprovalDecisionPageProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.approvalDecision;
  const c = useRequestClasses();
  const [decided, setDecided] = React.useState<State | undefined>();
  const [comment, setComment] = React.useState('');
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { services, request } = props;

  const loaded = useLoad(() => services.load(request).catch((e: unknown) => {
    console.error('[HelpCenter] Loading the approval page failed:', e);
    throw e;
  }), [services, request.ticketId, request.requestSequence, request.approverId]);
  useRenderedMark('my-tickets', loaded.state.status !== 'loading');
  const first = ((): State => {
    if (loaded.state.status === 'loading') return { kind: 'loading' };
    if (loaded.state.status === 'failed') return { kind: 'loadFailed' };
    const r = loaded.state.value;
    // A forwarded mail: the decision must be the named approver's own (the desk would ignore anyone else's).
    const forSomeoneElse = request.approverId !== undefined && request.approverId !== r.userId;
    return r.mine ? { kind: 'recorded', decision: r.mine } : r.isAgent ? { kind: 'agent' } : forSomeoneElse ? { kind: 'notForYou' } : { kind: 'deciding', saving: false };
  })();
  const state: State = decided || first;
  // The heading takes the focus when the page opens and when the decision is recorded, so it is read out.
  React.useEffect(() => { if (state.kind !== 'loading' && heading.current) heading.current.focus(); }, [state.kind]);

  const decide = (decision: 'approved' | 'refused'): void => {
    setDecided({ kind: 'deciding', saving: true });
    services.record(request, decision, comment).then(d => setDecided({ kind: 'recorded', decision: d }), (e: unknown) => {
      console.error('[HelpCenter] Recording the approval decision failed:', e);
      setDecided({ kind: 'deciding', saving: false, error: s.failed });
    });
  };

  if (state.kind === 'loading') return <ListShimmer label={strings.common.loading} />;
  const deskLink = `${props.deskUrl}${props.deskUrl.indexOf('?') >= 0 ? '&' : '?'}ticket=${request.ticketId}&approval=1`;
  return (
    <section aria-labelledby="hc-approval-decision" className={c.page} style={{ maxWidth: 720 }}>
      <h2 id="hc-approval-decision" className={c.heading} tabIndex={-1} ref={heading}>{formatString(s.heading, request.ticketId)}</h2>
      {state.kind === 'loadFailed' ? <p role="alert" className={c.panel}>{s.loadFailed}</p> : undefined}
      {state.kind === 'notForYou' ? <p className={c.panel}>{s.notForYou}</p> : undefined}
      {state.kind === 'agent' ? (
        <div className={c.panel}>
          <p className={c.text}>{s.agentIntro}</p>
          <div><Link href={deskLink}>{formatString(s.openDesk, request.ticketId)}</Link></div>
        </div>
      ) : undefined}
      {state.kind === 'recorded' ? (
        <div role="status" className={c.panel}>
          <p className={c.text}>{formatString(s.recorded, state.decision.decision === 'approved' ? s.approved : s.refused, dateTimeText(state.decision.at, locale))}</p>
          {state.decision.comment ? <p className={c.text}>{formatString(s.recordedComment, state.decision.comment)}</p> : undefined}
        </div>
      ) : undefined}
      {state.kind === 'deciding' ? (
        <div className={c.panel}>
          <p className={c.text}>{s.intro}</p>
          <TextField id="hc-approval-decision-comment" label={s.commentLabel} multiline autoAdjustHeight rows={4} value={comment} maxLength={2000}
            onChange={(_, value) => setComment(value || '')} />
          <div className={c.actions}>
            <PrimaryButton text={s.approve} disabled={state.saving} onClick={() => decide('approved')} />
            <DefaultButton text={s.refuse} disabled={state.saving} onClick={() => decide('refused')} />
          </div>
          {state.saving ? <p role="status" className={c.muted}>{s.saving}</p> : undefined}
          {state.error ? <p role="alert" className={c.error}>{state.error}</p> : undefined}
        </div>
      ) : undefined}
    </section>
  );
}
