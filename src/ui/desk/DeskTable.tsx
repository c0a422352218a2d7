import * as React from 'react';
import type { DeskQueueRow } from '../../domain/desk/queues';
import { hoursLeft } from '../../domain/desk/queues';
import { TICKET_FIELDS, fieldsFor } from '../../domain/tickets/fields';
import type { Ticket } from '../../domain/tickets/model';
import { inStatusGroup } from '../../domain/tickets/statusGroups';
import type { FieldNames } from '../../data/tickets/ticketView';
import { useHelpCenter } from '../common/HelpCenterContext';
import { UserText } from '../common/UserText';
import { formatString } from '../common/format';
import { fieldLabel, fieldText, isTypedText } from '../common/fieldText';
import type { FormClasses } from '../tickets/form/formStyles';
import type { SnapshotReading, SlaClockReading } from '../../domain/sla';
import { clockText } from './deskSla';

/** Props of {@link DeskTable}. */
export interface DeskTableProps {
  rows: DeskQueueRow[];
  /** Names of the categories, teams and places the columns refer to. */
  names: FieldNames;
  now: Date;
  classes: FormClasses;
  /** Business-hours SLA clocks of a row; absent until the SLA module has loaded (the due date shows meanwhile). */
  sla?: (t: DeskQueueRow) => SnapshotReading;
  onOpen(id: number): void;
}

/** The catalogue's queue columns, in catalogue order (requester, category, priority, level, assignee, due …). */
const QUEUE_FIELDS = TICKET_FIELDS.filter(f => f.audience.indexOf('queue') >= 0).map(f => f.key);

/**
 * A queue's tickets: number, title, status in the desk's words, the field catalogue's queue columns, and the
 * first-response and resolution clocks (business hours). A field given the 'queue' audience in the catalogue
 * becomes a column here without code.
 */
export function DeskTable(props: DeskTableProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.desk;
  const due = (t: DeskQueueRow): string => {
    if (inStatusGroup(t.status, 'waiting')) return s.paused;
    const h = hoursLeft(t, props.now);
    if (h === undefined) return '';
    return h < 0 ? formatString(s.overdue, -h) : formatString(s.dueIn, h);
  };
  const clock = (c: SlaClockReading | undefined): React.ReactNode => {
    if (!c) return '';
    const text = clockText(c, s.sla);
    return c.state === 'breached' || c.state === 'at_risk' ? <strong>{text}</strong> : text;
  };
  const ctx = { strings, locale, names: props.names };
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }} role="region" aria-label={s.queuesLabel} tabIndex={0}>
      <table className={props.classes.table}>
        <thead>
          <tr>
            <th scope="col">{s.columnNumber}</th><th scope="col">{s.columnTitle}</th><th scope="col">{s.columnStatus}</th>
            {QUEUE_FIELDS.map(key => <th key={key} scope="col">{fieldLabel(key, strings)}</th>)}
            <th scope="col">{s.sla.firstResponse}</th><th scope="col">{s.sla.resolution}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(t => {
            const h = hoursLeft(t, props.now);
            const late = !inStatusGroup(t.status, 'waiting') && h !== undefined && h < 0;
            const r = props.sla ? props.sla(t) : undefined;
            // The catalogue reads a ticket; a queue row holds every field a 'queue' column reads (unit-tested).
            const shown = fieldsFor(t as unknown as Ticket, 'queue');
            return (
              <tr key={t.id}>
                <td>{t.id}</td>
                <td><a href={`?ticket=${t.id}`} onClick={e => { e.preventDefault(); props.onOpen(t.id); }}><UserText text={t.title} /></a></td>
                <td>{strings.deskStatus[t.status]}</td>
                {QUEUE_FIELDS.map(key => {
                  const f = shown.filter(x => x.key === key)[0];
                  return <td key={key}>{!f ? '' : isTypedText(f) ? <UserText text={fieldText(f, ctx)} /> : fieldText(f, ctx)}</td>;
                })}
                <td>{r ? clock(r.firstResponse) : ''}</td>
                <td>{r ? clock(r.resolution) : late ? <strong>{due(t)}</strong> : due(t)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
