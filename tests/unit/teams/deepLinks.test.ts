import { openedFromTeams, requesterRequestLink, TEAMS_APP_ID, teamsTabDeepLink, ticketIdFromSubPage, ticketSubPageId } from '../../../src/domain/teams/teamsApp';
import { teamsHostOf } from '../../../src/domain/teams/teamsContext';
import { pageLinks } from '../../../src/data/pageLinks';

const SITE = 'https://contoso.sharepoint.com/sites/helpcenter';
const web = pageLinks(SITE).request;

/** The sub-page a Teams deep link carries (what Teams gives the tab as `page.subPageId`). */
function subEntityOf(link: string): string | undefined {
  const context = new URL(link).searchParams.get('context');
  return context ? (JSON.parse(context) as { subEntityId?: string }).subEntityId : undefined;
}

describe('the link a requester\'s mail gives to her request', () => {
  it.each([
    ['filed from Teams', 'teams', 'teams'],
    ['filed on SharePoint', 'portal', 'web'],
    ['taken by phone', 'phone', 'web'],
    ['by e-mail', 'email', 'web'],
    ['at the desk', 'desk', 'web'],
    ['of unknown channel (an old item)', undefined, 'web']
  ])('%s → %s', (_case, channel, expected) => {
    const link = requesterRequestLink({ id: 42, channel }, web);
    if (expected === 'web') {
      expect(link).toBe(`${SITE}/SitePages/MyRequests.aspx?ticket=42`);
      return;
    }
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/help-center-my-requests`);
    expect(subEntityOf(link)).toBe('ticket-42');
    // Where the app is not installed, Teams offers the SharePoint page.
    expect(url.searchParams.get('webUrl')).toBe(`${SITE}/SitePages/MyRequests.aspx?ticket=42`);
    // The tab reads the request back from its sub-page.
    expect(ticketIdFromSubPage(subEntityOf(link))).toBe(42);
  });
});

describe('a tab\'s sub-page', () => {
  it.each([
    [ticketSubPageId(7), 7],
    ['ticket-123456789', 123456789],
    ['ticket-0', undefined],
    ['ticket-', undefined],
    ['ticket-12a', undefined],
    ['article-3', undefined],
    ['', undefined],
    [undefined, undefined]
  ])('%p names request %p', (sub, id) => {
    expect(ticketIdFromSubPage(sub)).toBe(id);
  });
});

describe('Teams deep links to the app\'s tabs', () => {
  it('encode the sub-page as Teams reads it, and nothing when there is none', () => {
    expect(teamsTabDeepLink('knowledge')).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/help-center-knowledge`);
    const link = teamsTabDeepLink('desk', { subPageId: 'ticket-5', label: 'Desk & co' });
    expect(link).toContain('context=%7B%22subEntityId%22%3A%22ticket-5%22%7D');
    expect(new URL(link).searchParams.get('label')).toBe('Desk & co');
  });

  it('mark a request form opened from Teams, and only from Teams', () => {
    expect(openedFromTeams(`${SITE}/SitePages/Request.aspx`, true)).toBe(`${SITE}/SitePages/Request.aspx?from=teams`);
    expect(openedFromTeams(`${SITE}/SitePages/Request.aspx?category=3`, true)).toBe(`${SITE}/SitePages/Request.aspx?category=3&from=teams`);
    expect(openedFromTeams(`${SITE}/SitePages/Request.aspx`, false)).toBe(`${SITE}/SitePages/Request.aspx`);
  });
});

describe('the Teams context a web part keeps', () => {
  it.each([
    [{ app: { host: { name: 'Teams' }, theme: 'dark' }, page: { id: 'help-center-my-requests', subPageId: 'ticket-9' } }, { kind: 'personal', theme: 'dark', subPageId: 'ticket-9' }],
    [{ app: { host: { name: 'Teams' }, theme: 'contrast' }, page: { id: 'x' }, channel: { id: '19:abc' }, team: { internalId: '19:abc' } }, { kind: 'team', theme: 'contrast' }],
    [{ app: { host: { name: 'Teams' } }, page: { id: 'x', subPageId: '  ' }, chat: { id: '19:chat' } }, { kind: 'team', theme: 'default' }],
    [{ app: { host: { name: 'Outlook' }, theme: 'unknown' }, page: {} }, { kind: 'personal', theme: 'default' }]
  ])('%o → %o', (context, host) => {
    expect(teamsHostOf(context)).toEqual(host);
  });
});
