// The reports page through its services: an agent sees the summary and the tables with their captions, a filter
// changes the figures with no new read, another period is read once; anyone else is told the page is the support's.
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { ReportsPage } from '../../../../src/ui/reports/ReportsPage';
import type { ReportFirstData, ReportReference, ReportRows, ReportsServices } from '../../../../src/data/reports/services';
import type { ReportTicket } from '../../../../src/domain/reports';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const en = loadLocStrings('en-us');

const reference = (isAgent: boolean): ReportReference => ({
  isAgent, timeZone: 'Europe/Paris', sessions: [],
  teams: [{ id: 1, fr: 'Informatique', en: 'IT' }, { id: 2, fr: 'E-learning', en: 'E-learning' }],
  categories: [{ id: 4, fr: 'Wi-Fi', en: 'Wi-Fi' }], locations: [], articles: [],
  calendarFor: () => undefined, targetsFor: () => ({})
});

const now = new Date();
const t = (id: number, over: Partial<ReportTicket>): ReportTicket => ({
  ticketId: id, receivedAt: now, kind: 'assistance', priority: 'normal', channel: 'portal', status: 'in_progress', level: 'L1', teamId: 1, ...over
});
const rows: ReportRows = {
  received: [t(1, { categoryId: 4 }), t(2, { teamId: 2, status: 'resolved', resolvedAt: now, assignedToId: 9, assignedToName: 'Karim Haddad' }), t(3, {})],
  resolved: [t(2, { teamId: 2, status: 'resolved', resolvedAt: now, assignedToId: 9, assignedToName: 'Karim Haddad' })],
  open: [t(1, { categoryId: 4 }), t(3, {})], events: [], reopenedTicketIds: []
};

function setup(isAgent: boolean, locale: 'fr' | 'en' = 'fr'): { services: ReportsServices; reads: string[] } {
  const reads: string[] = [];
  const services: ReportsServices = {
    first: async () => { reads.push('first'); return { reference: reference(isAgent), rows } as ReportFirstData; },
    rows: async () => { reads.push('rows'); return { received: [], resolved: [], open: rows.open, events: [], reopenedTicketIds: [] }; }
  };
  render(<HelpCenterProvider value={{ sp: {} as SPFI, strings: locale === 'en' ? en : fr, locale, currentUser: { loginName: '', email: '', displayName: '' } }}><ReportsPage services={services} /></HelpCenterProvider>);
  return { services, reads };
}

beforeEach(() => window.localStorage.clear());

/** Picks an option of a Fluent UI Dropdown by its label and the option's name. */
async function choose(label: string, option: string): Promise<void> {
  fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

it('shows an agent the summary and every table by its caption; a filter changes the figures without reading again', async () => {
  const { reads } = setup(true);
  expect(await screen.findByText('3 demandes reçues, 1 résolue, 2 en cours aujourd\'hui.')).toBeInTheDocument();
  const byCategory = screen.getByRole('table', { name: 'Par catégorie' });
  expect(within(byCategory).getByRole('rowheader', { name: 'Wi-Fi' })).toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: 'Demandes résolues par interlocuteur' })).getByRole('rowheader', { name: 'Karim Haddad' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^Exporter en CSV\s:\sReçues et résolues par mois$/ })).toBeInTheDocument();
  await choose('Équipe', 'E-learning');
  expect(await screen.findByText('1 demande reçue, 1 résolue, 0 en cours aujourd\'hui.')).toBeInTheDocument();
  expect(reads).toEqual(['first']);
  expect(JSON.parse(window.localStorage.getItem('helpCenter.reports.query') || '{}').filters).toEqual({ teamId: 2 });
});

it('reads another period once, and refuses a range that ends before it starts', async () => {
  const { reads } = setup(true);
  await screen.findByText(/3 demandes reçues/);
  await choose('Période', 'Le mois dernier');
  expect(await screen.findByText('0 demande reçue, 0 résolue, 2 en cours aujourd\'hui.')).toBeInTheDocument();
  expect(reads).toEqual(['first', 'rows']);
  await choose('Période', 'Des dates choisies');
  fireEvent.change(screen.getByLabelText('Au'), { target: { value: '2000-01-01' } });
  expect(await screen.findByRole('alert')).toHaveTextContent('La date de fin précède la date de début.');
});

it('tells anyone who is not an agent that the reports are the support\'s', async () => {
  setup(false);
  expect(await screen.findByText('Les rapports sont réservés à l\'équipe de support et aux propriétaires du centre d\'aide.')).toBeInTheDocument();
  expect(screen.queryByRole('table')).toBeNull();
});

it('speaks English to an English-speaking agent, team names included', async () => {
  setup(true, 'en');
  expect(await screen.findByText('3 requests received, 1 resolved, 2 open today.')).toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: 'By team' })).getByRole('rowheader', { name: 'IT' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Export as CSV: Received and resolved per month' })).toBeInTheDocument();
  expect(screen.getByLabelText('Period')).toHaveTextContent('This month');
});
