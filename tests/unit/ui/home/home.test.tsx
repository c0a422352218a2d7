// The help center home's parts through their props: the support's hours now and next (exam periods, holidays) with the
// contact lines, her open requests (waiting for her first, an empty state that offers the form), and the search's
// combobox keyboard path (arrows, Enter, Escape).
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { createTheme } from '@fluentui/react/lib/Theme';
import { HelpCenterProvider, UiLocale } from '../../../../src/ui/common/HelpCenterContext';
import { ContactPaths } from '../../../../src/ui/home/ContactPaths';
import { HomeSearch } from '../../../../src/ui/home/HomeSearch';
import { MyOpenRequests } from '../../../../src/ui/home/MyOpenRequests';
import { homeClasses } from '../../../../src/ui/home/homeStyles';
import { pageLinks } from '../../../../src/data/pageLinks';
import type { ArticleSummary, KnowledgeService } from '../../../../src/data/knowledge/types';
import type { TicketSummary } from '../../../../src/data/tickets/ticketView';
import type { TicketStatus } from '../../../../src/domain/vocabulary';
import { DEFAULT_CALENDAR } from '../../../../workbench/seed/data/teams';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const en = loadLocStrings('en-us');
const classes = homeClasses(createTheme({}));
const links = pageLinks('https://contoso.sharepoint.com/sites/helpcenter');
const SETTINGS = {
  'businessHours.default': JSON.stringify(DEFAULT_CALENDAR),
  'helpdesk.contact': JSON.stringify({ phone: '+33 1 84 88 47 84', email: 'assistance@univ-exemple.fr' }),
  'helpdesk.desk': JSON.stringify({ fr: 'Bâtiment A, bureau A012', en: 'Building A, room A012' })
};

function withContext(node: React.ReactNode, locale: UiLocale = 'fr'): React.ReactElement {
  const strings = locale === 'en' ? en : fr;
  return <HelpCenterProvider value={{ sp: {} as SPFI, strings, locale, currentUser: { loginName: '', email: '', displayName: '' } }}>{node}</HelpCenterProvider>;
}

describe('contact paths and the hours that apply now and next', () => {
  it.each([
    // A Tuesday at 10:00 in Paris, before Whit Monday and the June exam session: both changes are said.
    ['fr', '2026-05-19T08:00:00Z', /Ouvert en ce moment, jusqu'à 18h\./, /Fermé le lundi 25 mai \(Lundi de Pentecôte\)\./, /À partir du mardi 26 mai \(Session d'examens de juin 2026\) : lundi – samedi 7h30–19h30\./],
    // During the exam session, 18:30 on a Tuesday: the extended hours apply.
    ['fr', '2026-06-02T16:30:00Z', /Ouvert en ce moment, jusqu'à 19h30\./, /Session d'examens de juin 2026 : lundi – samedi 7h30–19h30\./, /À partir du dimanche 21 juin : lundi – vendredi 8h–18h\./],
    ['en', '2026-05-23T10:00:00Z', /Closed now: opens again Tuesday 26 May at 7:30\./, /Closed on Monday 25 May \(Whit Monday\)\./, /June 2026 exam session/]
  ] as [UiLocale, string, RegExp, RegExp, RegExp][])('%s at %s', async (locale, at, now, first, second) => {
    const strings = locale === 'en' ? en : fr;
    render(withContext(<ContactPaths settings={SETTINGS} links={links} classes={classes} now={new Date(at)} />, locale));
    const hours = await screen.findByRole('region', { name: strings.home.hoursHeading });
    const text = (await within(hours).findAllByText(/./, { selector: 'p' })).map(p => p.textContent || '');
    expect(text.length).toBeGreaterThanOrEqual(3);
    // French typography (no-break spaces) is the loc files' to check: the words are compared here.
    const all = text.join('\n').replace(/\u00a0/g, ' ');
    expect(all).toMatch(now);
    expect(all).toMatch(first);
    expect(all).toMatch(second);
  });

  it('offers the form first, then the phone, mail and desk the owners set', () => {
    render(withContext(<ContactPaths settings={SETTINGS} links={links} classes={classes} />));
    const contact = screen.getByRole('region', { name: fr.home.contactHeading });
    expect(within(contact).getByRole('link', { name: fr.home.contactForm })).toHaveAttribute('href', links.newRequest());
    expect(within(contact).getByRole('link', { name: '+33 1 84 88 47 84' })).toHaveAttribute('href', 'tel:+33184884784');
    expect(within(contact).getByRole('link', { name: 'assistance@univ-exemple.fr' })).toHaveAttribute('href', 'mailto:assistance@univ-exemple.fr');
    expect(contact).toHaveTextContent('Accueil : Bâtiment A, bureau A012');
  });
});

describe('her open requests', () => {
  const r = (id: number, status: TicketStatus, day: number): TicketSummary =>
    ({ id, title: `Demande ${id}`, status, received: true, open: true, finished: false, modifiedAt: new Date(Date.UTC(2026, 10, day)) });

  it('lists those waiting for her first, flagged, each linking to its page, and "see all"', () => {
    render(withContext(<MyOpenRequests requests={[r(7, 'in_progress', 20), r(8, 'closed', 21), r(9, 'awaiting_user', 2)]} links={links} classes={classes} />));
    const region = screen.getByRole('region', { name: fr.home.requestsHeading });
    const items = within(region).getAllByRole('listitem');
    expect(items.map(i => within(i).getByRole('link').textContent)).toEqual(['Demande 9', 'Demande 7']);
    expect(items[0]).toHaveTextContent(fr.ticketStatus.awaiting_user);
    expect(items[0]).toHaveTextContent(fr.home.waitingForYou);
    expect(items[1]).not.toHaveTextContent(fr.home.waitingForYou);
    expect(within(items[0]).getByRole('link')).toHaveAttribute('href', links.request(9));
    expect(region).toHaveTextContent('1 demande attend votre réponse.');
    expect(within(region).getByRole('link', { name: fr.home.seeAllRequests })).toHaveAttribute('href', links.myRequests());
  });

  it('without any: says so and offers to make one', () => {
    render(withContext(<MyOpenRequests requests={[r(8, 'closed', 21)]} links={links} classes={classes} />, 'en'));
    const region = screen.getByRole('region', { name: en.home.requestsHeading });
    expect(region).toHaveTextContent(en.home.requestsNone);
    expect(within(region).getByRole('link', { name: en.home.makeRequest })).toHaveAttribute('href', links.newRequest());
  });
});

describe('the search combobox', () => {
  const article = (id: number, title: string): ArticleSummary =>
    ({ id, title, summary: '', language: 'fr', kind: 'faq', keywords: [], questions: [], modified: '2026-11-01T00:00:00Z', views: 0, helpful: 0, notHelpful: 0 });
  const knowledge = {
    ready: jest.fn(() => Promise.resolve({ articleCount: 2, provider: 'local' as const, fromCache: true })),
    search: jest.fn(() => Promise.resolve({ hits: [{ article: article(11, 'Mot de passe oublié'), score: 2 }, { article: article(12, 'Changer de mot de passe'), score: 1 }], matchedWords: [] }))
  } as unknown as KnowledgeService;

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function typed(navigate: jest.Mock): Promise<HTMLElement> {
    render(withContext(<HomeSearch knowledge={knowledge} links={links} classes={classes} navigate={navigate} />));
    const box = screen.getByRole('combobox', { name: fr.home.searchLabel });
    fireEvent.focus(box);
    expect(knowledge.ready).toHaveBeenCalled();
    fireEvent.change(box, { target: { value: 'mot de passe' } });
    await act(async () => { jest.advanceTimersByTime(200); await Promise.resolve(); await Promise.resolve(); });
    return box;
  }

  it('Down/Up move through the articles and "search the whole base"; Enter opens the article', async () => {
    const navigate = jest.fn();
    const box = await typed(navigate);
    const options = within(screen.getByRole('listbox', { name: fr.home.suggestionsLabel })).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual(['Mot de passe oublié', 'Changer de mot de passe', 'Chercher «\u00a0mot de passe\u00a0» dans toute la base']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box).toHaveAttribute('aria-activedescendant', 'hc-home-suggestion-1');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box).toHaveAttribute('aria-activedescendant', 'hc-home-suggestion-0');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box).toHaveAttribute('aria-activedescendant', 'hc-home-suggestion-2');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(navigate).toHaveBeenCalledWith(links.article(11));
    expect(screen.getByRole('status')).toHaveTextContent('2 articles suggérés.');
  });

  it('Escape closes the list, a second one clears the words; Enter without a choice searches the knowledge page', async () => {
    const navigate = jest.fn();
    const box = await typed(navigate);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('mot de passe');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(navigate).toHaveBeenCalledWith(links.knowledge({ text: 'mot de passe' }));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveValue('');
  });
});
