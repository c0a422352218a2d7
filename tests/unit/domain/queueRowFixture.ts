/** A desk queue row for unit tests: a new L1 ticket of team 7, category 3, with the fields a test overrides. */
import type { DeskQueueRow } from '../../../src/domain/desk/queues';

/** A queue row with sensible defaults. */
export function queueRow(over: Partial<DeskQueueRow> = {}): DeskQueueRow {
  return {
    id: 1, stateId: 101, title: 'Demande', status: 'new', kind: 'assistance', level: 'L1', teamId: 7, categoryId: 3, priority: 'normal', channel: 'portal',
    requester: { id: 2, email: '', displayName: 'Léa Dubois' }, createdAt: new Date('2026-03-09T08:00:00Z'), incomplete: false, unverified: false, ...over
  };
}
