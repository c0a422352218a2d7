import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { DeskActions } from '../../../../src/ui/desk/DeskActions';
import { formClasses } from '../../../../src/ui/common/formStyles';
import type { Actor, Ticket } from '../../../../src/domain/tickets';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
// jsdom lays nothing out: the error summary's links scroll their field into view.
Element.prototype.scrollIntoView = jest.fn();
const strings = loadLocStrings('fr-fr');
const a = strings.ticketActions;
const KARIM = { id: 10, email: 'karim.haddad@univ-exemple.fr', displayName: 'Karim Haddad' };
const MARC = { id: 20, email: 'marc.lefebvre@univ-exemple.fr', displayName: 'Marc Lefebvre' };
const TEAMS = [
  { id: 1, titleFr: 'Informatique (N1)', titleEn: 'IT (L1)', memberIds: [KARIM.id] },
  { id: 2, titleFr: 'Équipe technique (N2)', titleEn: 'Technical team (L2)', memberIds: [MARC.id] }
];
const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 42, title: 'Wi-Fi', description: 'x', kind: 'assistance', priority: 'normal', channel: 'portal', status: 'in_progress', level: 'L1', teamId: 1,
  requester: { id: 5, email: 'lea@x' }, assignedTo: KARIM, watchers: [], createdAt: new Date(), language: 'fr', statusHistory: [], sequence: 3, ...over
});
const agent = (p: typeof KARIM, teamIds: number[]): Actor => ({ person: p, isAgent: true, teamIds, isSiteOwner: false });

function show(t: Ticket, actor: Actor, onAct = jest.fn(async () => true)): jest.Mock {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings, locale: 'fr', currentUser: { loginName: '', email: actor.person.email, displayName: '' } }}>
      <DeskActions ticket={t} actor={actor} teams={TEAMS} classes={formClasses(createTheme())} busy={false} onAct={onAct}
        people={{ searchPeople: async () => [{ loginName: `i:0#.f|membership|${MARC.email}`, displayName: MARC.displayName, email: MARC.email }], resolvePerson: async () => MARC }} />
    </HelpCenterProvider>
  );
  return onAct;
}
const buttons = (): string[] => screen.queryAllByRole('button').map(b => b.textContent || '');

describe('the desk\'s buttons come from availableActions', () => {
  it('an escalation without its reason is refused by an error summary that links to the reason', async () => {
    const onAct = show(ticket(), agent(KARIM, [1]));
    fireEvent.click(screen.getByRole('button', { name: a.escalate }));
    fireEvent.click(screen.getByRole('button', { name: a.confirm }));
    const summary = await screen.findByRole('group', { name: strings.deskTicket.errorSummary });
    await waitFor(() => expect(summary).toHaveFocus());
    // The summary's MessageBar (loaded on demand) shows its text a moment after it appears, as Fluent's does.
    const link = await screen.findByRole('link', { name: strings.deskTicket.required.replace('{0}', a.reasonLabel) });
    expect(link).toHaveAttribute('href', '#hc-action-text');
    fireEvent.click(link);
    expect(screen.getByLabelText(a.reasonLabel)).toHaveFocus();
    expect(onAct).not.toHaveBeenCalled();
  });

  it('a new ticket of my team: take it in charge first', () => {
    show(ticket({ status: 'new', assignedTo: undefined }), agent(KARIM, [1]));
    expect(buttons()).toEqual([a.takeInCharge, a.transfer, a.resolve, a.closeNoFollowUp]);
  });

  it('another team\'s ticket in progress: nothing a team agent does', () => {
    show(ticket(), agent(MARC, [2]));
    expect(buttons()).toEqual([]);
  });

  it('resolved: close or reopen with a reason', async () => {
    const onAct = show(ticket({ status: 'resolved' }), agent(KARIM, [1]));
    expect(buttons()).toEqual([a.close, a.reopen]);
    fireEvent.click(screen.getByRole('button', { name: a.reopen }));
    fireEvent.change(screen.getByLabelText(a.reasonLabel), { target: { value: 'La borne recoupe' } });
    fireEvent.click(screen.getByRole('button', { name: a.confirm }));
    await waitFor(() => expect(onAct).toHaveBeenCalledWith({ type: 'reopen', reason: 'La borne recoupe' }));
  });

  it('escalates to L2, to the technical team, to Marc by name, with a reason', async () => {
    const onAct = show(ticket(), agent(KARIM, [1]));
    fireEvent.click(screen.getByRole('button', { name: a.escalate }));
    expect(screen.getByRole('button', { name: a.escalate })).toHaveAttribute('aria-expanded', 'true');
    // The people picker searches what is typed in it (focused), after its short delay.
    const picker = screen.getByRole('combobox', { name: a.escalateTo });
    act(() => picker.focus());
    fireEvent.input(picker, { target: { value: 'lefebvre' } });
    fireEvent.click(await screen.findByRole('option', { name: /Marc Lefebvre/ }, { timeout: 3000 }));
    await screen.findByRole('button', { name: new RegExp(`^${strings.ticketForm.removePerson.replace('{0}', MARC.displayName)}`) });
    // Fluent dropdowns: opened, then an option chosen by its name.
    fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${a.escalateLevel} `) }));
    fireEvent.click(screen.getByRole('option', { name: strings.supportLevel.L2 }));
    fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${a.escalateTeam} `) }));
    fireEvent.click(screen.getByRole('option', { name: TEAMS[1].titleFr }));
    fireEvent.change(screen.getByLabelText(a.reasonLabel), { target: { value: 'Borne à remplacer' } });
    fireEvent.click(screen.getByRole('button', { name: a.confirm }));
    await waitFor(() => expect(onAct).toHaveBeenCalledWith({ type: 'escalate', reason: 'Borne à remplacer', level: 'L2', teamId: 2, to: MARC }));
  });
});
