// The form's handling of odd input and the hours: a refused file name shown with the name it will be stored under,
// a file whose content lies about its type refused with a clear message (everything typed kept), the hours now and
// next near the submit and in the confirmation, durations in words, and the choice to share files with watchers.
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { TicketForm } from '../../../../src/ui/tickets/form/TicketForm';
import type { DraftStore, SavedDraft } from '../../../../src/ui/tickets/form/draftStore';
import type { TicketFormServices, TicketSubmission } from '../../../../src/data/intake/TicketFormServices';
import type { IntakeFormData } from '../../../../src/data/intake/IntakeService';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const slots = (start: string, end: string) => [{ start, end }];
const CALENDAR = JSON.stringify({
  timeZone: 'Europe/Paris',
  weekly: { mon: slots('08:00', '18:00'), tue: slots('08:00', '18:00'), wed: slots('08:00', '18:00'), thu: slots('08:00', '18:00'), fri: slots('08:00', '18:00'), sat: [], sun: [] },
  periods: [{ key: 'exams', label: { fr: 'Session d\'examens de juin 2026', en: 'June 2026 exam session' }, start: '2026-05-26', end: '2026-06-20',
    weekly: { mon: slots('07:30', '19:30'), tue: slots('07:30', '19:30'), wed: slots('07:30', '19:30'), thu: slots('07:30', '19:30'), fri: slots('07:30', '19:30'), sat: slots('07:30', '19:30'), sun: [] } }],
  holidays: [],
});
const DATA: IntakeFormData = {
  categories: [{ id: 3, titleFr: 'Examens en ligne', titleEn: 'Online exams', defaultTeamId: 7, formFields: [], requiredFields: [], firstResponseHours: 0.25, approvalRequired: false, sortOrder: 1 }],
  locations: [], teams: [{ id: 7, titleFr: 'Support e-learning', titleEn: 'E-learning support', businessHours: CALENDAR, memberIds: [] }],
  settings: {}, currentUserId: 12, isAgent: false,
};
const PROF = { loginName: 'i:0#.f|membership|jean.moreau@x', displayName: 'Jean Moreau', email: 'jean.moreau@x', siteUserId: 40 };

function memoryStore(saved?: SavedDraft): DraftStore {
  let d = saved;
  return { load: async () => d, save: async (x) => { d = x; }, clear: async () => { d = undefined; } };
}

function services(submit = jest.fn(async (_s: TicketSubmission) => ({ ticketId: 51, received: false, mailSent: false }))): TicketFormServices & { submit: typeof submit } {
  return { loadFormData: async () => DATA, searchPeople: async () => [], ensureUserId: async () => 1, submit };
}

function draft(files: File[], over: Partial<SavedDraft> = {}): SavedDraft {
  return {
    clientRequestId: 'c-1', savedAt: '2026-05-25T08:00:00Z', watchers: [],
    fields: { kind: 'assistance', categoryId: 3, title: 'Dépôt refusé', description: 'Le dépôt de mon rapport échoue.' },
    attachments: files.map(f => ({ name: f.name, type: f.type, size: f.size, content: f })), ...over,
  };
}

function show(svc: TicketFormServices, store: DraftStore): void {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: 'lea', email: 'lea@x', displayName: 'Léa Dubois' } }}>
      <TicketForm services={svc} drafts={store} prefill={{}} myTicketsUrl="/my" />
    </HelpCenterProvider>
  );
}

const pdf = (name: string) => new File([new Uint8Array(Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n', 'latin1'))], name, { type: 'application/pdf' });
const program = (name: string) => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0])], name, { type: 'application/pdf' });

beforeEach(() => {
  // Only the clock is fixed (Whit Monday 2026, 10:00 in Paris); timers stay real for the form's own delays.
  jest.useFakeTimers({ now: new Date('2026-05-25T08:00:00Z'), doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'hrtime', 'performance'] });
});
afterEach(() => jest.useRealTimers());

it('shows the name a refused file name is stored under, and submits it under that name', async () => {
  const svc = services();
  show(svc, memoryStore(draft([pdf('rapport #1 : 50%?.pdf')])));
  expect(await screen.findByText('rapport _1 _ 50_.pdf')).toBeInTheDocument();
  expect(screen.getByText('rapport _1 _ 50_.pdf').closest('span')!.textContent).toBe('enregistré sous « rapport _1 _ 50_.pdf »');
  fireEvent.click(screen.getByRole('button', { name: fr.ticketForm.submit }));
  await waitFor(() => expect(svc.submit).toHaveBeenCalledTimes(1));
  expect(svc.submit.mock.calls[0][0].attachments.map(a => a.name)).toEqual(['rapport _1 _ 50_.pdf']);
});

it('refuses a file whose content lies about its type, keeping everything typed', async () => {
  const svc = services();
  show(svc, memoryStore(draft([program('sujet.pdf'), pdf('notes.pdf')])));
  fireEvent.click(await screen.findByRole('button', { name: fr.ticketForm.submit }));
  expect(await screen.findByText(/« sujet\.pdf » n'est pas vraiment un fichier PDF/)).toBeInTheDocument();
  expect(screen.queryByText(/« notes\.pdf » n'est pas vraiment/)).toBeNull();
  expect(svc.submit).not.toHaveBeenCalled();
  expect(screen.getByLabelText(/Titre/)).toHaveValue('Dépôt refusé');
  // Removing the impostor lets the request go.
  fireEvent.click(screen.getByRole('button', { name: 'Retirer sujet.pdf' }));
  fireEvent.click(screen.getByRole('button', { name: fr.ticketForm.submit }));
  await waitFor(() => expect(svc.submit).toHaveBeenCalledTimes(1));
});

it('shows the hours now and the next change near the submit, and in words in the confirmation', async () => {
  show(services(), memoryStore(draft([])));
  const hours = await screen.findByRole('region', { name: fr.hours.heading });
  expect(within(hours).getByText('Ouvert en ce moment, jusqu\'à 18h.')).toBeInTheDocument();
  expect(within(hours).getByText('Horaires : lundi – vendredi 8h–18h.')).toBeInTheDocument();
  expect(within(hours).getByText('À partir du mardi 26 mai (Session d\'examens de juin 2026) : lundi – samedi 7h30–19h30.')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: fr.ticketForm.submit }));
  expect(await screen.findByText('Première réponse attendue sous 15 min.')).toBeInTheDocument();
  const team = screen.getByRole('region', { name: fr.ticketForm.confirmationHoursHeading });
  expect(within(team).getByText(/À partir du mardi 26 mai/)).toBeInTheDocument();
});

it('offers to share the files only when someone is kept informed and there are files; off unless ticked', async () => {
  const svc = services();
  show(svc, memoryStore(draft([pdf('notes.pdf')], { watchers: [PROF] })));
  const box = await screen.findByRole('checkbox', { name: fr.ticketForm.shareFilesLabel });
  expect(box).not.toBeChecked();
  expect(box).toHaveAccessibleDescription(fr.ticketForm.shareFilesHelp);
  fireEvent.click(box);
  fireEvent.click(screen.getByRole('button', { name: fr.ticketForm.submit }));
  await waitFor(() => expect(svc.submit).toHaveBeenCalledTimes(1));
  expect(svc.submit.mock.calls[0][0].ticket).toMatchObject({ shareFiles: true, watcherIds: [40] });
});

it('no people to inform: no choice to share, and nothing shared', async () => {
  const svc = services();
  show(svc, memoryStore(draft([pdf('notes.pdf')], { shareFiles: true })));
  fireEvent.click(await screen.findByRole('button', { name: fr.ticketForm.submit }));
  await waitFor(() => expect(svc.submit).toHaveBeenCalledTimes(1));
  expect(screen.queryByRole('checkbox', { name: fr.ticketForm.shareFilesLabel })).toBeNull();
  expect(svc.submit.mock.calls[0][0].ticket.shareFiles).toBe(false);
});

it('a refused submit lists each field to fix in a focused summary whose links move the focus to the field', async () => {
  const svc = services();
  show(svc, memoryStore());
  fireEvent.click(await screen.findByRole('button', { name: fr.ticketForm.submit }));
  const summary = await screen.findByRole('group', { name: 'La demande n\'a pas été envoyée : 3 champ(s) à corriger.' });
  expect(within(summary).getByRole('link', { name: 'Catégorie : Ce champ est obligatoire.' })).toHaveAttribute('href', '#hc-category-input');
  await waitFor(() => expect(summary).toHaveFocus());
  const link = within(summary).getByRole('link', { name: 'Titre : Ce champ est obligatoire.' });
  expect(within(summary).getByRole('link', { name: 'Description : Ce champ est obligatoire.' })).toHaveAttribute('href', '#hc-description');
  Element.prototype.scrollIntoView = jest.fn();
  fireEvent.click(link);
  expect(screen.getByRole('textbox', { name: /^Titre/ })).toHaveFocus();
  expect(screen.getByRole('textbox', { name: /^Titre/ })).toHaveAttribute('aria-invalid', 'true');
  expect(svc.submit).not.toHaveBeenCalled();
  expect(document.querySelector('select')).toBeNull();
});

it('finds people with the picker, showing their initials, and keeps the chosen one as a removable persona', async () => {
  const svc = { ...services(), searchPeople: jest.fn(async () => [{ loginName: PROF.loginName, displayName: PROF.displayName, email: PROF.email }]), ensureUserId: async () => 40 };
  show(svc, memoryStore(draft([])));
  // Optional, so behind an action: the picker loads when asked for, and the focus moves to its search input.
  const reveal = await screen.findByRole('button', { name: fr.ticketForm.watchersShow });
  expect(reveal).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('combobox', { name: fr.ticketForm.watchersLabel })).toBeNull();
  const region = document.getElementById(reveal.getAttribute('aria-controls')!);
  expect(region).not.toBeNull();
  fireEvent.click(reveal);
  expect(reveal).toHaveAttribute('aria-expanded', 'true');
  const input = await screen.findByRole('combobox', { name: fr.ticketForm.watchersLabel });
  expect(region).toContainElement(input);
  await waitFor(() => expect(input).toHaveFocus());
  await userEvent.type(input, 'moreau');
  const option = await screen.findByRole('option', { name: /Jean Moreau/ }, { timeout: 3000 });
  expect(svc.searchPeople).toHaveBeenCalledWith('moreau');
  expect(within(option).getByText('JM')).toBeInTheDocument();
  fireEvent.click(option);
  expect(await screen.findByRole('button', { name: /Retirer Jean Moreau/ })).toBeInTheDocument();
  // Someone named: the field stays, without the action that would hide them.
  expect(screen.queryByRole('button', { name: fr.ticketForm.watchersShow })).toBeNull();
});

it('shows the people to inform at once when the draft names some, and hides an opened empty field again', async () => {
  show(services(), memoryStore(draft([], { watchers: [PROF] })));
  expect(await screen.findByRole('combobox', { name: fr.ticketForm.watchersLabel })).not.toHaveFocus();
  expect(screen.queryByRole('button', { name: fr.ticketForm.watchersShow })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: /Retirer Jean Moreau/ }));
  const reveal = await screen.findByRole('button', { name: fr.ticketForm.watchersShow });
  expect(reveal).toHaveAttribute('aria-expanded', 'true');
  fireEvent.click(reveal);
  expect(reveal).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('combobox', { name: fr.ticketForm.watchersLabel })).toBeNull();
});
