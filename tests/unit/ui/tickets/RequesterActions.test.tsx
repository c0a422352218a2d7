import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { RequesterActions, requesterClaims } from '../../../../src/ui/tickets/mine/RequesterActions';
import type { Ticket } from '../../../../src/domain/tickets';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const strings = loadLocStrings('fr-fr');
const LEA = { id: 5, email: 'lea.dubois@univ-exemple.fr', displayName: 'Léa Dubois' };
const NOW = Date.now();
const ticket = (over: Partial<Ticket>): Ticket => ({
  id: 42, title: 'Quiz', description: 'x', kind: 'assistance', priority: 'normal', channel: 'portal', status: 'in_progress', level: 'L1', teamId: 1,
  requester: LEA, watchers: [], createdAt: new Date(NOW - 86400000), language: 'fr', statusHistory: [], sequence: 3, assignedTo: { id: 9, email: 'a@x' }, ...over
});

describe('what the requester may send: the domain\'s actions for her, as claims', () => {
  it.each([
    ['in progress: a message', { status: 'in_progress' }, false, ['comment']],
    ['awaiting her answer', { status: 'awaiting_user' }, false, ['answer', 'comment']],
    ['resolved', { status: 'resolved' }, false, ['comment', 'accept', 'reopen', 'rate']],
    ['closed yesterday', { status: 'closed', closedAt: new Date(NOW - 86400000) }, false, ['reopen', 'rate']],
    ['closed a month ago, rated', { status: 'closed', closedAt: new Date(NOW - 30 * 86400000), satisfaction: 4 }, false, []],
    ['closed without follow-up', { status: 'no_follow_up', closedAt: new Date(NOW) }, false, []],
    ['resolved, while her acceptance is on its way: only a message', { status: 'resolved' }, true, ['comment']]
  ] as [string, Partial<Ticket>, boolean, string[]][])('%s', (_label, over, waiting, expected) => {
    expect(requesterClaims(ticket(over), waiting)).toEqual(expected);
  });
});

function show(t: Ticket, onAct = jest.fn(async () => true)): jest.Mock {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings, locale: 'fr', currentUser: { loginName: '', email: LEA.email, displayName: LEA.displayName } }}>
      <RequesterActions ticket={t} onAct={onAct} />
    </HelpCenterProvider>
  );
  return onAct;
}

describe('the requester\'s buttons', () => {
  it('resolved: accept or ask to reopen with what still fails', async () => {
    const onAct = show(ticket({ status: 'resolved' }));
    expect(screen.getByRole('button', { name: 'Le problème est résolu' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: strings.myTickets.rateLabel })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: strings.myTickets.reopen }));
    fireEvent.change(screen.getByLabelText(strings.myTickets.reopenLabel), { target: { value: 'Toujours une page blanche' } });
    fireEvent.click(screen.getAllByRole('button', { name: strings.myTickets.reopen })[1]);
    await waitFor(() => expect(onAct).toHaveBeenCalledWith({ kind: 'reopen', text: 'Toujours une page blanche' }));
  });

  it('closed within the window: reopen and rate; nothing to accept', () => {
    show(ticket({ status: 'closed', closedAt: new Date(NOW - 3600000) }));
    expect(screen.queryByRole('button', { name: strings.myTickets.acceptResolution })).toBeNull();
    expect(screen.getByRole('button', { name: strings.myTickets.reopen })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: strings.myTickets.rateLabel })).toBeInTheDocument();
  });

  it('awaiting her answer: the answer box only', () => {
    show(ticket({ status: 'awaiting_user' }));
    expect(screen.getByLabelText(strings.myTickets.answerLabel)).toBeInTheDocument();
    expect(screen.queryByLabelText(strings.myTickets.addCommentLabel)).toBeNull();
  });
});
