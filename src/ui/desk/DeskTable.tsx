import * as React from 'react';
import type { DeskTicket } from '../../data/desk/DeskRepository';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import type { FormClasses } from '../tickets/form/formStyles';
import { hoursLeft } from './deskModel';
import type { SnapshotReading, SlaClockReading } from '../../domain/sla';
import { clockText } from './deskSla';

/** Props of {@link DeskTable}. */
export interface DeskTableProps {
  rows: DeskTicket[];
  reference: IntakeFormData;
  now: Date;
  classes: FormClasses;
  /** Business-hours SLA clocks of a row; absent until the SLA module has loaded (the due date shows meanwhile). */
  sla?: (t: DeskTicket) => SnapshotReading;
  onOpen(id: number): void;
}

/** A queue's tickets: number, title, status, team, interlocutor, first-response and resolution clocks (business hours). */
export function DeskTable(props: DeskTableProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.desk;
  const team = (id: number | null): string => {
    const t = props.reference.teams.filter(x => x.id === id)[0];
    return t ? (locale === 'en' ? t.titleEn : t.titleFr) : '';
  };
  const due = (t: DeskTicket): string => {
    if (t.HCStatus === 'awaiting_user') return s.paused;
    const h = hoursLeft(t, props.now);
    if (h === undefined) return '';
    return h < 0 ? formatString(s.overdue, -h) : formatString(s.dueIn, h);
  };
  const clock = (c: SlaClockReading | undefined): React.ReactNode => {
    if (!c) return '';
    const text = clockText(c, s.sla);
    return c.state === 'breached' || c.state === 'at_risk' ? <strong>{text}</strong> : text;
  };
  return (
    <table className={props.classes.table}>
      <thead>
        <tr>
          <th scope="col">{s.columnNumber}</th><th scope="col">{s.columnTitle}</th><th scope="col">{s.columnStatus}</th>
          <th scope="col">{s.columnTeam}</th><th scope="col">{s.columnAssignee}</th>
          <th scope="col">{s.sla.firstResponse}</th><th scope="col">{s.sla.resolution}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(t => {
          const h = hoursLeft(t, props.now);
          const late = t.HCStatus !== 'awaiting_user' && h !== undefined && h < 0;
          const r = props.sla ? props.sla(t) : undefined;
          return (
            <tr key={t.Id}>
              <td>{t.Id}</td>
              <td><a href={`?ticket=${t.Id}`} onClick={e => { e.preventDefault(); props.onOpen(t.Id); }}>{t.Title}</a></td>
              <td>{t.HCStatus ? strings.ticketStatus[t.HCStatus] : ''}{t.HCLevel ? ` · ${t.HCLevel}` : ''}</td>
              <td>{team(t.HCTeamId)}</td>
              <td>{t.HCAssignedTo && t.HCAssignedTo.Title ? t.HCAssignedTo.Title : s.unassigned}</td>
              <td>{r ? clock(r.firstResponse) : ''}</td>
              <td>{r ? clock(r.resolution) : late ? <strong>{due(t)}</strong> : due(t)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
