import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import ApprovalDecisionPage from '../../../../src/ui/tickets/approval/ApprovalDecisionPage';
import { approvalRequestFromUrl, approvalRequestQuery } from '../../../../src/ui/tickets/mine/MyTicketsRoot';
import type { ApprovalDecisionServices, RecordedDecision } from '../../../../src/data/tickets/approvalDecisions';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const REQUEST = { ticketId: 42, requestSequence: 5 };

function renderPage(services: ApprovalDecisionServices, locale: 'fr' | 'en' = 'fr', request: typeof REQUEST & { approverId?: number } = REQUEST): void {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: loadLocStrings(locale === 'fr' ? 'fr-fr' : 'en-us'), locale, currentUser: { loginName: '', email: 'jean.moreau@univ-exemple.fr', displayName: 'Prof. Jean Moreau' } }}>
      <ApprovalDecisionPage request={request} services={services} deskUrl="https://x/sites/hc/SitePages/Desk.aspx" />
    </HelpCenterProvider>
  );
}

const services = (over: Partial<ApprovalDecisionServices> = {}): ApprovalDecisionServices => ({
  load: jest.fn(async () => ({ userId: 9, mine: undefined, isAgent: false })),
  record: jest.fn(async (_r, decision: 'approved' | 'refused', comment?: string): Promise<RecordedDecision> => ({ decision, comment, at: new Date('2026-03-10T10:05:00Z') })),
  ...over,
});

describe('the approver\'s page (from the approval mail)', () => {
  it('reads the request from the link: ticket, request sequence and who it was sent to, nothing else', () => {
    expect(approvalRequestFromUrl('?approval=42&key=5')).toEqual(REQUEST);
    expect(approvalRequestFromUrl(approvalRequestQuery({ ...REQUEST, approverId: 9 }))).toEqual({ ...REQUEST, approverId: 9 });
    expect(approvalRequestQuery({ ...REQUEST, approverId: 9 })).toBe('?approval=42&key=5&for=9');
    expect(approvalRequestFromUrl('?approval=42')).toBeUndefined();
    expect(approvalRequestFromUrl('?approval=x&key=5')).toBeUndefined();
    expect(approvalRequestFromUrl('?ticket=42')).toBeUndefined();
  });

  it('names the request, focuses its heading, and records a decision with the comment', async () => {
    const s = services();
    renderPage(s, 'fr', { ...REQUEST, approverId: 9 });
    const heading = await screen.findByRole('heading', { name: 'Dérogation pour la demande n°42' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Le courriel que vous avez reçu indique la demande/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Commentaire (facultatif, transmis avec votre décision)'), { target: { value: 'Accordé sur justificatif.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accorder la dérogation' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Votre décision est enregistrée : dérogation accordée, le .*Le support en est informé, merci\.Votre commentaire : Accordé sur justificatif\.$/));
    expect(s.record).toHaveBeenCalledWith({ ...REQUEST, approverId: 9 }, 'approved', 'Accordé sur justificatif.');
    expect(screen.queryByRole('button', { name: 'Refuser la dérogation' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Dérogation pour la demande n°42' })).toHaveFocus());
  });

  it('shows the decision already recorded on a second visit, without buttons', async () => {
    renderPage(services({ load: jest.fn(async () => ({ userId: 9, mine: { decision: 'refused' as const, at: new Date('2026-03-10T10:05:00Z') }, isAgent: false })) }), 'en');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Your decision is recorded: derogation refused, on /));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps the comment and says so when recording fails, each time', async () => {
    const record = jest.fn().mockRejectedValueOnce(new Error('503')).mockRejectedValueOnce(new Error('500'));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPage(services({ record }));
    fireEvent.change(await screen.findByLabelText('Commentaire (facultatif, transmis avec votre décision)'), { target: { value: 'Non.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Refuser la dérogation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre décision n\'a pas pu être enregistrée. Réessayez : votre commentaire est conservé.');
    expect(screen.getByLabelText('Commentaire (facultatif, transmis avec votre décision)')).toHaveValue('Non.');
    fireEvent.click(screen.getByRole('button', { name: 'Refuser la dérogation' }));
    await waitFor(() => expect(record).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('alert')).toHaveTextContent('Votre décision n\'a pas pu être enregistrée. Réessayez : votre commentaire est conservé.');
    expect(screen.getByLabelText('Commentaire (facultatif, transmis avec votre décision)')).toHaveValue('Non.');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('tells someone the link was forwarded to that the decision is the approver\'s, without buttons', async () => {
    renderPage(services(), 'fr', { ...REQUEST, approverId: 5 });
    expect(await screen.findByText(/^Ce lien a été envoyé à une autre personne : c'est elle qui décide\./)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('sends a support-group approver to the desk\'s ticket page', async () => {
    renderPage(services({ load: jest.fn(async () => ({ userId: 3, mine: undefined, isAgent: true })) }));
    expect(await screen.findByRole('link', { name: 'Ouvrir la demande n°42 dans le guichet' })).toHaveAttribute('href', 'https://x/sites/hc/SitePages/Desk.aspx?ticket=42&approval=1');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
