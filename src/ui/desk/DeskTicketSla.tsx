import * as React from 'react';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import type { TicketPageData } from '../../data/tickets/TicketRepository';
import type { SlaClockReading } from '../../domain/sla';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Pill } from '../common/pills';
import { SlaModule, calendarFor, clockText, clockTone, targetsFor } from './deskSla';

/** Props of {@link DeskTicketSla}. */
export interface DeskTicketSlaProps {
  data: TicketPageData;
  reference: IntakeFormData;
  /** The SLA module; nothing is shown until it has loaded. */
  sla?: SlaModule;
  now: Date;
}

/**
 * A ticket's SLA clocks from its status history (paused while awaiting the requester), in its team's business
 * hours: first response and resolution, with time left, at risk or overdue.
 */
export function DeskTicketSla(props: DeskTicketSlaProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.desk.sla;
  const { sla, data } = props;
  if (!sla) return <></>;
  const t = data.view.ticket;
  const calendar = calendarFor(sla, props.reference, t.teamId);
  const targets = targetsFor(sla, props.reference, t.categoryId, t.priority);
  const created = t.createdAt;
  // Without a category target, the resolution target is the business time between filing and the due date.
  const resolutionMinutes = targets.resolutionMinutes || (calendar && t.dueAt ? sla.businessMinutesBetween(calendar, created, t.dueAt) : 0);
  const clocks: [string, SlaClockReading | undefined][] = [];
  if (calendar && (targets.firstResponseMinutes || resolutionMinutes)) {
    const reading = sla.slaStatus({
      createdAt: created, statusHistory: data.timeline.map(step => ({ status: step.status, at: new Date(step.at) })),
      firstResponseAt: t.firstResponseAt
    }, { firstResponseMinutes: targets.firstResponseMinutes || 0, resolutionMinutes }, calendar, props.now);
    if (targets.firstResponseMinutes) clocks.push([s.firstResponse, reading.firstResponse]);
    if (resolutionMinutes) clocks.push([s.resolution, reading.resolution]);
  }
  return (
    <section aria-labelledby="hc-desk-sla">
      <h3 id="hc-desk-sla" style={{ margin: '0 0 8px' }}>{s.heading}</h3>
      {clocks.length ? (
        <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)', gap: '4px 16px', margin: 0, alignItems: 'center' }}>
          {clocks.map(([label, c]) => (
            <React.Fragment key={label}>
              <dt>{label}</dt>
              <dd style={{ margin: 0 }}>{c ? <Pill tone={clockTone(c)}>{clockText(c, s)}</Pill> : ''}</dd>
            </React.Fragment>
          ))}
        </dl>
      ) : <p>{s.none}</p>}
    </section>
  );
}
