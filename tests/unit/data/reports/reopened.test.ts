// Which tickets the reports count as reopened in a period: the requesters' reopen claims the desk applied, and every
// state whose HCReopenedAt (stamped by the desk's lifecycle on any reopening, an agent's included) falls in it.
import { reopenedInPeriod, type ClaimRow, type StateRow } from '../../../../src/data/reports/reportRows';

const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
const claim = (over: Partial<ClaimRow>): ClaimRow => ({ Id: 1, Created: '2026-11-10T09:00:00Z', AuthorId: 5, EditorId: 9, HCTicketId: 1, HCAction: 'reopen', HCOutcome: 'applied', ...over } as ClaimRow);
const state = (ticketId: number, reopenedAt: string | undefined): StateRow => ({ Id: ticketId, Created: '2026-10-01T00:00:00Z', HCTicketId: ticketId, HCReopenedAt: reopenedAt } as unknown as StateRow);

it('counts an agent\'s reopening (the state\'s stamp) and a requester\'s applied claim, each ticket once', () => {
  const claims = [claim({ HCTicketId: 1 }), claim({ Id: 2, HCTicketId: 2, HCOutcome: 'refused' }), claim({ Id: 3, HCTicketId: 3, Created: '2026-10-30T09:00:00Z' })];
  const states = [state(1, '2026-11-10T09:05:00Z'), state(4, '2026-11-20T14:00:00Z'), state(5, '2026-10-20T14:00:00Z'), state(6, undefined), state(4, '2026-11-20T14:00:00Z')];
  expect(reopenedInPeriod(claims, states, period).sort()).toEqual([1, 4]);
});

it('a period\'s end is exclusive', () => {
  expect(reopenedInPeriod([], [state(7, '2026-12-01T00:00:00Z'), state(8, '2026-11-30T23:59:59Z')], period)).toEqual([8]);
});
