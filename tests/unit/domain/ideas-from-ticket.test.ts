import { canTurnIntoIdea } from '../../../src/domain/tickets/availableActions';
import type { TicketKind } from '../../../src/domain/vocabulary';

describe('turning a request into an idea', () => {
  it.each<[TicketKind, boolean, boolean, boolean]>([
    ['evolution', true, false, true],
    ['evolution', false, true, true],
    ['evolution', false, false, false],
    ['assistance', true, false, false],
    ['anomaly', true, true, false],
    ['problem', true, false, false]
  ])('a %s ticket, agent %s, owner %s: %s', (kind, isAgent, isSiteOwner, allowed) => {
    expect(canTurnIntoIdea({ kind }, { isAgent, isSiteOwner })).toBe(allowed);
  });
});
