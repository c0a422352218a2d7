import * as React from 'react';
import type { DeskTicket } from '../../../data/desk/DeskRepository';
import { isOpenTicket } from '../../../data/desk/DeskRepository';
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
  const t = props.data.ticket.item;
  const isProblem = t.HCKind === 'problem';
  const [incidents, setIncidents] = React.useState<DeskTicket[] | undefined | 'failed'>();
  const problems = props.snapshot.filter(p => p.HCKind === 'problem' && isOpenTicket(p) && p.Id !== t.Id);
  const [choice, setChoice] = React.useState<number | undefined>();
  React.useEffect(() => {
    if (!isProblem) return undefined;
    let live = true;
    props.services.linkedIncidents(t.Id).then(rows => { if (live) setIncidents(rows); }, (e: unknown) => {
      console.error('[HelpCenter] Reading the linked incidents failed:', e);
      if (live) setIncidents('failed');
    });
    return () => { live = false; };
  }, [props.services, t.Id, isProblem, props.data]);
  const open = (id: number): ((e: React.MouseEvent) => void) => (e: React.MouseEvent): void => { e.preventDefault(); props.onOpen(id); };
  const selected = choice !== undefined ? choice : problems.length ? problems[0].Id : undefined;
  return (
    <section aria-labelledby="hc-desk-problem">
      <h3 id="hc-desk-problem">{x.problemHeading}</h3>
      {!isProblem && t.HCProblemId ? <p><a href={`?ticket=${t.HCProblemId}`} onClick={open(t.HCProblemId)}>{formatString(x.linkedTo, t.HCProblemId)}</a></p> : undefined}
      {!isProblem && isOpenTicket(t as DeskTicket) ? (problems.length ? (
        <div className={c.actions} style={{ alignItems: 'flex-end' }}>
          <div className={c.field}>
            <label htmlFor="hc-problem-link" className={c.label}>{x.linkLabel}</label>
            <select id="hc-problem-link" className={c.select} value={selected} onChange={e => setChoice(Number(e.target.value))}>
              {problems.map(p => <option key={p.Id} value={p.Id}>{`${p.Id} — ${p.Title || ''}`}</option>)}
            </select>
          </div>
          <DefaultButton text={x.linkAction} disabled={selected === undefined || selected === t.HCProblemId}
            onClick={() => { if (selected !== undefined) props.onAct({ type: 'linkToProblem', problemId: selected }).catch(() => undefined); }} />
        </div>
      ) : <p>{x.noOpenProblem}</p>) : undefined}
      {isProblem ? (
        <>
          <h4>{x.incidentsHeading}</h4>
          {incidents === 'failed' ? <p>{x.loadFailed}</p> : incidents === undefined ? undefined : incidents.length ? (
            <ul>
              {incidents.map(i => (
                <li key={i.Id}>
                  <a href={`?ticket=${i.Id}`} onClick={open(i.Id)}>{`${i.Id} — ${i.Title || ''}`}</a>
                  {i.HCStatus ? ` · ${strings.ticketStatus[i.HCStatus]}` : ''}
                </li>
              ))}
            </ul>
          ) : <p>{x.noIncident}</p>}
          {isOpenTicket(t as DeskTicket) ? <AnnouncementForm {...props} /> : undefined}
        </>
      ) : undefined}
    </section>
  );
}
