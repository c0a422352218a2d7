import { helpCenterStrings as strings } from '../../../workbench/host/runtime/allStrings';
import { announcementsFetcher, renderHelpBar } from '../../../src/ui/helpbar/renderHelpBar';

describe('help bar', () => {
  it('is usable at once: a search box to the knowledge base and links to ask and follow', () => {
    const host = document.createElement('div');
    renderHelpBar(host, { strings, helpCenterUrl: 'https://contoso.sharepoint.com/sites/aide/' });
    const form = host.querySelector('form[role="search"]') as HTMLFormElement;
    expect(form.action).toBe('https://contoso.sharepoint.com/sites/aide/SitePages/Knowledge.aspx');
    expect((form.querySelector('input[name="q"]') as HTMLInputElement).getAttribute('aria-label')).toBe("Rechercher dans l'aide");
    expect([...host.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Faire une demande', 'https://contoso.sharepoint.com/sites/aide/SitePages/Request.aspx'],
      ['Mes demandes', 'https://contoso.sharepoint.com/sites/aide/SitePages/MyRequests.aspx'],
      ["Centre d'aide", 'https://contoso.sharepoint.com/sites/aide'],
    ]);
  });

  it('shows current announcements in the page language, as text only', async () => {
    const host = document.createElement('div');
    renderHelpBar(host, {
      strings, helpCenterUrl: 'https://x/sites/aide', language: 'fr-FR',
      links: { request: 'https://x/sites/aide/SitePages/Demande.aspx', knowledge: undefined },
      fetchAnnouncements: async () => [
        { id: 1, title: 'Wi-Fi perturbé <b>bâtiment B</b>', severity: 'outage', language: 'fr', body: 'x'.repeat(300) },
        { id: 2, title: 'Wi-Fi disrupted in building B', severity: 'outage', language: 'en' },
      ],
    });
    await new Promise((r) => setTimeout(r, 0));
    const items = [...host.querySelectorAll('[role="status"] li')];
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toMatch(/^Panne en cours : Wi-Fi perturbé <b>bâtiment B<\/b> : x+…$/);
    expect(items[0].querySelector('b')).toBeNull();
    expect(host.querySelector('a')!.getAttribute('href')).toBe('https://x/sites/aide/SitePages/Demande.aspx');
  });

  it('looks like Fluent with the page\'s theme: the site theme\'s colours as CSS variables, one style sheet per page', () => {
    (window as unknown as { __themeState__?: unknown }).__themeState__ = { theme: { themePrimary: '#8764b8', neutralPrimary: 'url(x)' } };
    const host = document.createElement('div');
    document.body.appendChild(host);
    renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide' });
    renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide' });
    const nav = host.querySelector('nav') as HTMLElement;
    expect(nav.style.getPropertyValue('--hc-themePrimary')).toBe('#8764b8');
    // Only colours are taken from the page's state.
    expect(nav.style.getPropertyValue('--hc-neutralPrimary')).toBe('#323130');
    expect(document.querySelectorAll('#hc-helpbar-css')).toHaveLength(1);
    expect(document.getElementById('hc-helpbar-css')!.textContent).toContain('Segoe UI');
    // The search button keeps its word for screen readers when a phone shows the icon alone.
    expect(host.querySelector('button')!.textContent).toBe('Rechercher');
    delete (window as unknown as { __themeState__?: unknown }).__themeState__;
    host.remove();
  });

  it('asks SharePoint for announcements not yet ended, on the indexed end date', async () => {
    const fetchMock = jest.fn(async () => ({ ok: true, json: async () => ({ value: [
      { Id: 3, Title: 'Maintenance', HCSeverity: 'info', HCStart: '2026-11-20T00:00:00Z' },
      { Id: 4, Title: 'Plus tard', HCSeverity: 'warning', HCStart: '2026-12-20T00:00:00Z' },
    ] }) }));
    (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    const found = await announcementsFetcher('https://x/sites/aide/', () => new Date('2026-11-23T10:00:00Z'))();
    expect(found).toEqual([{ id: 3, title: 'Maintenance', body: undefined, language: undefined, severity: 'info' }]);
    const url = decodeURIComponent(((fetchMock.mock.calls as unknown[][])[0][0]) as string);
    expect(url).toContain("getByTitle('Announcements')/items?$select=");
    expect(url).toContain("$filter=HCEnd ge datetime'2026-11-23T10:00:00.000Z'");
  });

  it('shows an announcement that started this very second (SharePoint keeps whole seconds)', async () => {
    (globalThis as unknown as { fetch: unknown }).fetch = jest.fn(async () => ({ ok: true, json: async () => ({ value: [
      { Id: 5, Title: 'Moodle indisponible', HCSeverity: 'outage', HCStart: '2026-11-23T10:00:00Z' },
    ] }) }));
    const found = await announcementsFetcher('https://x/sites/aide', () => new Date('2026-11-23T10:00:00.450Z'))();
    expect(found.map((a) => a.id)).toEqual([5]);
  });
});
