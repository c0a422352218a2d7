import { visibleTickets, type DeskView } from '../../../../src/ui/desk/deskModel';
import type { DeskTicket } from '../../../../src/data/desk/DeskRepository';

function ticket(id: number, over: Partial<DeskTicket>): DeskTicket {
  return {
    Id: id, Title: `Demande ${id}`, Created: '2026-11-30T08:00:00Z', Modified: '2026-11-30T08:00:00Z', AuthorId: 1, HCStatus: 'new', HCTeamId: 1, HCLevel: 'L1',
    HCAssignedToId: null, HCDueDate: '2026-12-03T08:00:00Z', HCPriority: 'normal', HCCategoryId: 1, HCKind: 'anomaly', HCLocationId: null, HCChannel: 'portal',
    HCFirstResponseAt: null, HCResolvedAt: null, HCProblemId: null, ...over
  } as DeskTicket;
}

const view = (filters: DeskView['filters'], text = ''): DeskView => ({ queue: 'allOpen', filters, text, sort: 'oldest' });
const now = new Date('2026-12-01T09:00:00Z');

describe('the desk\'s filters', () => {
  const rows = [
    ticket(1, { HCLocationId: 10, Title: 'Salle B204 : vidéoprojecteur' }), ticket(2, { HCLocationId: 11 }), ticket(3, { HCLocationId: 20 }),
    ticket(4, { HCLocationId: null, HCPriority: 'high', Title: 'Wi-Fi coupé' })
  ];

  it('a room includes its equipment; another place is left out', () => {
    expect(visibleTickets(rows, view({ locationId: 10, locationIds: [10, 11] }), 1, [1], now).map(t => t.Id)).toEqual([1, 2]);
    expect(visibleTickets(rows, view({ locationId: 11 }), 1, [1], now).map(t => t.Id)).toEqual([2]);
  });

  it('combines filters and a title search without accents', () => {
    expect(visibleTickets(rows, view({ priority: 'high' }, 'wi-fi coupe'), 1, [1], now).map(t => t.Id)).toEqual([4]);
    expect(visibleTickets(rows, view({}, 'VIDEOPROJECTEUR'), 1, [1], now).map(t => t.Id)).toEqual([1]);
  });
});
