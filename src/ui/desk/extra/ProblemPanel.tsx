import * as React from 'react';
import type { DeskQueueRow } from '../../../domain/desk/queues';
import { isOpenStatus } from '../../../domain/tickets/statusGroups';
import { UserText } from '../../common/UserText';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { StatusPill } from '../../common/pills';
import { AnnouncementForm } from './AnnouncementForm';
import type { DeskTicketExtrasProps } from './DeskTicketExtras';

/**
 * Problems (ITIL): an incident is linked to an open problem; a problem lists its incidents and publishes an
 * announcement. Resolving a problem (the Resolve action) resolves its open incidents and informs their requesters.
 */
export function ProblemPanel(props: DeskTicketExtrasProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const x = strings.deskExtra;
  const c = props.classes;
  const { DefaultButton, Dropdown, Link } = props.ui;
  const t = props.data.view.ticket;
  const isProblem = t.kind === 'problem';
  const problems = props.snapshot.filter(p => p.kind === 'problem' && isOpenStatus(p.status) && p.id !== t.id);
  const [choice, setChoice] = React.useState<number | undefined>();
  const { state } = useLoad<DeskQueueRow[] | undefined>(() => (!isProblem ? Promise.resolve(undefined) : props.services.linkedIncidents(t.id).catch((e: unknown) => {
    console.error('[HelpCenter] Reading the linked incidents failed:', e);
    throw e;
  })), [props.services, t.id, isProblem, props.data]);
  const incidents = state.status === 'failed' ? 'failed' : state.value;
  const open = (id: number): ((e: React.MouseEvent<HTMLElement>) => void) => (e: React.MouseEvent<HTMLElement>): void => { e.preventDefault(); props.onOpen(id); };
  const selected = choice !== undefined ? choice : problems.length ? problems[0].id : undefined;
  return (
    <section aria-labelledby="hc-desk-problem">
      <h3 id="hc-desk-problem">{x.problemHeading}</h3>
      {!isProblem && t.problemId ? <p><Link href={`?ticket=${t.problemId}`} onClick={open(t.problemId)}>{formatString(x.linkedTo, t.problemId)}</Link></p> : undefined}
      {!isProblem && isOpenStatus(t.status) ? (problems.length ? (
        <div className={c.actions} style={{ alignItems: 'flex-end' }}>
          <Dropdown id="hc-problem-link" label={x.linkLabel} selectedKey={selected} style={{ minWidth: 0, maxWidth: '100%' }}
            options={problems.map(p => ({ key: p.id, text: `${p.id} — ${p.title}` }))} onChange={(_, o) => { if (o) setChoice(Number(o.key)); }} />
          <DefaultButton text={x.linkAction} disabled={selected === undefined || selected === t.problemId}
            onClick={() => { if (selected !== undefined) props.onAct({ type: 'linkToProblem', problemId: selected }).catch(() => undefined); }} />
        </div>
      ) : <p>{x.noOpenProblem}</p>) : undefined}
      {isProblem ? (
        <>
          <h4>{x.incidentsHeading}</h4>
          {incidents === 'failed' ? <p>{x.loadFailed}</p> : incidents === undefined ? undefined : incidents.length ? (
            <ul>
              {incidents.map(i => (
                <li key={i.id}>
                  <Link href={`?ticket=${i.id}`} onClick={open(i.id)}>{`${i.id} — `}<UserText text={i.title} /></Link>
                  {' '}<StatusPill status={i.status} labels={strings.deskStatus} />
                </li>
              ))}
            </ul>
          ) : <p>{x.noIncident}</p>}
          {isOpenStatus(t.status) ? <AnnouncementForm {...props} /> : undefined}
        </>
      ) : undefined}
    </section>
  );
}
