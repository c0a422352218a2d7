// Issue 17: who reads the reports and who may subscribe to their monthly summary are the same people, because the
// desk re-checks a subscriber by asking SharePoint whether they may still write ReportSubscriptions.
import { CONTRIBUTE_PERMISSIONS, HELP_CENTER_LISTS, HELP_CENTER_ROLES, RoleKey } from '../../../src/data/schema';

const OVERRIDE_LIST_BEHAVIORS = 0x100;
const ADD_ITEMS = 0x2;
const low = (role: RoleKey): number => (role === 'fullControl' ? 0xffffffff : role === 'read' ? 0 : role === 'contribute' ? CONTRIBUTE_PERMISSIONS.Low
  : HELP_CENTER_ROLES.find(r => r.key === role)!.basePermissions.Low);
const grants = (list: string) => HELP_CENTER_LISTS.find(l => l.name === list)!.grants!;

it('those who read every desk state are exactly those who may record a subscription', () => {
  const readers = grants('HelpTicketStates').filter(g => low(g.role) & OVERRIDE_LIST_BEHAVIORS).map(g => g.principal).sort();
  const subscribers = grants('ReportSubscriptions').filter(g => low(g.role) & ADD_ITEMS).map(g => g.principal).sort();
  expect(readers).toEqual(['managers', 'owners', 'support']);
  expect(subscribers).toEqual(readers);
});

it('managers write nothing the reports read, and read every list the reports read', () => {
  for (const list of ['HelpTicketStates', 'SearchEvents', 'HelpTicketClaims']) {
    expect(grants(list).filter(g => g.principal === 'managers').map(g => g.role)).toEqual(['supportReader']);
  }
  for (const list of ['HelpTeams', 'HelpCategories', 'HelpLocations', 'HelpSettings', 'KnowledgeArticles']) {
    expect(grants(list).filter(g => g.principal === 'managers').map(g => g.role)).toEqual(['read']);
  }
  const writable = HELP_CENTER_LISTS.filter(l => (l.grants || []).some(g => g.principal === 'managers' && low(g.role) & ADD_ITEMS)).map(l => l.name);
  expect(writable).toEqual(['ReportSubscriptions']);
  expect(HELP_CENTER_LISTS.find(l => l.name === 'HelpTickets')!.grants!.some(g => g.principal === 'managers')).toBe(false);
});

it('only the agents\' level on ReportSubscriptions enumerates permissions, and nowhere else', () => {
  const keeper = HELP_CENTER_ROLES.find(r => r.key === 'subscriptionKeeper')!;
  expect(keeper.basePermissions.High & 0x40000000).toBe(0x40000000);
  const where = HELP_CENTER_LISTS.filter(l => (l.grants || []).some(g => g.role === 'subscriptionKeeper')).map(l => l.name);
  expect(where).toEqual(['ReportSubscriptions']);
});
