import * as React from 'react';
import type { DeskQueueRow, SlaAlarmOf } from '../../domain/desk/queues';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import type { BusinessHoursCalendar, SlaClockReading, SnapshotReading, TargetMinutes } from '../../domain/sla';
import type { TicketPriority } from '../../domain/vocabulary';

/** The SLA module (business-hours clocks), loaded as its own chunk after the desk's first render. */
export type SlaModule = typeof import('../../domain/sla');

/**
 * Loads the SLA module once the desk has rendered (`rendered`: its first render is marked), one task later; undefined
 * until it has arrived: the queues flag late tickets by their due dates meanwhile, then by the business-hours clocks.
 */
export function useSlaModule(rendered: boolean): SlaModule | undefined {
  const [sla, setSla] = React.useState<SlaModule | undefined>(undefined);
  React.useEffect(() => {
    if (!rendered) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      import(/* webpackChunkName: 'help-center-sla' */ '../../domain/sla').then(m => { if (live) setSla(m); },
        (e: unknown) => console.error('[HelpCenter] Loading the SLA clocks failed:', e));
    }, 0);
    return () => { live = false; clearTimeout(timer); };
  }, [rendered]);
  return sla;
}

/** Calendar of a ticket's team, or the site's default hours (HelpSettings businessHours.default). */
export function calendarFor(sla: SlaModule, ref: IntakeFormData, teamId: number | undefined): BusinessHoursCalendar | undefined {
  const team = ref.teams.filter(t => t.id === teamId)[0];
  for (const json of [team && team.businessHours, ref.settings['businessHours.default']]) {
    if (!json) continue;
    const parsed = sla.parseCalendar(json);
    if (parsed.ok) return parsed.calendar;
  }
  return undefined;
}

/** First-response and resolution targets of a ticket's category for its priority, in business minutes. */
export function targetsFor(sla: SlaModule, ref: IntakeFormData, categoryId: number | undefined, priority: TicketPriority | undefined): TargetMinutes {
  return sla.categoryTargets(ref.categories.filter(x => x.id === categoryId)[0], priority);
}

/** Reads the queue rows' SLA clocks at `now` (memoised per ticket for one snapshot). */
export function snapshotReader(sla: SlaModule, ref: IntakeFormData, now: Date): (t: DeskQueueRow) => SnapshotReading {
  const cache: { [id: number]: SnapshotReading } = {};
  // One parsed calendar per team (parsing validates the whole JSON: not once per row).
  const calendars: { [team: string]: BusinessHoursCalendar | undefined } = {};
  return t => {
    if (!cache[t.id]) {
      const key = String(t.teamId);
      if (!(key in calendars)) calendars[key] = calendarFor(sla, ref, t.teamId);
      const calendar = calendars[key];
      cache[t.id] = !calendar ? {} : sla.slaFromSnapshot({
        createdAt: t.createdAt, status: t.status, firstResponseAt: t.firstResponseAt, dueAt: t.dueAt, resolvedAt: t.resolvedAt
      }, targetsFor(sla, ref, t.categoryId, t.priority), calendar, now);
    }
    return cache[t.id];
  };
}

/** The late-or-at-risk alarm of a row, from its business-hours clocks. */
export function alarmFrom(sla: SlaModule, read: (t: DeskQueueRow) => SnapshotReading): SlaAlarmOf {
  return t => sla.slaAlarm({ createdAt: t.createdAt, status: t.status, firstResponseAt: t.firstResponseAt }, read(t));
}

/** "2 h 05" / "45 min" (src/loc) from business minutes (absolute value). */
export function formatMinutes(minutes: number, s: IHelpCenterStrings['desk']['sla']): string {
  const m = Math.abs(Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return h ? s.hoursMinutes.replace('{0}', String(h)).replace('{1}', `${rest < 10 ? '0' : ''}${rest}`) : s.minutes.replace('{0}', String(rest));
}

/** The text of one clock: time left, at risk, overdue, paused, met (strings from src/loc). */
export function clockText(c: SlaClockReading, s: IHelpCenterStrings['desk']['sla']): string {
  const time = formatMinutes(c.remainingMinutes, s);
  switch (c.state) {
    case 'ok': return s.left.replace('{0}', time);
    case 'at_risk': return s.atRisk.replace('{0}', time);
    case 'breached': return c.remainingMinutes < 0 ? s.overdue.replace('{0}', time) : s.breached;
    case 'paused': return s.paused.replace('{0}', time);
    case 'met': return s.met;
    default: return '';
  }
}

/** The pill tone of a clock: overdue in red, at risk in amber, paused in grey, running or met in green. */
export function clockTone(c: SlaClockReading): 'danger' | 'warning' | 'neutral' | 'success' {
  switch (c.state) {
    case 'breached': return 'danger';
    case 'at_risk': return 'warning';
    case 'paused': return 'neutral';
    default: return 'success';
  }
}
