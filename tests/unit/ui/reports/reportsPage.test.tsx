// The reports page through its services: an agent sees the summary and the tables with their captions, a filter
// changes the figures with no new read, another period is read once; anyone else is told the page is the support's;
// the monthly summary's opt-in (issue 17) and the month a summary mail links to.
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { ReportsPage } from '../../../../src/ui/reports/ReportsPage';
import type { MySubscription, ReportFirstData, ReportReference, ReportRows, ReportsServices, SubscriptionService } from '../../../../src/data/reports/services';
import { SubscriptionConflict } from '../../../../src/data/reports/subscriptions';
import type { ReportTicket } from '../../../../src/domain/reports';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const en = loadLocStrings('en-us');

const reference = (isReader: boolean): ReportReference => ({
  isReader, timeZone: 'Europe/Paris', sessions: [],
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

/** A subscription saved in memory; `conflictOnce` answers the next save as another tab's change would (412). */
function subscriptionService(saves: boolean[], conflictOnce: { current?: MySubscription } = {}): SubscriptionService {
  let saved: MySubscription = { subscribed: false };
  return {
    mine: async () => saved,
    save: async subscribed => {
      if (conflictOnce.current) { saved = conflictOnce.current; conflictOnce.current = undefined; throw new SubscriptionConflict(saved); }
      saves.push(subscribed);
      saved = { subscribed, itemId: 1, etag: `"${saves.length}"` };
      return saved;
    }
  };
}

function setup(isReader: boolean, locale: 'fr' | 'en' = 'fr', conflictOnce: { current?: MySubscription } = {}): { services: ReportsServices; reads: string[]; saves: boolean[] } {
  const reads: string[] = [];
  const saves: boolean[] = [];
  const subscription = subscriptionService(saves, conflictOnce);
  const services: ReportsServices = {
    first: async () => { reads.push('first'); return { reference: reference(isReader), rows } as ReportFirstData; },
    rows: async () => { reads.push('rows'); return { received: [], resolved: [], open: rows.open, events: [], reopenedTicketIds: [] }; },
    subscription: async () => subscription
  };
  render(<HelpCenterProvider value={{ sp: {} as SPFI, strings: locale === 'en' ? en : fr, locale, currentUser: { loginName: '', email: '', displayName: '' } }}><ReportsPage services={services} /></HelpCenterProvider>);
  return { services, reads, saves };
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

it('tells anyone who does not read the reports that they are the support\'s and the managers\'', async () => {
  setup(false);
  expect(await screen.findByText('Les rapports sont réservés à l\'équipe de support, aux responsables et aux propriétaires du centre d\'aide.')).toBeInTheDocument();
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.queryByRole('switch')).toBeNull();
});

it('saves the monthly summary opt-in at once and says so; a change made elsewhere is shown as saved', async () => {
  const conflict: { current?: MySubscription } = {};
  const { saves } = setup(true, 'fr', conflict);
  const toggle = await screen.findByRole('switch', { name: 'Recevoir le résumé mensuel par courriel' });
  await waitFor(() => expect(toggle).not.toBeDisabled());
  expect(toggle).not.toBeChecked();
  fireEvent.click(toggle);
  expect(await screen.findByText('C\'est noté : vous recevrez le résumé mensuel.')).toBeInTheDocument();
  expect(toggle).toBeChecked();
  expect(saves).toEqual([true]);
  conflict.current = { subscribed: false, itemId: 1, etag: '"9"' };
  fireEvent.click(toggle);
  expect(await screen.findByText(/Votre choix a été modifié entre-temps/)).toBeInTheDocument();
  expect(toggle).not.toBeChecked();
  expect(saves).toEqual([true]);
});

it('opens on the month a summary mail links to (?period=YYYY-MM)', async () => {
  window.history.replaceState(null, '', '/sites/helpcenter/SitePages/Reports.aspx?period=2026-02');
  try {
    setup(true);
    expect(await screen.findByText('0 demande reçue, 0 résolue, 2 en cours aujourd\'hui.')).toBeInTheDocument();
    expect(screen.getByLabelText('Période')).toHaveTextContent('Des dates choisies');
    expect(screen.getByLabelText('Du')).toHaveValue('2026-02-01');
    expect(screen.getByLabelText('Au')).toHaveValue('2026-02-28');
  } finally {
    window.history.replaceState(null, '', '/');
  }
});

it('speaks English to an English-speaking agent, team names included', async () => {
  setup(true, 'en');
  expect(await screen.findByText('3 requests received, 1 resolved, 2 open today.')).toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: 'By team' })).getByRole('rowheader', { name: 'IT' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Export as CSV: Received and resolved per month' })).toBeInTheDocument();
  expect(screen.getByLabelText('Period')).toHaveTextContent('This month');
});
