import { HELP_CENTER_SITE_PROPERTY, HostPage, resolveHelpCenterSite, siteAddress } from '../../../src/data/settings/helpCenterSite';
import { leavesPage } from '../../../src/webparts/common/teamsLinks';

const HC = 'https://contoso.sharepoint.com/sites/helpcenter';
const ROOT: HostPage = { webUrl: 'https://contoso.sharepoint.com', webServerRelativeUrl: '/', teams: 'personal' };
const HC_PAGE: HostPage = { webUrl: HC, webServerRelativeUrl: '/sites/helpcenter' };
const TEAM_SITE: HostPage = { webUrl: 'https://contoso.sharepoint.com/sites/support-team', webServerRelativeUrl: '/sites/support-team', teams: 'team' };
const HC_PERSONAL_TAB: HostPage = { ...HC_PAGE, teams: 'personal' };
const ROOT_PAGE: HostPage = { webUrl: 'https://contoso.sharepoint.com', webServerRelativeUrl: '/' };

/** The tenant property as SharePoint would answer, counting the requests. */
function tenant(value: string | undefined | Error): { read: (key: string) => Promise<string | undefined>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    read: (key) => {
      calls.push(key);
      return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
    }
  };
}

describe('which site is the help center', () => {
  beforeEach(() => sessionStorage.clear());

  it.each([
    ['the property, wherever the web part is', `${HC}/`, ROOT, 'tenant-value', HC, 'property', 0],
    ['a help center page: its own site, no request', '', HC_PAGE, undefined, HC, 'page', 0],
    ['a personal tab on the root site: the tenant property', '', ROOT, HC, HC, 'tenant', 1],
    ['a team tab on a team site without property: the tenant property', '', TEAM_SITE, HC, HC, 'tenant', 1],
    ['the root site outside Teams: the tenant property', '', ROOT_PAGE, HC, HC, 'tenant', 1],
    ['a personal tab on the help center site, property not set: that site', '', HC_PERSONAL_TAB, undefined, HC, 'teamsHost', 1],
    ['a personal tab on the root site, nothing set: nothing', '', ROOT, undefined, undefined, undefined, 1],
    ['a team tab, nothing set: nothing (never the team\'s site)', '', TEAM_SITE, undefined, undefined, undefined, 1],
    ['a tenant property that is not an address: nothing', '', ROOT, 'javascript:alert(1)', undefined, undefined, 1],
    ['a property that is not an address: the setting', 'sites/helpcenter', ROOT, HC, HC, 'tenant', 1]
  ])('%s', async (_case, property, host, tenantValue, siteUrl, source, requests) => {
    const t = tenant(tenantValue === 'tenant-value' ? 'https://elsewhere.example' : tenantValue);
    const site = await resolveHelpCenterSite(property, host, t.read, sessionStorage);
    expect(site).toEqual(siteUrl ? { siteUrl, source } : {});
    expect(t.calls).toEqual(requests ? [HELP_CENTER_SITE_PROPERTY] : []);
  });

  it('reads the tenant property once per session', async () => {
    const first = tenant(`${HC}/`);
    expect(await resolveHelpCenterSite('', ROOT, first.read, sessionStorage)).toEqual({ siteUrl: HC, source: 'tenant' });
    const later = tenant('https://changed.example/sites/x');
    expect(await resolveHelpCenterSite('', TEAM_SITE, later.read, sessionStorage)).toEqual({ siteUrl: HC, source: 'tenant' });
    expect(later.calls).toEqual([]);
  });

  it('does not remember that the property is not set (an administrator may set it now)', async () => {
    await resolveHelpCenterSite('', ROOT, tenant(undefined).read, sessionStorage);
    const again = tenant(HC);
    expect(await resolveHelpCenterSite('', ROOT, again.read, sessionStorage)).toEqual({ siteUrl: HC, source: 'tenant' });
    expect(again.calls).toHaveLength(1);
  });

  it('tells a property it could not read from one that is not set', async () => {
    const cause = new Error('503 Service Unavailable');
    expect(await resolveHelpCenterSite('', ROOT, tenant(cause).read, sessionStorage)).toEqual({ error: cause });
  });

  it('works without session storage', async () => {
    expect(await resolveHelpCenterSite('', ROOT, tenant(HC).read, undefined)).toEqual({ siteUrl: HC, source: 'tenant' });
  });

  it.each([
    ['https://contoso.sharepoint.com/sites/helpcenter/', HC],
    ['  https://contoso.sharepoint.com/sites/helpcenter  ', HC],
    ['http://localhost:4399/sites/helpcenter', 'http://localhost:4399/sites/helpcenter'],
    ['/sites/helpcenter', undefined],
    ['javascript:alert(1)', undefined],
    ['https://contoso.sharepoint.com/sites/a b', undefined],
    ['', undefined],
    [undefined, undefined]
  ])('siteAddress(%p) = %p', (value, expected) => {
    expect(siteAddress(value)).toBe(expected);
  });
});

describe('links that leave a Teams tab\'s page', () => {
  const here = { origin: 'https://contoso.sharepoint.com', pathname: '/_layouts/15/teamshostedapp.aspx' };
  it.each([
    [`${HC}/SitePages/Request.aspx`, true],
    ['/sites/helpcenter/SitePages/Knowledge.aspx?article=3', true],
    ['https://teams.microsoft.com/l/entity/x/y', true],
    ['?ticket=4', false],
    ['/_layouts/15/TeamsHostedApp.aspx?teams&ticket=4', false],
    ['#main', false],
    ['mailto:help@contoso.com', false]
  ])('%s → %p', (href, leaves) => {
    expect(leavesPage(href, here)).toBe(leaves);
  });
});
