// My requests lists the repository's summaries: number, title (isolated), status in her words, last change.
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { TicketList } from '../../../../src/ui/tickets/mine/TicketList';
import { formClasses } from '../../../../src/ui/tickets/form/formStyles';
import type { MyTicketsServices } from '../../../../src/data/tickets/MyTicketsServices';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const summary = (id: number, title: string, status: 'new' | 'awaiting_user', received: boolean) => ({ id, title, status, received, open: true, finished: false, modifiedAt: new Date('2026-11-02T08:30:00Z') });

it('lists her requests from their summaries and opens one', async () => {
  const onOpen = jest.fn();
  const services = {
    viewer: jest.fn(async () => ({ userId: 3, isAgent: false })),
    list: jest.fn(async () => ({ items: [], summaries: [summary(12, '\u202Bمرحبا Wi-Fi', 'awaiting_user', true), summary(13, 'Imprimante', 'new', false)] })),
  } as unknown as MyTicketsServices;
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: '', email: '', displayName: '' } }}>
      <TicketList services={services} classes={formClasses(createTheme())} onOpen={onOpen} />
    </HelpCenterProvider>
  );
  const rows = await screen.findAllByRole('row');
  expect(rows.slice(1).map(r => within(r).getAllByRole('cell').map(c => c.textContent))).toEqual([
    ['12', '\u202Bمرحبا Wi-Fi', fr.ticketStatus.awaiting_user, '02/11/2026'],
    ['13', 'Imprimante', fr.myTickets.notReceived, '02/11/2026'],
  ]);
  expect(screen.getByText('\u202Bمرحبا Wi-Fi').tagName).toBe('BDI');
  fireEvent.click(screen.getByRole('link', { name: 'Imprimante' }));
  expect(onOpen).toHaveBeenCalledWith(13);
});
