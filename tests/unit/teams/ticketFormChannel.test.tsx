// A request filed from Teams says so (channel 'teams': its requester's mails then link into the Teams app): the form in
// a Teams tab, or opened from one (`?from=teams`). Elsewhere the requester's channel is the portal; an agent filing for
// someone keeps the channel they chose.
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../src/ui/common/HelpCenterContext';
import { TicketForm } from '../../../src/ui/tickets/form/TicketForm';
import { prefillFromUrl } from '../../../src/ui/tickets/form/TicketFormRoot';
import type { DraftStore, SavedDraft } from '../../../src/ui/tickets/form/draftStore';
import type { TicketFormServices, TicketSubmission } from '../../../src/data/intake/TicketFormServices';
import type { IntakeFormData } from '../../../src/data/intake/IntakeService';
import type { FormPrefill } from '../../../src/ui/tickets/form/useTicketForm';
import { loadLocStrings } from '../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');

const data = (isAgent: boolean): IntakeFormData => ({
  categories: [{ id: 2, titleFr: 'Messagerie', titleEn: 'Mail', defaultTeamId: 7, formFields: [], requiredFields: [], approvalRequired: false, sortOrder: 1 }],
  locations: [], teams: [{ id: 7, titleFr: 'N1', titleEn: 'L1', memberIds: [9] }], settings: {}, currentUserId: 12, isAgent
});

function memoryStore(saved: SavedDraft): DraftStore {
  let d: SavedDraft | undefined = saved;
  return { load: async () => d, save: async (x) => { d = x; }, clear: async () => { d = undefined; } };
}

const draft = (channel?: 'phone'): SavedDraft => ({
  clientRequestId: 'c-1', savedAt: '2026-12-03T08:00:00Z', watchers: [], attachments: [],
  fields: { kind: 'assistance', categoryId: 2, title: 'Boîte pleine', description: 'Je ne reçois plus rien.', ...(channel ? { channel } : {}) }
});

async function channelFiled(prefill: FormPrefill, isAgent = false): Promise<string | undefined> {
  const submit = jest.fn(async (_s: TicketSubmission) => ({ ticketId: 51, received: false, mailSent: false }));
  const svc: TicketFormServices = { loadFormData: async () => data(isAgent), searchPeople: async () => [], ensureUserId: async () => 1, submit };
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', siteUrl: 'https://x.sharepoint.com/sites/hc', currentUser: { loginName: 'lea', email: 'lea@x', displayName: 'Léa Dubois' } }}>
      <TicketForm services={svc} drafts={memoryStore(draft(isAgent ? 'phone' : undefined))} prefill={prefill} myTicketsUrl="/my" />
    </HelpCenterProvider>
  );
  fireEvent.click(await screen.findByRole('button', { name: fr.ticketForm.submit }));
  await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
  return (submit.mock.calls[0][0] as TicketSubmission).ticket.channel;
}

it.each([
  ['a form on SharePoint', 'portal', {}, false],
  ['a form in Teams, or opened from a Teams tab', 'teams', { channel: 'teams' as const }, false],
  ['an agent filing by phone, even from Teams', 'phone', { channel: 'teams' as const }, true]
])('%s files with channel %s', async (_case, channel, prefill, isAgent) => {
  expect(await channelFiled(prefill, isAgent)).toBe(channel);
});

it.each([
  ['?from=teams', 'teams'],
  ['?q=wifi&from=teams', 'teams'],
  ['?from=portal', undefined],
  ['', undefined]
])('the form\'s address %p says the channel %p', (search, channel) => {
  expect(prefillFromUrl(search).channel).toBe(channel);
});
