// The MessageBar of messages shown only when something went wrong loads on demand: the message is readable at once
// (as text with the MessageBar's role), then in Fluent's MessageBar; a render error shows the boundary's message.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { MessageBarType, Notice } from '../../../../src/ui/common/Notice';
import { ErrorBoundary } from '../../../../src/ui/common/ErrorBoundary';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });

it('shows an error at once as an alert, then as a Fluent MessageBar with its action', async () => {
  const { container } = render(<Notice messageBarType={MessageBarType.error} actions={<button>Réessayer</button>}>Le chargement a échoué.</Notice>);
  expect(screen.getByRole('alert')).toHaveTextContent('Le chargement a échoué.');
  await screen.findByText('Le chargement a échoué.', { selector: '.ms-MessageBar-innerText *, .ms-MessageBar-innerText' });
  expect(container.querySelector('.ms-MessageBar')).not.toBeNull();
  expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
});

it('shows a warning as a status, not an alert', async () => {
  render(<Notice messageBarType={MessageBarType.warning}>Réservé aux agents.</Notice>);
  expect(await screen.findByText('Réservé aux agents.')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
});

it('the error boundary tells the user, in their language, that a part of the page failed', async () => {
  const Broken = (): React.ReactElement => { throw new Error('boom'); };
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const strings = loadLocStrings('fr-fr');
  render(<ErrorBoundary strings={strings}><Broken /></ErrorBoundary>);
  expect(await screen.findByText(strings.common.errorTitle)).toBeInTheDocument();
  expect(screen.getByText(/boom/)).toBeInTheDocument();
});
