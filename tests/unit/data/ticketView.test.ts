// The ticket view model, mapped once from what the repository read: status flags from the status groups, the
// catalogue's fields for the reader's audience, lookups named by id, people from the item that holds them.
import { pageTicket, toPlaceName, toTicketSummary, toTicketView } from '../../../src/data/tickets/ticketView';
import { mergeTicket } from '../../../src/data/tickets/ticketRow';
import { KARIM, LEA, PROJECTOR, fullTicket } from '../../fixtures/ticketPage';

describe('toTicketView', () => {
  it.each([
    ['new', true, false, false], ['awaiting_user', true, true, false], ['resolved', false, false, true], ['no_follow_up', false, false, true],
  ] as const)('%s: open %s, waiting %s, finished %s', (status, open, waiting, finished) => {
    expect(toTicketView(fullTicket({ status }), { received: true }, 'desk')).toMatchObject({ status, open, waiting, finished });
  });
  it('carries the audience\'s fields and names the category, the team and the place the ticket refers to', () => {
    const v = toTicketView(fullTicket(), { category: { Title: 'Salles', HCTitleEn: 'Rooms' }, team: { Title: 'Technique' }, place: PROJECTOR, publicMessage: 'Vu.', received: true }, 'requester');
    expect(v.fields.map(f => f.key)).toEqual(['beneficiary', 'filedBy', 'kind', 'category', 'course', 'location', 'incidentType', 'severity', 'priority', 'channel', 'team', 'assignedTo', 'createdAt']);
    expect(v.names).toEqual({
      categories: { 4: { fr: 'Salles', en: 'Rooms' } }, teams: { 6: { fr: 'Technique', en: 'Technique' } },
      places: { 12: { name: 'Vidéoprojecteur Epson', kind: 'equipment', building: undefined, room: { name: 'Salle B204', building: 'Bâtiment B' } } },
    });
    expect(v.publicMessage).toBe('Vu.');
  });
  it('names no place it did not read (a place read for another id, or none)', () => {
    expect(toTicketView(fullTicket({ locationId: 13 }), { place: PROJECTOR, received: true }, 'desk').names.places).toEqual({});
  });
});

describe('toPlaceName', () => {
  it('names a room in its building, and an equipment without a room by itself', () => {
    expect(toPlaceName({ Id: 1, Title: 'Amphi A', HCLocationKind: 'room', HCBuilding: 'Bâtiment A', HCParentLocationId: null })).toEqual({ name: 'Amphi A', kind: 'room', building: 'Bâtiment A', room: undefined });
    expect(toPlaceName({ Id: 2, Title: 'Imprimante', HCLocationKind: 'equipment', HCBuilding: null, HCParentLocationId: null, HCParentLocation: { Title: 'x' } }).room).toBeUndefined();
  });
});

describe('pageTicket', () => {
  it('takes the requester\'s people from her item and the desk\'s from its state', () => {
    const item = { Id: 42, Title: 'T', Created: '2026-11-02T08:30:00Z', Modified: '2026-11-02T08:30:00Z', AuthorId: LEA.id, EditorId: LEA.id, HCFiledById: KARIM.id,
      HCPriority: 'critical', HCCourse: 'Droit', Author: { Title: LEA.displayName, EMail: LEA.email }, HCFiledBy: { Title: KARIM.displayName, EMail: KARIM.email } };
    const state = { Id: 1, HCTicketId: 42, HCRequesterId: LEA.id, HCAssignedToId: KARIM.id, HCPriority: 'high', HCStatus: 'in_progress', HCRequester: { Title: 'Léa D.', EMail: LEA.email },
      HCAssignedTo: { Title: KARIM.displayName, EMail: KARIM.email } };
    const t = pageTicket(mergeTicket(item as never, state as never), item as never, state as never, [{ status: 'new', at: new Date(0) }]);
    expect(t).toMatchObject({ requester: { id: LEA.id, displayName: 'Léa D.' }, filedBy: { id: KARIM.id, displayName: KARIM.displayName }, assignedTo: { id: KARIM.id },
      priority: 'high', askedPriority: 'critical', course: 'Droit', status: 'in_progress', statusHistory: [{ status: 'new', at: new Date(0) }] });
  });
});

describe('toTicketSummary', () => {
  it('gives a list row its status and flags; an item the desk has not received is new', () => {
    const row = mergeTicket({ Id: 5, Title: 'Wifi', Modified: '2026-11-02T08:30:00Z' } as never, undefined);
    expect(toTicketSummary(row)).toEqual({ id: 5, title: 'Wifi', status: 'new', received: false, open: true, finished: false, modifiedAt: new Date('2026-11-02T08:30:00Z') });
  });
});
