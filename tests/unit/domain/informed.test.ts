import { appendInformed, informedChanges, MAX_INFORMED_CHANGES, parseInformed } from '../../../src/domain/tickets/informed';
import type { DomainEvent } from '../../../src/domain/tickets/actions';

const lea = { id: 1, email: 'lea.dubois@univ-exemple.fr', displayName: 'Léa Dubois' };
const jean = { id: 2, email: 'Jean.Moreau@univ-exemple.fr', displayName: 'Prof. Jean Moreau' };
const karim = { id: 3, email: 'karim.haddad@univ-exemple.fr', displayName: 'Karim Haddad' };

function event(type: DomainEvent['type'], recipients: DomainEvent['recipients']): DomainEvent {
  return { type, ticketId: 7, changeKey: `7:1:${type}`, at: new Date('2026-12-01T09:30:00Z'), actor: karim, fromStatus: 'new', toStatus: 'taken_in_charge', recipients, details: {} };
}

describe('who was informed, on the ticket', () => {
  it('lists each person once per change, the team queue without an address, and never the internal notes', () => {
    const changes = informedChanges([
      event('takeInCharge', [{ role: 'requester', person: lea }, { role: 'watcher', person: jean }, { role: 'watcher', person: { ...jean, email: 'jean.moreau@univ-exemple.fr' } }, { role: 'teamQueue', teamId: 4 }]),
      event('addInternalNote', [{ role: 'assignee', person: karim }]),
      event('escalate', [])
    ]);
    expect(changes).toEqual([{ at: '2026-12-01T09:30:00.000Z', event: 'takeInCharge', to: [
      { role: 'requester', name: 'Léa Dubois', email: lea.email }, { role: 'watcher', name: 'Prof. Jean Moreau', email: jean.email }, { role: 'teamQueue', name: '' }
    ] }]);
  });

  it('appends to the column, keeps the latest changes, and reads a damaged value as empty', () => {
    const one = informedChanges([event('resolve', [{ role: 'requester', person: lea }])]);
    expect(appendInformed(undefined, [])).toBeUndefined();
    let json = appendInformed('not json', one) as string;
    expect(parseInformed(json)).toHaveLength(1);
    for (let i = 0; i < MAX_INFORMED_CHANGES + 5; i++) json = appendInformed(json, one) as string;
    expect(parseInformed(json)).toHaveLength(MAX_INFORMED_CHANGES);
    expect(parseInformed('[{"at":1}]')).toEqual([]);
    expect(parseInformed(undefined)).toEqual([]);
  });
});
