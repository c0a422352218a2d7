import * as React from 'react';
import type { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ApprovalDecisionServices, ApprovalRequestRef, RecordedDecision } from '../../../data/tickets/approvalDecisions';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';
import type { FormClasses } from '../form/formStyles';

/** Props of {@link ApprovalDecisionPage}. */
export interface ApprovalDecisionPageProps {
  /** The request the mail link names. */
  request: ApprovalRequestRef;
  services: ApprovalDecisionServices;
  classes: FormClasses;
  /** The desk's ticket page, where a support-group approver decides (`?ticket=ID&approval=1` is appended). */
  deskUrl: string;
  /** Fluent buttons from the page's main bundle (a Fluent import in this lazy chunk would un-hoist them there). */
  ui: { PrimaryButton: typeof PrimaryButton; DefaultButton: typeof DefaultButton };
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
  const c = props.classes;
  const { PrimaryButton: Primary, DefaultButton: Default } = props.ui;
  const [state, setState] = React.useState<State>({ kind: 'loading' });
  const [comment, setComment] = React.useState('');
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { services, request } = props;

  React.useEffect(() => {
    let live = true;
    services.load(request).then(r => {
      if (!live) return;
      // A forwarded mail: the decision must be the named approver's own (the desk would ignore anyone else's).
      const forSomeoneElse = request.approverId !== undefined && request.approverId !== r.userId;
      setState(r.mine ? { kind: 'recorded', decision: r.mine } : r.isAgent ? { kind: 'agent' } : forSomeoneElse ? { kind: 'notForYou' } : { kind: 'deciding', saving: false });
    }, (e: unknown) => {
      console.error('[HelpCenter] Loading the approval page failed:', e);
      if (live) setState({ kind: 'loadFailed' });
    });
    return () => { live = false; };
  }, [services, request.ticketId, request.requestSequence, request.approverId]);
  // The heading takes the focus when the page opens and when the decision is recorded, so it is read out.
  React.useEffect(() => { if (state.kind !== 'loading' && heading.current) heading.current.focus(); }, [state.kind]);

  const decide = (decision: 'approved' | 'refused'): void => {
    setState({ kind: 'deciding', saving: true });
    services.record(request, decision, comment).then(d => setState({ kind: 'recorded', decision: d }), (e: unknown) => {
      console.error('[HelpCenter] Recording the approval decision failed:', e);
      setState({ kind: 'deciding', saving: false, error: s.failed });
    });
  };
  const when = (d: Date): string => d.toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions);

  // Plain text, not the Fluent spinner: this chunk imports no Fluent module (see props.ui).
  if (state.kind === 'loading') return <p role="status">{strings.common.loading}</p>;
  const deskLink = `${props.deskUrl}${props.deskUrl.indexOf('?') >= 0 ? '&' : '?'}ticket=${request.ticketId}&approval=1`;
  return (
    <section aria-labelledby="hc-approval-decision" className={c.form} style={{ maxWidth: 720 }}>
      <h2 id="hc-approval-decision" tabIndex={-1} ref={heading}>{formatString(s.heading, request.ticketId)}</h2>
      {state.kind === 'loadFailed' ? <p role="alert">{s.loadFailed}</p> : undefined}
      {state.kind === 'notForYou' ? <p>{s.notForYou}</p> : undefined}
      {state.kind === 'agent' ? (
        <>
          <p>{s.agentIntro}</p>
          <p><a href={deskLink}>{formatString(s.openDesk, request.ticketId)}</a></p>
        </>
      ) : undefined}
      {state.kind === 'recorded' ? (
        <div role="status">
          <p>{formatString(s.recorded, state.decision.decision === 'approved' ? s.approved : s.refused, when(state.decision.at))}</p>
          {state.decision.comment ? <p style={{ whiteSpace: 'pre-wrap' }}>{formatString(s.recordedComment, state.decision.comment)}</p> : undefined}
        </div>
      ) : undefined}
      {state.kind === 'deciding' ? (
        <>
          <p>{s.intro}</p>
          <div className={c.field}>
            <label htmlFor="hc-approval-decision-comment" className={c.label}>{s.commentLabel}</label>
            <textarea id="hc-approval-decision-comment" className={c.textarea} value={comment} maxLength={2000} onChange={e => setComment(e.target.value)} />
          </div>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <Primary text={s.approve} disabled={state.saving} onClick={() => decide('approved')} />
            <Default text={s.refuse} disabled={state.saving} onClick={() => decide('refused')} />
          </div>
          {state.saving ? <p role="status">{s.saving}</p> : undefined}
          {state.error ? <p role="alert" className={c.error}>{state.error}</p> : undefined}
        </>
      ) : undefined}
    </section>
  );
}
