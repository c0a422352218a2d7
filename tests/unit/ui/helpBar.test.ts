import { helpCenterStrings as strings } from '../../../workbench/host/runtime/allStrings';
import { renderHelpBar, type HelpBarStatus } from '../../../src/ui/helpbar/renderHelpBar';

const flush = () => new Promise((r) => setTimeout(r, 0));
const NONE = { agent: false, contributor: false, owner: false };
const status = (s: Partial<HelpBarStatus>): (() => Promise<HelpBarStatus>) => async () => ({ announcements: [], roles: NONE, ...s });

describe('help bar', () => {
  beforeEach(() => localStorage.clear());

  it('is usable at once: a search box to the knowledge base, ask for help, my requests and the help center\'s pages', () => {
    const host = document.createElement('div');
    renderHelpBar(host, { strings, helpCenterUrl: 'https://contoso.sharepoint.com/sites/aide/', fetchStatus: false });
    const form = host.querySelector('form[role="search"]') as HTMLFormElement;
    expect(form.action).toBe('https://contoso.sharepoint.com/sites/aide/SitePages/Knowledge.aspx');
    expect((form.querySelector('input[name="q"]') as HTMLInputElement).getAttribute('aria-label')).toBe("Rechercher dans l'aide");
    expect([...host.querySelectorAll('a.hc-hb-link')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Faire une demande', 'https://contoso.sharepoint.com/sites/aide/SitePages/Request.aspx'],
      ['Mes demandes00', 'https://contoso.sharepoint.com/sites/aide/SitePages/MyRequests.aspx'],
      ["Centre d'aide", 'https://contoso.sharepoint.com/sites/aide'],
    ]);
    // The counts' room is there, empty and hidden, until the request answers.
    expect([...host.querySelectorAll('.hc-hb-n')].every((b) => b.hasAttribute('data-empty') && b.getAttribute('aria-hidden') === 'true')).toBe(true);
    const menu = host.querySelector('[role="menu"]') as HTMLElement;
    expect(menu.hidden).toBe(true);
    expect([...menu.querySelectorAll('[role="menuitem"]')].map((a) => a.textContent)).toEqual([
      "Centre d'aide", 'Base de connaissances', 'Faire une demande', 'Mes demandes', 'Experts', 'Boîte à idées',
    ]);
  });

  it('shows current announcements in the page language, outage first, as text only, and the person\'s counts', async () => {
    const host = document.createElement('div');
    renderHelpBar(host, {
      strings, helpCenterUrl: 'https://x/sites/aide', language: 'fr-FR', userLogin: 'lea',
      links: { request: 'https://x/sites/aide/SitePages/Demande.aspx', knowledge: undefined },
      fetchStatus: status({
        announcements: [
          { id: 3, title: 'Maintenance Moodle', severity: 'info', language: 'fr' },
          { id: 1, title: 'Wi-Fi perturbé <b>bâtiment B</b>', severity: 'outage', language: 'fr', body: 'x'.repeat(300) },
          { id: 2, title: 'Wi-Fi disrupted in building B', severity: 'outage', language: 'en' },
        ],
        counts: { open: 2, waiting: 1 },
      }),
    });
    await flush();
    const items = [...host.querySelectorAll('[role="status"] li')];
    expect(items.map((i) => i.getAttribute('data-severity'))).toEqual(['outage', 'info']);
    expect(items[0].querySelector('.hc-hb-more')!.textContent).toBe(`Panne en cours : Wi-Fi perturbé <b>bâtiment B</b> : ${'x'.repeat(300)}`);
    expect(items[0].querySelector('b')).toBeNull();
    expect(host.querySelector('a')!.getAttribute('href')).toBe('https://x/sites/aide/SitePages/Demande.aspx');
    const mine = [...host.querySelectorAll('a.hc-hb-link')][1];
    expect(mine.textContent).toBe('Mes demandes21 (2 demandes en cours, dont 1 attend votre réponse)');
    expect(mine.querySelectorAll('[data-empty]')).toHaveLength(0);
  });

  it('forgets a dismissed announcement for this person, until it is edited', async () => {
    const announcement = { id: 1, title: 'Panne ENT', severity: 'outage' as const, modified: '2026-11-23T10:00:00Z' };
    const render = (a: typeof announcement, login = 'lea') => {
      const host = document.createElement('div');
      document.body.appendChild(host);
      renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', userLogin: login, fetchStatus: status({ announcements: [a] }) });
      return host;
    };
    const first = render(announcement);
    await flush();
    const dismiss = first.querySelector('button[aria-label="Masquer l\'annonce «\u00a0Panne ENT\u00a0»"]') as HTMLButtonElement;
    dismiss.click();
    expect(first.querySelectorAll('[role="status"] li')).toHaveLength(0);
    // Nothing left: the focus goes back to the search box, not to the page's top.
    expect(document.activeElement).toBe(first.querySelector('input'));
    first.remove();
    const again = render(announcement);
    await flush();
    expect(again.querySelectorAll('[role="status"] li')).toHaveLength(0);
    const other = render(announcement, 'karim');
    await flush();
    expect(other.querySelectorAll('[role="status"] li')).toHaveLength(1);
    const edited = render({ ...announcement, modified: '2026-11-23T11:00:00Z' });
    await flush();
    expect(edited.querySelectorAll('[role="status"] li')).toHaveLength(1);
    document.body.innerHTML = '';
  });

  it('reserves the room of the announcements the person saw last time (nothing below the bar moves when they come)', async () => {
    const host = document.createElement('div');
    await renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', userLogin: 'lea', fetchStatus: status({ announcements: [{ id: 1, title: 'A', severity: 'info' }, { id: 2, title: 'B', severity: 'warning' }] }) }).live();
    await flush();
    const next = document.createElement('div');
    let answer: (s: HelpBarStatus) => void = () => undefined;
    const bar = renderHelpBar(next, { strings, helpCenterUrl: 'https://x/sites/aide', userLogin: 'lea', fetchStatus: () => new Promise((r) => { answer = r; }) });
    expect((next.querySelector('[role="status"]') as HTMLElement).style.minHeight).toBe('64px');
    await bar.live();
    answer({ announcements: [], roles: NONE });
    await flush();
    expect((next.querySelector('[role="status"]') as HTMLElement).style.minHeight).toBe('');
  });

  it('shows the desk, the contributors\' page and set-up only to those who may open them', async () => {
    const menuOf = async (roles: HelpBarStatus['roles']) => {
      const host = document.createElement('div');
      renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', fetchStatus: status({ roles }) });
      await flush();
      return [...host.querySelectorAll('[role="menuitem"]')].map((a) => a.textContent);
    };
    expect(await menuOf(NONE)).not.toContain('Bureau du support');
    const agent = await menuOf({ ...NONE, agent: true });
    expect(agent).toContain('Bureau du support');
    expect(agent).not.toContain('Espace contributeurs');
    expect(await menuOf({ agent: true, contributor: true, owner: true })).toEqual(expect.arrayContaining(['Espace contributeurs', "Configuration du centre d'aide"]));
  });

  it('opens its menu from the keyboard, moves with the arrows and gives the focus back on Escape', async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    await renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', fetchStatus: false }).live();
    const button = host.querySelector('button[aria-haspopup="true"]') as HTMLButtonElement;
    expect(button.textContent).toBe("Pages de l'aide");
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement!.textContent).toBe("Centre d'aide");
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement!.textContent).toBe('Boîte à idées');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    host.remove();
  });

  it('looks like Fluent with the page\'s theme: the site theme\'s colours as CSS variables, one style sheet per page', () => {
    (window as unknown as { __themeState__?: unknown }).__themeState__ = { theme: { themePrimary: '#8764b8', neutralPrimary: 'url(x)' } };
    const host = document.createElement('div');
    document.body.appendChild(host);
    renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', fetchStatus: false });
    renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', fetchStatus: false });
    const nav = host.querySelector('nav') as HTMLElement;
    expect(nav.style.getPropertyValue('--hc-themePrimary')).toBe('#8764b8');
    // Only colours are taken from the page's state.
    expect(nav.style.getPropertyValue('--hc-neutralPrimary')).toBe('#323130');
    expect(document.querySelectorAll('#hc-helpbar-css')).toHaveLength(1);
    expect(document.getElementById('hc-helpbar-css')!.textContent).toContain('forced-colors:active');
    // The search button keeps its word for screen readers when a phone shows the icon alone.
    expect(host.querySelector('button.hc-hb-go')!.textContent).toBe('Rechercher');
    delete (window as unknown as { __themeState__?: unknown }).__themeState__;
    host.remove();
  });
});

describe('help bar before its live part', () => {
  it('loads the live part when the person uses the bar first: the menu opens on that first click', async () => {
    document.getElementById('hc-helpbar-live-css')?.remove();
    const host = document.createElement('div');
    document.body.appendChild(host);
    const bar = renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', fetchStatus: false });
    const button = host.querySelector('button[aria-haspopup="true"]') as HTMLButtonElement;
    // The first paint is the bar's module alone: the live part's styles come with it.
    expect(document.getElementById('hc-helpbar-live-css')).toBeNull();
    button.click();
    await bar.live();
    await flush();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('hc-helpbar-live-css')).not.toBeNull();
    // The first paint's stand-in is gone: the next click closes the menu, once.
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    host.remove();
  });
});

describe('help bar menu outside clicks', () => {
  it('closes on a click elsewhere, and a bar replaced by a new render stops listening to the page', async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    await renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', fetchStatus: false }).live();
    const button = host.querySelector('button[aria-haspopup="true"]') as HTMLButtonElement;
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const removed = jest.spyOn(document, 'removeEventListener');
    await renderHelpBar(host, { strings, helpCenterUrl: 'https://x/sites/aide', fetchStatus: false }).live();
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(removed.mock.calls.filter((c) => c[0] === 'mousedown')).toHaveLength(1);
    removed.mockRestore();
    host.remove();
  });
});
