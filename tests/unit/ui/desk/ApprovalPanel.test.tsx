import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { createTheme } from '@fluentui/react/lib/Styling';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { TextField } from '@fluentui/react/lib/TextField';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { ApprovalPanel } from '../../../../src/ui/desk/extra/ApprovalPanel';
import type { DeskTicketExtrasProps } from '../../../../src/ui/desk/extra/DeskTicketExtras';
import { PeopleField } from '../../../../src/ui/common/PeopleField';
import { formClasses } from '../../../../src/ui/common/formStyles';
import type { TicketPageData } from '../../../../src/data/tickets/TicketRepository';
import { loadLocStrings } from '../../../../workbench/host/locStrings';
import { parseApproval } from '../../../../src/domain/tickets/approval';

setIconOptions({ disableWarnings: true });
const strings = loadLocStrings('fr-fr');
const JULIE = { id: 7, email: 'julie.petit@univ-exemple.fr', displayName: 'Julie Petit' };
const PHILIPPE = { id: 11, email: 'philippe.garnier@univ-exemple.fr', displayName: 'Philippe Garnier' };

function page(status: string, approval?: object, categoryId?: number): TicketPageData {
  const stored = approval ? JSON.stringify(approval) : null;
  return {
    ticket: { etag: '"3"', item: { Id: 42, Title: 'Tiers-temps', HCStatus: status, HCApproval: stored } as never },
    // The panel reads the view model: the domain ticket with its approval as the state stores it.
    view: { id: 42, title: 'Tiers-temps', status, ticket: { id: 42, title: 'Tiers-temps', status, categoryId, approval: parseApproval(stored) } } as never,
    names: { watchers: [], requestedWatchers: [] }, notes: [], timeline: [], comments: [], files: [], claims: [],
  };
}

function renderPanel(data: TicketPageData, currentUserId: number, onAct = jest.fn(async () => true), openApproval = false,
  categoryApproval: jest.Mock = jest.fn(async () => ({ required: false }))): jest.Mock {
  const props: DeskTicketExtrasProps = {
    data, currentUserId, openApproval, onAct, onOpen: jest.fn(), onNotice: jest.fn(), snapshot: [], classes: formClasses(createTheme()),
    ui: { PrimaryButton, DefaultButton, PeopleField, Dropdown, TextField, Checkbox, Link },
    services: {
      linkedIncidents: jest.fn(), publishAnnouncement: jest.fn(),
      searchPeople: jest.fn(async () => [{ loginName: 'i:0#.f|membership|philippe.garnier@univ-exemple.fr', displayName: PHILIPPE.displayName, email: PHILIPPE.email }]),
      resolvePerson: jest.fn(async () => PHILIPPE), categoryApproval,
    },
  };
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings, locale: 'fr', currentUser: { loginName: '', email: JULIE.email, displayName: JULIE.displayName } }}>
      <ApprovalPanel {...props} />
    </HelpCenterProvider>
  );
  return onAct;
}

describe('the derogation approval panel', () => {
  it('asks a named person, with a reason, through the people picker', async () => {
    const onAct = renderPanel(page('in_progress'), JULIE.id);
    expect(screen.getByText('Aucune validation demandée.')).toBeInTheDocument();
    const ask = screen.getByRole('button', { name: 'Demander la validation' });
    expect(ask).toBeDisabled();
    // The people picker searches what is typed in it (focused), after its short delay.
    const picker = screen.getByRole('combobox', { name: 'Personne qui valide (enseignant, référent)' });
    act(() => picker.focus());
    fireEvent.input(picker, { target: { value: 'garnier' } });
    fireEvent.click(await screen.findByRole('option', { name: /Philippe Garnier/ }, { timeout: 3000 }));
    await screen.findByRole('button', { name: /^Retirer Philippe Garnier/ });
    fireEvent.change(screen.getByLabelText('Motif de la dérogation (envoyé à la personne qui valide)'), { target: { value: 'Tiers-temps médical' } });
    fireEvent.click(screen.getByRole('button', { name: 'Demander la validation' }));
    await waitFor(() => expect(onAct).toHaveBeenCalledWith({ type: 'requestApproval', approver: PHILIPPE, reason: 'Tiers-temps médical' }));
  });

  it('says when the category needs an approval and proposes its referent, whom the agent may keep', async () => {
    const rule = jest.fn(async () => ({ required: true, approver: PHILIPPE }));
    const onAct = renderPanel(page('in_progress', undefined, 5), JULIE.id, undefined, false, rule);
    expect(await screen.findByText('Cette catégorie demande une validation, par défaut par Philippe Garnier : aucune n\'a encore été demandée.')).toBeInTheDocument();
    expect(rule).toHaveBeenCalledWith(5);
    await screen.findByRole('button', { name: /^Retirer Philippe Garnier/ });
    fireEvent.change(screen.getByLabelText('Motif de la dérogation (envoyé à la personne qui valide)'), { target: { value: 'Tiers-temps médical' } });
    fireEvent.click(screen.getByRole('button', { name: 'Demander la validation' }));
    await waitFor(() => expect(onAct).toHaveBeenCalledWith({ type: 'requestApproval', approver: PHILIPPE, reason: 'Tiers-temps médical' }));
  });

  it('a category without an approval rule changes nothing', async () => {
    const rule = jest.fn(async () => ({ required: false }));
    renderPanel(page('in_progress', undefined, 6), JULIE.id, undefined, false, rule);
    await waitFor(() => expect(rule).toHaveBeenCalledWith(6));
    expect(screen.getByText('Aucune validation demandée.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Retirer/ })).toBeNull();
  });

  it('lets the named approver decide, and focuses the panel when opened from the mail', async () => {
    const pending = { approver: PHILIPPE, requestedBy: JULIE, requestedAt: '2026-03-10T10:00:00Z', reason: 'Tiers-temps <b>médical</b>' };
    const onAct = renderPanel(page('in_progress', pending), PHILIPPE.id, undefined, true);
    expect(screen.getByRole('heading', { name: 'Validation d\'une dérogation' })).toHaveFocus();
    expect(screen.getByText(/^Demandée à Philippe Garnier par Julie Petit le /)).toBeInTheDocument();
    expect(screen.getByText('Motif : Tiers-temps <b>médical</b>')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.change(screen.getByLabelText('Commentaire sur la décision (facultatif)'), { target: { value: 'Accordé.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Valider la dérogation' }));
    await waitFor(() => expect(onAct).toHaveBeenCalledWith({ type: 'decideApproval', decision: 'approved', comment: 'Accordé.', recordedForApprover: false }));
  });

  it('lets another agent record the decision only by saying so', async () => {
    const pending = { approver: PHILIPPE, requestedBy: JULIE, requestedAt: '2026-03-10T10:00:00Z', reason: 'Salle à part' };
    const onAct = renderPanel(page('in_progress', pending), JULIE.id);
    const refuse = screen.getByRole('button', { name: 'Refuser la dérogation' });
    expect(refuse).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'J\'enregistre la décision donnée par Philippe Garnier (téléphone, courriel)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Refuser la dérogation' }));
    await waitFor(() => expect(onAct).toHaveBeenCalledWith({ type: 'decideApproval', decision: 'refused', comment: undefined, recordedForApprover: true }));
  });

  it('shows who decided, when, and who recorded it', () => {
    renderPanel(page('in_progress', {
      approver: PHILIPPE, requestedBy: JULIE, requestedAt: '2026-03-10T10:00:00Z', reason: 'x', decision: 'refused', decidedBy: PHILIPPE, decidedAt: '2026-03-10T11:00:00Z', recordedBy: JULIE, comment: 'Pas possible.',
    }), JULIE.id);
    expect(screen.getByText(/^Dérogation refusée par Philippe Garnier le /)).toBeInTheDocument();
    expect(screen.getByText('Décision enregistrée par Julie Petit.')).toBeInTheDocument();
    expect(screen.getByText('Commentaire : Pas possible.')).toBeInTheDocument();
  });

  it('says the approver may decide from the mail link, and shows a decision given that way as theirs', () => {
    const TEACHER = { id: 5, email: 'jean.moreau@univ-exemple.fr', displayName: 'Prof. Jean Moreau' };
    renderPanel(page('in_progress', { approver: TEACHER, requestedBy: JULIE, requestedAt: '2026-03-10T10:00:00Z', reason: 'x', requestSequence: 4 }), JULIE.id);
    expect(screen.getByText(/^Prof\. Jean Moreau peut aussi décider depuis le lien reçu par courriel/)).toBeInTheDocument();
  });

  it('shows a decision given from the mail link as the approver\'s, with no agent recording it', () => {
    const TEACHER = { id: 5, email: 'jean.moreau@univ-exemple.fr', displayName: 'Prof. Jean Moreau' };
    renderPanel(page('in_progress', {
      approver: TEACHER, requestedBy: JULIE, requestedAt: '2026-03-10T10:00:00Z', reason: 'x', requestSequence: 4, decision: 'approved', decidedBy: TEACHER, decidedAt: '2026-03-10T10:07:00Z', decisionItemId: 3,
    }), JULIE.id);
    expect(screen.getByText(/^Dérogation accordée par Prof\. Jean Moreau le /)).toBeInTheDocument();
    expect(screen.getByText('Décision donnée depuis le lien du courriel.')).toBeInTheDocument();
    expect(screen.queryByText(/Décision enregistrée par/)).toBeNull();
    expect(screen.queryByText(/peut aussi décider/)).toBeNull();
  });
});
