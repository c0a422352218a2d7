// The requester's page of her request reads the view model: the fields she gave and the desk's she may see,
// never the desk's internal ones; the resolution once finished; her words isolated.
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { TicketView } from '../../../../src/ui/tickets/mine/TicketView';
import type { MyTicketsServices } from '../../../../src/data/tickets/MyTicketsServices';
import type { TicketPageData } from '../../../../src/data/tickets/TicketRepository';
import { toTicketView } from '../../../../src/data/tickets/ticketView';
import { TICKET_FIELDS } from '../../../../src/domain/tickets/fields';
import { loadLocStrings } from '../../../../workbench/host/locStrings';
import { LEA, fullTicket, pageData } from '../../../fixtures/ticketPage';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const en = loadLocStrings('en-us');

async function open(data: TicketPageData, strings = fr, locale: 'fr' | 'en' = 'fr'): Promise<HTMLElement> {
  const services = { ticketPage: jest.fn(async () => data), act: jest.fn(), addAttachment: jest.fn(), list: jest.fn(), viewer: jest.fn() } as unknown as MyTicketsServices;
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings, locale, currentUser: { loginName: '', email: LEA.email, displayName: LEA.displayName } }}>
      <TicketView id={42} services={services} onBack={jest.fn()} />
    </HelpCenterProvider>
  );
  return screen.findByRole('region', { name: strings.fieldDisplay.heading });
}

it('shows her every requester field, none of the desk\'s internal ones', async () => {
  const region = await open(pageData('requester'));
  const terms = within(region).getAllByRole('term').map(t => t.textContent);
  expect(terms).toEqual(TICKET_FIELDS.filter(f => f.audience.indexOf('requester') >= 0).map(f => fr.fields[f.key].label));
  [fr.fields.level.label, fr.fields.dueAt.label, fr.fields.escalatedTo.label, fr.fields.askedPriority.label].forEach(l => expect(terms).not.toContain(l));
  expect(within(region).getByText('Vidéoprojecteur Epson, Salle B204 (Bâtiment B)')).toBeInTheDocument();
  expect(screen.getByText(fr.ticketStatus.in_progress)).toBeInTheDocument();
});

it('speaks English on an English page', async () => {
  const region = await open(pageData('requester'), en, 'en');
  expect(within(region).getByText(en.fields.incidentType.label).nextElementSibling).toHaveTextContent('Hardware');
  expect(within(region).getByText(en.fields.category.label).nextElementSibling).toHaveTextContent('Room maintenance');
});

it('says a request the desk has not received yet is sent, and shows the resolution once finished', async () => {
  const sent = pageData('requester', fullTicket({ status: 'new' }));
  sent.view = { ...sent.view, received: false };
  await open(sent);
  expect(screen.getByText(fr.myTickets.notReceived)).toBeInTheDocument();
  document.body.innerHTML = '';
  const done = pageData('requester', fullTicket({ status: 'resolved', resolution: 'Lampe remplacée.' }));
  done.view = toTicketView(done.view.ticket, { received: true }, 'requester');
  await open(done);
  expect(screen.getByRole('region', { name: fr.myTickets.resolutionHeading })).toHaveTextContent('Lampe remplacée.');
});
