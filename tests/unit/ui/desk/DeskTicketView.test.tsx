// The desk's ticket page reads the view model: every field the requester captured and the desk's own, labelled by
// the catalogue, the status in the desk's words, typed text isolated, and a clash reloads the ticket.
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { DeskTicketView, DeskTicketServices } from '../../../../src/ui/desk/DeskTicketView';
import { formClasses } from '../../../../src/ui/common/formStyles';
import { TicketConflictError } from '../../../../src/data/tickets/ticketTypes';
import type { TicketPageData } from '../../../../src/data/tickets/TicketRepository';
import { TICKET_FIELDS } from '../../../../src/domain/tickets/fields';
import { loadLocStrings } from '../../../../workbench/host/locStrings';
import { KARIM, fullTicket, pageData } from '../../../fixtures/ticketPage';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const REFERENCE = { categories: [], locations: [], teams: [{ id: 6, titleFr: 'Technique N2', titleEn: 'Technical L2', memberIds: [KARIM.id] }], settings: {}, currentUserId: KARIM.id, isAgent: true };

function services(pages: TicketPageData[], act: DeskTicketServices['act'] = jest.fn(async () => ({ mailSent: true }))): DeskTicketServices {
  let i = 0;
  return {
    page: jest.fn(async () => pages[Math.min(i++, pages.length - 1)]), addNote: jest.fn(async () => undefined), act,
    linkedIncidents: jest.fn(async () => []), publishAnnouncement: jest.fn(async () => 1), searchPeople: jest.fn(async () => []), resolvePerson: jest.fn(),
    categoryApproval: jest.fn(async () => ({ required: false })),
  } as unknown as DeskTicketServices;
}

async function open(svc: DeskTicketServices): Promise<HTMLElement> {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: '', email: KARIM.email, displayName: KARIM.displayName } }}>
      <DeskTicketView id={42} services={svc} classes={formClasses(createTheme())} reference={REFERENCE as never} snapshot={[]} openApproval={false} onOpen={jest.fn()} onBack={jest.fn()} />
    </HelpCenterProvider>
  );
  return screen.findByRole('region', { name: fr.fieldDisplay.heading });
}

it('shows every desk field of a maintenance incident, with the asked priority beside the desk\'s', async () => {
  const region = await open(services([pageData('desk')]));
  const terms = within(region).getAllByRole('term').map(t => t.textContent);
  expect(terms).toEqual(TICKET_FIELDS.filter(f => f.audience.indexOf('desk') >= 0).map(f => fr.fields[f.key].label));
  const value = (label: string): string => {
    const term = within(region).getAllByRole('term').filter(t => t.textContent === label)[0];
    return (term.nextElementSibling && term.nextElementSibling.textContent) || '';
  };
  expect(value(fr.fields.location.label)).toBe('Vidéoprojecteur Epson, Salle B204 (Bâtiment B)');
  expect(value(fr.fields.incidentType.label)).toBe('Matériel');
  expect(value(fr.fields.severity.label)).toBe('Réparation');
  expect(value(fr.fields.priority.label)).toBe('Haute');
  expect(value(fr.fields.askedPriority.label)).toBe('Critique');
  expect(value(fr.fields.channel.label)).toBe('Téléphone');
  expect(value(fr.fields.filedBy.label)).toBe('Karim Haddad');
  expect(value(fr.fields.escalatedTo.label)).toBe('Marc Lefebvre');
  expect(value(fr.fields.course.label)).toBe('Droit civil L2');
  // The desk's words for the status; the title a person typed is isolated.
  expect(screen.getByText('En cours')).toBeInTheDocument();
  const title = screen.getByText('Vidéoprojecteur en panne');
  expect(title.tagName).toBe('BDI');
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Demande n°42 : Vidéoprojecteur en panne');
});

it('says a ticket waiting for the requester is awaiting the requester, not "your answer"', async () => {
  await open(services([pageData('desk', fullTicket({ status: 'awaiting_user' }))]));
  expect(screen.getByText(fr.deskStatus.awaiting_user)).toBeInTheDocument();
  expect(screen.queryByText(fr.ticketStatus.awaiting_user)).toBeNull();
});

it('reloads the ticket after a clash and names its status in the desk\'s words', async () => {
  const stale = pageData('desk', fullTicket({ status: 'in_progress' }));
  const fresh = pageData('desk', fullTicket({ status: 'awaiting_user' }));
  const act = jest.fn(async () => { throw new TicketConflictError(fresh.ticket); });
  const svc = services([stale, fresh], act);
  await open(svc);
  fireEvent.change(screen.getByRole('textbox', { name: fr.deskTicket.replyLabel }), { target: { value: 'Nous passons à 14 h.' } });
  await act_(() => fireEvent.click(screen.getByRole('button', { name: fr.deskTicket.sendReply })));
  await waitFor(() => expect(screen.getByText(fr.ticketActions.conflict.replace('{0}', fr.deskStatus.awaiting_user))).toBeInTheDocument());
  // The reply box keeps what was typed.
  expect(screen.getByRole('textbox', { name: fr.deskTicket.replyLabel })).toHaveValue('Nous passons à 14 h.');
});

async function act_(fn: () => void): Promise<void> {
  await act(async () => { fn(); await Promise.resolve(); });
}
