import { statusSteps, VersionRow } from '../../../src/data/tickets/ticketHistory';

const v = (status: VersionRow['HCStatus'], at: string, editor: [number, string]): VersionRow =>
  ({ HCStatus: status, Modified: at, Editor: { LookupId: editor[0], LookupValue: editor[1] } });

describe('the status steps of a ticket', () => {
  // Versions come newest first, as SharePoint returns them.
  const versions = [
    v('in_progress', '2026-11-03T10:00:00Z', [11, 'Karim Haddad']),
    v('in_progress', '2026-11-03T09:30:00Z', [11, 'Karim Haddad']),
    v('new', '2026-11-03T09:00:00Z', [11, 'Karim Haddad'])
  ];

  it('gives the filing to the requester, not to the agent whose desk received it, and keeps one step per status', () => {
    expect(statusSteps(versions, { id: 7, name: 'Léa Dubois' }).map(s => [s.status, s.byName])).toEqual([['new', 'Léa Dubois'], ['in_progress', 'Karim Haddad']]);
  });

  it('names the agent when the requester is not known (an unverified ticket)', () => {
    expect(statusSteps(versions).map(s => s.byName)).toEqual(['Karim Haddad', 'Karim Haddad']);
    expect(statusSteps(versions, { id: 0, name: '' })[0].byName).toBe('Karim Haddad');
  });
});
