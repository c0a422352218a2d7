import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { MyTickets } from '../../../../src/ui/tickets/mine/MyTickets';
import { InformedList } from '../../../../src/ui/tickets/mine/InformedList';
import type { FollowedRequest, MyTicketsServices } from '../../../../src/data/tickets/MyTicketsServices';
import type { WatchView } from '../../../../src/domain/tickets/watchView';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });

const VIEW: WatchView = {
  ticketId: 42, title: 'Tiers temps \u202Eexamen', summary: 'Je demande un tiers temps.', status: 'in_progress', requester: 'Léa Dubois', assignee: 'Karim Haddad',
  createdAt: '2026-11-02T08:00:00.000Z', builtAt: '2026-11-03T10:00:00.000Z',
  fields: [{ key: 'category', value: { kind: 'category', id: 4 } }, { key: 'course', value: { kind: 'text', text: 'Droit civil' } },
    { key: 'assignedTo', value: { kind: 'person', name: 'Karim Haddad' } }],
  names: { categories: { 4: { fr: 'Examens', en: 'Exams' } }, teams: {}, places: {} },
  history: [
    { at: '2026-11-02T08:00:00.000Z', event: 'filed', status: 'new', by: 'Léa Dubois' },
    { at: '2026-11-02T09:00:00.000Z', event: 'status', status: 'taken_in_charge', by: 'Karim Haddad' },
    { at: '2026-11-02T10:00:00.000Z', event: 'reply', status: 'taken_in_charge', by: 'Karim Haddad', message: 'Accordé pour la salle B204.' },
    { at: '2026-11-03T09:00:00.000Z', event: 'handedOver', status: 'in_progress', team: { fr: 'Réseau L2', en: 'Network L2' }, level: 'L2' }
  ]
};

function services(followed: FollowedRequest, list: { ticketId: number; title: string }[] = []): MyTicketsServices {
  return {
    viewer: jest.fn(async () => ({ userId: 5, isAgent: false })),
    list: jest.fn(async () => ({ items: [], summaries: [] })),
    ticketPage: jest.fn(async () => undefined),
    addAttachment: jest.fn(),
    act: jest.fn(),
    followed: jest.fn(async () => ({ items: list.map(l => ({ ...l, status: 'in_progress' as const, updatedAt: '2026-11-03T10:00:00.000Z' })) })),
    followedRequest: jest.fn(async () => followed)
  } as unknown as MyTicketsServices;
}

function renderPage(s: MyTicketsServices, props: { initialFollowId?: number } = {}, locale: 'fr' | 'en' = 'fr'): void {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: loadLocStrings(locale === 'fr' ? 'fr-fr' : 'en-us'), locale, currentUser: { loginName: '', email: 'jean.moreau@x', displayName: 'Prof. Jean Moreau' } }}>
      <MyTickets services={s} {...props} />
    </HelpCenterProvider>
  );
}

afterEach(() => window.history.replaceState({}, '', '/'));

describe('the page of a person kept informed', () => {
  it('opens from ?follow=ID: title isolated, status, note, fields, public history; no action', async () => {
    window.history.replaceState({}, '', '/?follow=42');
    const s = services({ kind: 'view', view: VIEW, files: [] });
    renderPage(s);
    const heading = await screen.findByRole('heading', { level: 2, name: /Demande n° 42 : Tiers temps/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(s.followedRequest).toHaveBeenCalledWith(42);
    expect(heading.querySelector('bdi')).toHaveTextContent('Tiers temps \u202Eexamen');
    expect(screen.getByText(/Vous êtes informé de cette demande à la demande de/)).toHaveTextContent(
      'Vous êtes informé de cette demande à la demande de Léa Dubois. Vous ne pouvez pas agir dessus : pour toute question, adressez-vous à Léa Dubois ou au support.');
    const strings = loadLocStrings('fr-fr');
    // The status as a pill, in words (the history says the other steps' statuses in its sentences).
    expect(screen.getByText(strings.ticketStatus.in_progress, { exact: true })).toBeInTheDocument();
    const history = within(screen.getByRole('region', { name: 'Historique' })).getAllByRole('listitem');
    expect(history.map(li => li.textContent)).toEqual([
      expect.stringMatching(/Demande déposée par Léa Dubois$/),
      expect.stringMatching(/Nouvel état : .+ par Karim Haddad$/),
      expect.stringMatching(/Message de Karim Haddad \(support\) :Accordé pour la salle B204\.$/),
      expect.stringMatching(/Confiée à : Réseau L2$/)
    ]);
    expect(screen.getByText('Examens')).toBeInTheDocument();
    expect(screen.getByText('Droit civil')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getAllByRole('button').map(b => b.textContent)).toEqual(['Retour à mes demandes']);
    expect(screen.queryByRole('region', { name: /Pièces jointes/ })).toBeNull();
  });

  it('lists the files the requester shared, in English too', async () => {
    renderPage(services({ kind: 'view', view: VIEW, files: [{ name: 'certificat.pdf', url: '/x/certificat.pdf' }] }), { initialFollowId: 42 }, 'en');
    const files = await screen.findByRole('region', { name: 'Files shared by Léa Dubois' });
    expect(within(files).getByRole('link', { name: 'certificat.pdf' })).toHaveAttribute('href', '/x/certificat.pdf');
    expect(screen.getByText(/You are informed of this request at/)).toHaveTextContent(/^You are informed of this request at Léa Dubois's request\. You cannot act on it/);
  });

  it('tells someone who is not (or no longer) kept informed so, not a generic error', async () => {
    renderPage(services({ kind: 'notFollowed' }), { initialFollowId: 42 });
    expect(await screen.findByText(/Vous n'êtes pas \(ou plus\) tenu informé de cette demande/)).toBeInTheDocument();
  });

  it('shows "Demandes que je suis" on My requests only to someone who follows a request, and opens it', async () => {
    const s = services({ kind: 'view', view: VIEW, files: [] }, [{ ticketId: 42, title: 'Tiers temps' }]);
    renderPage(s);
    const section = await screen.findByRole('region', { name: 'Demandes que je suis' });
    expect(within(section).getByRole('link', { name: 'Tiers temps' })).toHaveAttribute('href', '?follow=42');
    fireEvent.click(within(section).getByRole('link', { name: 'Tiers temps' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Demande n° 42/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?follow=42');
    fireEvent.click(screen.getByRole('button', { name: 'Retour à mes demandes' }));
    expect(window.location.search).toBe('');
    // Back on the lists, the focus is on the link of the request that was open.
    const again = within(await screen.findByRole('region', { name: 'Demandes que je suis' })).getByRole('link', { name: 'Tiers temps' });
    await waitFor(() => expect(again).toHaveFocus());
  });

  it('shows no such section to someone who follows nothing', async () => {
    const s = services({ kind: 'notFollowed' });
    renderPage(s);
    await waitFor(() => expect(s.followed).toHaveBeenCalled());
    expect(screen.queryByRole('region', { name: 'Demandes que je suis' })).toBeNull();
  });
});

describe('who is kept informed, on the requester\'s page', () => {
  const renderList = (people: React.ComponentProps<typeof InformedList>['people']): void => {
    render(
      <HelpCenterProvider value={{ sp: {} as SPFI, strings: loadLocStrings('fr-fr'), locale: 'fr', currentUser: { loginName: '', email: 'lea@x', displayName: 'Léa' } }}>
        <InformedList id="hc-informed" entries={[]} people={people} />
      </HelpCenterProvider>
    );
  };

  it('tells confirmed people apart from people asked for and not confirmed yet', () => {
    renderList({ confirmed: [{ name: 'Prof. Jean Moreau', email: 'jean@x' }], asked: [{ name: 'Sophie Bernard', email: 'sophie@x' }] });
    const section = screen.getByRole('region', { name: 'Personnes tenues informées' });
    const strings = loadLocStrings('fr-fr').informedPeople;
    const confirmed = within(section).getByRole('list', { name: strings.confirmed });
    expect(within(confirmed).getAllByRole('listitem')).toHaveLength(1);
    expect(confirmed).toHaveTextContent(/Prof\. Jean Moreau.*jean@x/);
    const asked = within(section).getByRole('list', { name: strings.asked });
    expect(asked).toHaveTextContent(/Sophie Bernard.*sophie@x/);
    expect(asked).not.toHaveTextContent('Jean Moreau');
  });

  it('says when nobody else is kept informed', () => {
    renderList({ confirmed: [], asked: [] });
    expect(screen.getByText('Personne d\'autre que vous n\'est tenu informé de cette demande.')).toBeInTheDocument();
  });
});
