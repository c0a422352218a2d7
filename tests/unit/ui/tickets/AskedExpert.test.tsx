// "Ask this expert" on the request form: who the request goes to (and whether the desk hands it to them), the id the
// submit writes (only on a page that names the expert), an address naming nobody, and the chosen category's community.
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { TicketForm } from '../../../../src/ui/tickets/form/TicketForm';
import type { DraftStore, SavedDraft } from '../../../../src/ui/tickets/form/draftStore';
import type { TicketFormServices, TicketSubmission } from '../../../../src/data/intake/TicketFormServices';
import type { IntakeFormData } from '../../../../src/data/intake/IntakeService';
import type { AskedExpert } from '../../../../src/data/intake/askExpert';
import type { FormPrefill } from '../../../../src/ui/tickets/form/useTicketForm';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const s = fr.ticketForm;
/** Text as Testing Library compares it (whitespace, the French no-break spaces included, collapsed). */
const norm = (text: string): string => text.replace(/\s+/g, ' ');
const MOODLE_URL = 'https://teams.microsoft.com/l/channel/19%3Am%40thread.tacv2/Moodle';
const DATA: IntakeFormData = {
  categories: [
    { id: 1, titleFr: 'Pédagogie', titleEn: 'Learning', defaultTeamId: 7, formFields: [], requiredFields: [], approvalRequired: false, sortOrder: 1, communityUrl: MOODLE_URL, communityName: 'Moodle' },
    { id: 2, parentId: 1, titleFr: 'Quiz', titleEn: 'Quizzes', defaultTeamId: 7, formFields: [], requiredFields: [], approvalRequired: false, sortOrder: 2 },
    { id: 3, titleFr: 'Piège', titleEn: 'Trap', defaultTeamId: 7, formFields: [], requiredFields: [], approvalRequired: false, sortOrder: 3, communityUrl: 'javascript:alert(1)', communityName: 'Piège' }
  ],
  locations: [], teams: [{ id: 7, titleFr: 'E-learning', titleEn: 'E-learning', memberIds: [9] }],
  settings: {}, currentUserId: 12, isAgent: false
};
const JULIE: AskedExpert = { id: 9, name: 'Julie Petit', email: 'julie.petit@x.fr', listed: true };

function memoryStore(saved?: SavedDraft): DraftStore {
  let d = saved;
  return { load: async () => d, save: async (x) => { d = x; }, clear: async () => { d = undefined; } };
}

function services(findExpert?: (email: string) => Promise<AskedExpert | undefined>) {
  const submit = jest.fn(async (_s: TicketSubmission) => ({ ticketId: 51, received: false, mailSent: false }));
  const svc: TicketFormServices = { loadFormData: async () => DATA, searchPeople: async () => [], ensureUserId: async () => 1, submit, findExpert };
  return { svc, submit };
}

const filled = (over: Partial<SavedDraft> = {}): SavedDraft => ({
  clientRequestId: 'c-1', savedAt: '2026-12-03T08:00:00Z', watchers: [], attachments: [],
  fields: { kind: 'assistance', categoryId: 2, title: 'Quiz invisible', description: 'Mon quiz ne s\'ouvre pas.' }, ...over
});

function show(svc: TicketFormServices, store: DraftStore, prefill: FormPrefill): void {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', siteUrl: 'https://x.sharepoint.com/sites/hc', currentUser: { loginName: 'lea', email: 'lea@x', displayName: 'Léa Dubois' } }}>
      <TicketForm services={svc} drafts={store} prefill={prefill} myTicketsUrl="/my" />
    </HelpCenterProvider>
  );
}

async function submitted(submit: jest.Mock): Promise<TicketSubmission['ticket']> {
  fireEvent.click(screen.getByRole('button', { name: s.submit }));
  await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
  return (submit.mock.calls[0][0] as TicketSubmission).ticket;
}

it('names the listed agent the request goes to, and the submit asks them', async () => {
  const find = jest.fn(async () => JULIE);
  const { svc, submit } = services(find);
  show(svc, memoryStore(filled()), { expert: JULIE.email });
  const region = await screen.findByRole('region', { name: s.expertHeading });
  expect(region).toHaveTextContent('Julie Petit');
  expect(region).toHaveTextContent(norm(s.expertRouted));
  expect(find).toHaveBeenCalledWith(JULIE.email);
  expect((await submitted(submit)).expertId).toBe(9);
});

it('says when the person takes no requests through the help center (not listed, or no agent), and still records whom she asked', async () => {
  const { svc, submit } = services(async () => ({ ...JULIE, listed: false }));
  show(svc, memoryStore(filled()), { expert: JULIE.email });
  expect(await screen.findByText(norm(s.expertNotRouted.replace('{0}', 'Julie Petit')))).toBeInTheDocument();
  expect((await submitted(submit)).expertId).toBe(9);
});

it('an address naming nobody known: the form says so and files an ordinary request', async () => {
  const { svc, submit } = services(async () => undefined);
  show(svc, memoryStore(filled({ expertId: 4 })), { expert: 'personne@x.fr' });
  expect(await screen.findByText(norm(s.expertUnknown.replace('{0}', 'personne@x.fr')))).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: s.expertHeading })).toBeNull();
  expect((await submitted(submit)).expertId).toBeUndefined();
});

it('a draft restored on the plain form asks nobody, whatever expert it once named', async () => {
  const { svc, submit } = services(jest.fn());
  show(svc, memoryStore(filled({ expertId: 9 })), {});
  await screen.findByRole('button', { name: s.submit });
  expect(screen.queryByRole('region', { name: s.expertHeading })).toBeNull();
  expect((await submitted(submit)).expertId).toBeUndefined();
});

it('shows the chosen category\'s community (its parent\'s when it has none) in a new tab, never an address communityOf refuses', async () => {
  const { svc } = services();
  show(svc, memoryStore(filled()), {});
  const link = await screen.findByRole('link', { name: s.communityTeams.replace('{0}', 'Moodle') });
  expect(link).toHaveAttribute('href', MOODLE_URL);
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

it('shows no community for a category whose address is not a Teams or Viva Engage https link', async () => {
  const { svc } = services();
  show(svc, memoryStore(filled({ fields: { kind: 'assistance', categoryId: 3, title: 'x', description: 'y' } })), {});
  await screen.findByRole('button', { name: s.submit });
  await new Promise(r => setTimeout(r, 50));
  expect(screen.queryByRole('link', { name: /communauté/ })).toBeNull();
});
