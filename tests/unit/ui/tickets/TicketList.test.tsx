// My requests lists the repository's summaries: number, title (isolated), status pill in her words, last change, and
// a flag when the desk waits for her; a table on a wide screen, cards on a phone.
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { TicketList, waitsForRequester } from '../../../../src/ui/tickets/mine/TicketList';
import type { MyTicketsServices } from '../../../../src/data/tickets/MyTicketsServices';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const summary = (id: number, title: string, status: 'new' | 'awaiting_user', received: boolean) => ({ id, title, status, received, open: true, finished: false, modifiedAt: new Date('2026-11-02T08:30:00Z') });
const SUMMARIES = [summary(12, '\u202Bمرحبا Wi-Fi', 'awaiting_user', true), summary(13, 'Imprimante', 'new', false)];

function show(onOpen: jest.Mock, props: { focusId?: number; onFocused?: () => void; newRequestUrl?: string } = {}, summaries = SUMMARIES): MyTicketsServices {
  const services = {
    viewer: jest.fn(async () => ({ userId: 3, isAgent: false })),
    list: jest.fn(async () => ({ items: [], summaries })),
  } as unknown as MyTicketsServices;
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: '', email: '', displayName: '' } }}>
      <TicketList services={services} onOpen={onOpen} {...props} />
    </HelpCenterProvider>
  );
  return services;
}

/** Sets the width media queries answer for (jsdom has no layout). */
function screenWidth(phone: boolean): void {
  window.matchMedia = ((query: string) => ({ matches: phone, media: query, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined })) as unknown as typeof window.matchMedia;
}

afterEach(() => { delete (window as { matchMedia?: unknown }).matchMedia; });

it('lists her requests in a table from their summaries and opens one', async () => {
  screenWidth(false);
  const onOpen = jest.fn();
  show(onOpen);
  const grid = await screen.findByRole('grid', { name: fr.myTickets.sectionMine });
  const rows = within(grid).getAllByRole('row').slice(1);
  expect(rows.map(r => within(r).getAllByRole('gridcell').map(c => c.textContent))).toEqual([
    ['12', `\u202Bمرحبا Wi-Fi${fr.myTickets.waitingForYou}`, fr.ticketStatus.awaiting_user, '2 nov. 2026'],
    ['13', 'Imprimante', fr.myTickets.notReceived, '2 nov. 2026'],
  ]);
  expect(screen.getByText('\u202Bمرحبا Wi-Fi').tagName).toBe('BDI');
  const link = screen.getByRole('link', { name: 'Imprimante' });
  expect(link).toHaveAttribute('href', '?ticket=13');
  fireEvent.click(link);
  expect(onOpen).toHaveBeenCalledWith(13);
});

it('shows cards on a phone, each with its number, status and flag', async () => {
  screenWidth(true);
  const onOpen = jest.fn();
  show(onOpen);
  const cards = within(await screen.findByRole('list', { name: fr.myTickets.sectionMine })).getAllByRole('listitem');
  expect(cards).toHaveLength(2);
  expect(cards[0]).toHaveTextContent('Demande n°12');
  expect(cards[0]).toHaveTextContent(fr.myTickets.waitingForYou);
  expect(cards[1]).toHaveTextContent(fr.myTickets.notReceived);
  expect(screen.queryByRole('grid')).toBeNull();
  fireEvent.click(within(cards[0]).getByRole('link'));
  expect(onOpen).toHaveBeenCalledWith(12);
});

it('puts the focus back on the link of the request that was open', async () => {
  const onFocused = jest.fn();
  show(jest.fn(), { focusId: 13, onFocused });
  const link = await screen.findByRole('link', { name: 'Imprimante' });
  await waitFor(() => expect(link).toHaveFocus());
  expect(onFocused).toHaveBeenCalled();
});

it('says there is none yet and offers to file one', async () => {
  show(jest.fn(), { newRequestUrl: '/sites/hc/SitePages/NewRequest.aspx' }, []);
  expect(await screen.findByText(fr.myTickets.empty)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: fr.myTickets.newRequest })).toHaveAttribute('href', '/sites/hc/SitePages/NewRequest.aspx');
});

it.each([
  ['awaiting her answer', 'awaiting_user', true, true],
  ['resolved, to accept or contest', 'resolved', true, true],
  ['in progress', 'in_progress', true, false],
  ['not received yet', 'awaiting_user', false, false],
] as const)('the desk waits for her: %s', (_label, status, received, expected) => {
  expect(waitsForRequester({ status, received })).toBe(expected);
});

it('shows the status filter when she asks for it, lists the status she chose, and all again when she hides it', async () => {
  screenWidth(false);
  const services = show(jest.fn());
  await screen.findByRole('grid', { name: fr.myTickets.sectionMine });
  // Its name is the label, then the status chosen.
  const name = new RegExp(`^${fr.myTickets.statusFilter}`);
  expect(screen.queryByRole('combobox', { name })).toBeNull();
  const toggle = screen.getByRole('button', { name: fr.myTickets.filterByStatus });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(toggle);
  const filter = await screen.findByRole('combobox', { name });
  await waitFor(() => expect(filter).toHaveFocus());
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  fireEvent.click(filter);
  fireEvent.click(await screen.findByRole('option', { name: fr.ticketStatus.awaiting_user }));
  await waitFor(() => expect(services.list).toHaveBeenLastCalledWith('mine', 'awaiting_user'));
  fireEvent.click(toggle);
  await waitFor(() => expect(services.list).toHaveBeenLastCalledWith('mine', undefined));
  expect(screen.queryByRole('combobox', { name })).toBeNull();
});

it('gives an agent two tabs: hers, and those she filed for other people', async () => {
  screenWidth(false);
  const services = {
    viewer: jest.fn(async () => ({ userId: 3, isAgent: true })),
    list: jest.fn(async () => ({ items: [], summaries: SUMMARIES })),
  } as unknown as MyTicketsServices;
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: '', email: '', displayName: '' } }}>
      <TicketList services={services} onOpen={jest.fn()} />
    </HelpCenterProvider>
  );
  const tab = await screen.findByRole('tab', { name: fr.myTickets.tabOnBehalf });
  expect(screen.getByRole('tab', { name: fr.myTickets.tabMine })).toHaveAttribute('aria-selected', 'true');
  fireEvent.click(tab);
  await waitFor(() => expect(services.list).toHaveBeenLastCalledWith('filedForOthers', undefined));
  // Her own list only has the status filter.
  expect(screen.queryByRole('button', { name: fr.myTickets.filterByStatus })).toBeNull();
});

it('shows a requester no tabs', async () => {
  screenWidth(false);
  show(jest.fn());
  await screen.findByRole('grid', { name: fr.myTickets.sectionMine });
  expect(screen.queryByRole('tablist')).toBeNull();
});
