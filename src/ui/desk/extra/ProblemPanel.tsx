import * as React from 'react';
import type { DeskQueueRow } from '../../../domain/desk/queues';
import { isOpenStatus } from '../../../domain/tickets/statusGroups';
import { UserText } from '../../common/UserText';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formatString } from '../../common/format';
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
  const { DefaultButton } = props.ui;
  const t = props.data.view.ticket;
  const isProblem = t.kind === 'problem';
  const [incidents, setIncidents] = React.useState<DeskQueueRow[] | undefined | 'failed'>();
  const problems = props.snapshot.filter(p => p.kind === 'problem' && isOpenStatus(p.status) && p.id !== t.id);
  const [choice, setChoice] = React.useState<number | undefined>();
  React.useEffect(() => {
    if (!isProblem) return undefined;
    let live = true;
    props.services.linkedIncidents(t.id).then(rows => { if (live) setIncidents(rows); }, (e: unknown) => {
      console.error('[HelpCenter] Reading the linked incidents failed:', e);
      if (live) setIncidents('failed');
    });
    return () => { live = false; };
  }, [props.services, t.id, isProblem, props.data]);
  const open = (id: number): ((e: React.MouseEvent) => void) => (e: React.MouseEvent): void => { e.preventDefault(); props.onOpen(id); };
  const selected = choice !== undefined ? choice : problems.length ? problems[0].id : undefined;
  return (
    <section aria-labelledby="hc-desk-problem">
      <h3 id="hc-desk-problem">{x.problemHeading}</h3>
      {!isProblem && t.problemId ? <p><a href={`?ticket=${t.problemId}`} onClick={open(t.problemId)}>{formatString(x.linkedTo, t.problemId)}</a></p> : undefined}
      {!isProblem && isOpenStatus(t.status) ? (problems.length ? (
        <div className={c.actions} style={{ alignItems: 'flex-end' }}>
          <div className={c.field}>
            <label htmlFor="hc-problem-link" className={c.label}>{x.linkLabel}</label>
            <select id="hc-problem-link" className={c.select} value={selected} onChange={e => setChoice(Number(e.target.value))}>
              {problems.map(p => <option key={p.id} value={p.id}>{`${p.id} — ${p.title}`}</option>)}
            </select>
          </div>
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
                  <a href={`?ticket=${i.id}`} onClick={open(i.id)}>{`${i.id} — `}<UserText text={i.title} /></a>
                  {` · ${strings.deskStatus[i.status]}`}
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
