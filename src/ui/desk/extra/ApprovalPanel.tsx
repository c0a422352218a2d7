import * as React from 'react';
import type { NamedPerson } from '../../../data/intake/TicketFormServices';
import type { Approval } from '../../../domain/tickets/model';
import type { CategoryApproval } from '../../../data/desk/categoryApproval';
import { inStatusGroup } from '../../../domain/tickets/statusGroups';
import { UserText } from '../../common/UserText';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { namedPerson } from '../../common/namedPerson';
import { formatString } from '../../common/format';
import { dateTimeText } from '../../common/dates';
import type { DeskTicketExtrasProps } from './DeskTicketExtras';

/**
 * Derogation approval (seed 000): the desk asks a named teacher or referent, who decides from the link in
 * their mail (this page, as themselves) — or the desk records the decision they gave by phone or mail.
 * Who asked, who decided, when and the decision are stored on the ticket (HCApproval).
 */
export function ApprovalPanel(props: DeskTicketExtrasProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const x = strings.deskExtra;
  const c = props.classes;
  const { PrimaryButton, DefaultButton, PeopleField, TextField, Checkbox } = props.ui;
  const t = props.data.view.ticket;
  const approval: Approval | undefined = t.approval;
  const pending = !!approval && !approval.decision;
  const [approver, setApprover] = React.useState<NamedPerson[]>([]);
  const [reason, setReason] = React.useState('');
  const [comment, setComment] = React.useState('');
  const [recording, setRecording] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { if (props.openApproval && heading.current) heading.current.focus(); }, [props.openApproval]);
  // The category's rule (owners set it on the set-up page): approval required, and the referent proposed by default.
  const [rule, setRule] = React.useState<CategoryApproval | undefined>();
  const { categoryApproval } = props.services;
  React.useEffect(() => {
    let alive = true;
    if (t.categoryId === undefined) return undefined;
    categoryApproval(t.categoryId).then(r => {
      if (!alive) return;
      setRule(r);
      const p = r.approver;
      if (p) setApprover(current => (current.length ? current : [{ loginName: '', email: p.email, displayName: p.displayName, siteUserId: p.id }]));
    }, (e: unknown) => console.warn('[HelpCenter] The category\'s approval rule could not be read:', e));
    return () => { alive = false; };
  }, [t.categoryId, categoryApproval]);

  const when = (d: Date): string => dateTimeText(d, locale);
  const name = (p: { displayName?: string; email: string } | undefined): string => (p ? p.displayName || p.email : '');
  const isApprover = !!approval && approval.approver.id === props.currentUserId;
  const decide = (decision: 'approved' | 'refused'): void => {
    props.onAct({ type: 'decideApproval', decision, comment: comment.trim() || undefined, recordedForApprover: !isApprover })
      .then(ok => { if (ok) { setComment(''); setRecording(false); } }, () => undefined);
  };
  const request = (): void => {
    const p = approver[0];
    if (!p) return;
    props.onAct({ type: 'requestApproval', approver: { id: p.siteUserId, email: p.email, displayName: p.displayName }, reason })
      .then(ok => { if (ok) { setApprover([]); setReason(''); } }, () => undefined);
  };
  return (
    <section aria-labelledby="hc-desk-approval" className={c.panel}>
      <h3 id="hc-desk-approval" tabIndex={-1} ref={heading}>{x.approvalHeading}</h3>
      {!approval ? <p>{rule && rule.required
        ? (rule.approver ? formatString(x.approvalRequiredBy, rule.approver.displayName) : x.approvalRequired)
        : x.approvalNone}</p> : (
        <>
          <p>{pending
            ? formatString(x.approvalPending, name(approval.approver), name(approval.requestedBy), when(approval.requestedAt))
            : formatString(x.approvalDecided, approval.decision === 'approved' ? x.approved : x.refused, name(approval.decidedBy), approval.decidedAt ? when(approval.decidedAt) : '')}</p>
          <p style={{ whiteSpace: 'pre-wrap' }}><UserText text={formatString(x.approvalReason, approval.reason)} /></p>
          {approval.comment ? <p style={{ whiteSpace: 'pre-wrap' }}><UserText text={formatString(x.approvalComment, approval.comment)} /></p> : undefined}
          {approval.recordedBy ? <p>{formatString(x.approvalRecordedBy, name(approval.recordedBy))}</p> : undefined}
          {approval.decisionItemId ? <p>{x.approvalFromLink}</p> : undefined}
          {pending && approval.requestSequence !== undefined ? <p>{formatString(x.approvalPendingLink, name(approval.approver))}</p> : undefined}
        </>
      )}
      {pending && approval ? (
        <div>
          {isApprover ? undefined : (
            <Checkbox label={formatString(x.recordFor, name(approval.approver))} checked={recording} onChange={(_, v) => setRecording(!!v)} />
          )}
          <TextField id="hc-approval-comment" label={x.approvalCommentLabel} multiline autoAdjustHeight rows={3} value={comment} onChange={(_, v) => setComment(v || '')} />
          <div className={c.actions}>
            <PrimaryButton text={x.approve} disabled={!isApprover && !recording} onClick={() => decide('approved')} />
            <DefaultButton text={x.refuse} disabled={!isApprover && !recording} onClick={() => decide('refused')} />
          </div>
        </div>
      ) : inStatusGroup(t.status, 'handled') ? (
        <div>
          <PeopleField id="hc-approval-approver" label={x.approver} help={x.approverHelp} people={approver} single strings={strings.ticketForm} classes={c}
            search={props.services.searchPeople} resolve={async p => namedPerson(p, await props.services.resolvePerson(p))}
            onChange={setApprover} />
          <TextField id="hc-approval-reason" label={x.approvalReasonLabel} multiline autoAdjustHeight rows={3} value={reason} onChange={(_, v) => setReason(v || '')} />
          <PrimaryButton text={x.requestApproval} disabled={!approver.length || !reason.trim()} onClick={request} />
        </div>
      ) : undefined}
    </section>
  );
}
