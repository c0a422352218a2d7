import type { DeskFilters, DeskTicket, QueueKey, SlaAlarmOf } from '../../data/desk/DeskRepository';
import { inQueue } from '../../data/desk/DeskRepository';
import { TICKET_PRIORITIES } from '../../domain/vocabulary';

/** How the desk sorts a queue. */
export type DeskSort = 'newest' | 'oldest' | 'due' | 'priority';

/** What the agent chose: queue, filters, text, sort. */
export interface DeskView {
  queue: QueueKey;
  filters: DeskFilters;
  text: string;
  sort: DeskSort;
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The tickets of a queue after the filters, the title search and the sort (all on the loaded snapshot). */
export function visibleTickets(rows: DeskTicket[], view: DeskView, me: number, myTeams: number[], now: Date, alarm?: SlaAlarmOf): DeskTicket[] {
  const f = view.filters;
  const words = fold(view.text).split(/\s+/).filter(Boolean);
  const out = rows.filter(t => inQueue(t, view.queue, me, myTeams, now, alarm)
    && (!f.teamId || t.HCTeamId === f.teamId) && (!f.level || t.HCLevel === f.level) && (!f.categoryId || t.HCCategoryId === f.categoryId)
    && (!f.kind || t.HCKind === f.kind) && (!f.priority || t.HCPriority === f.priority) && (!f.channel || t.HCChannel === f.channel)
    && (!f.locationId || t.HCLocationId === f.locationId || (!!f.locationIds && t.HCLocationId !== null && f.locationIds.indexOf(t.HCLocationId) >= 0))
    && words.every(w => fold(`${t.Id} ${t.Title || ''}`).indexOf(w) >= 0));
  const due = (t: DeskTicket): number => (t.HCDueDate ? new Date(t.HCDueDate).getTime() : Number.MAX_VALUE);
  const prio = (t: DeskTicket): number => TICKET_PRIORITIES.indexOf(t.HCPriority || 'normal');
  const by: { [K in DeskSort]: (a: DeskTicket, b: DeskTicket) => number } = {
    newest: (a, b) => b.Id - a.Id,
    oldest: (a, b) => a.Id - b.Id,
    due: (a, b) => due(a) - due(b) || a.Id - b.Id,
    priority: (a, b) => prio(b) - prio(a) || due(a) - due(b)
  };
  return out.sort(by[view.sort]);
}

/** Hours left before the due date (negative: overdue), rounded toward the alarm. */
export function hoursLeft(t: DeskTicket, now: Date): number | undefined {
  if (!t.HCDueDate) return undefined;
  const ms = new Date(t.HCDueDate).getTime() - now.getTime();
  return ms >= 0 ? Math.floor(ms / 3600000) : -Math.ceil(-ms / 3600000);
}
