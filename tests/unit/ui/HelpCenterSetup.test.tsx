import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import type { ProvisioningCheck, ProvisioningProgress, ProvisioningReport, SiteProvisioner } from '../../../src/data/provisioning';
import { HelpCenterSetupRoot } from '../../../src/ui/setup/HelpCenterSetupRoot';
import type { HelpCenterContextValue, UiLocale } from '../../../src/ui/common/HelpCenterContext';
import { loadLocStrings } from '../../../workbench/host/locStrings';
import { setIconOptions } from '@fluentui/react/lib/Styling';

// SharePoint pages register Fluent's icon font; tests do not need the glyphs.
setIconOptions({ disableWarnings: true });

const LIST_MISSING: ProvisioningCheck = { id: 'list:HelpTickets', kind: 'list', list: 'HelpTickets', target: 'HelpTickets', status: 'missing' };
const FIELD_MISSING: ProvisioningCheck = { id: 'field:HelpTickets/HCStatus', kind: 'field', list: 'HelpTickets', target: 'HCStatus', status: 'missing', expected: 'Choice' };
const SETTING_DIFFERENT: ProvisioningCheck = {
  id: 'listSetting:HelpTickets/ReadSecurity', kind: 'listSetting', list: 'HelpTickets', target: 'ReadSecurity', status: 'different', expected: '2', actual: '1'
};
const GROUP_OK: ProvisioningCheck = { id: 'group:support', kind: 'group', target: "Support du centre d'aide", status: 'ok' };

function report(checks: ProvisioningCheck[], errors: ProvisioningReport['errors'] = []): ProvisioningReport {
  return { checks, errors, ready: errors.length === 0 && checks.every(c => c.status === 'ok') };
}
const ok = (c: ProvisioningCheck): ProvisioningCheck => ({ ...c, status: 'ok', actual: c.expected });
const NOT_READY = report([GROUP_OK, LIST_MISSING, FIELD_MISSING, SETTING_DIFFERENT]);
const READY = report([GROUP_OK, LIST_MISSING, FIELD_MISSING, SETTING_DIFFERENT].map(ok));

/** A stand-in for SiteProvisioner with the same public contract (inspect / apply). */
interface FakeProvisioner {
  inspect: jest.Mock<Promise<ProvisioningReport>, []>;
  apply: jest.Mock<Promise<ProvisioningReport>, [((p: ProvisioningProgress) => void)?]>;
}

function renderSetup(provisioner: FakeProvisioner, locale: UiLocale = 'fr'): void {
  const context: HelpCenterContextValue = {
    sp: {} as SPFI,
    strings: loadLocStrings(locale === 'fr' ? 'fr-fr' : 'en-us'),
    locale,
    currentUser: { loginName: 'i:0#.f|membership|owner@univ-exemple.fr', email: 'owner@univ-exemple.fr', displayName: 'Claire Martin' },
    services: { provisioner: provisioner as unknown as SiteProvisioner }
  };
  render(<HelpCenterSetupRoot context={context} />);
}

function fakeProvisioner(...inspections: Array<ProvisioningReport | Error>): FakeProvisioner {
  const inspect = jest.fn<Promise<ProvisioningReport>, []>();
  inspections.forEach(r => inspect.mockImplementationOnce(() => (r instanceof Error ? Promise.reject(r) : Promise.resolve(r))));
  return { inspect, apply: jest.fn() };
}

describe('HelpCenterSetup', () => {
  it('shows what is missing, grouped per list, with status as text', async () => {
    const provisioner = fakeProvisioner(NOT_READY);
    renderSetup(provisioner);
    expect(await screen.findByText("Le centre d'aide n'est pas encore prêt.")).toBeInTheDocument();
    expect(screen.getByText('0 liste prête, 3 éléments à installer ou corriger.')).toBeInTheDocument();
    expect(screen.getAllByText('Manquant').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('HCStatus')).toBeInTheDocument();
    expect(screen.getByText('(attendu : 2 ; actuel : 1)')).toBeInTheDocument();
    expect(screen.getByText('Site (groupes, niveaux d\'autorisation, accès)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Installer / réparer' })).toBeEnabled();
    expect(provisioner.inspect).toHaveBeenCalledTimes(1);
    // One heading for the one section; the page's own title (its h1) is not repeated.
    expect(screen.getAllByRole('heading').map(h => h.textContent)).toEqual(['Détail par liste']);
    // Each group says its state in a pill with words, open when something is to fix.
    // Lists by their purpose, never their internal names (issue 18).
    const group = screen.getByText('Demandes d\'assistance', { selector: 'summary span' }).closest('details')!;
    expect(screen.queryByText(/HelpTickets/)).not.toBeInTheDocument();
    expect(group).toHaveAttribute('open');
    expect(group.querySelector('summary')!.textContent).toContain('Manquant');
  });

  it('runs the setup with progress, announces completion and re-inspects', async () => {
    const provisioner = fakeProvisioner(NOT_READY, READY);
    let finish: (r: ProvisioningReport) => void = () => undefined;
    provisioner.apply.mockImplementation(onProgress => new Promise(resolve => {
      onProgress!({ done: 1, total: 3, step: LIST_MISSING });
      finish = resolve;
    }));
    renderSetup(provisioner);
    fireEvent.click(await screen.findByRole('button', { name: 'Installer / réparer' }));

    expect(await screen.findByText('Installation en cours…')).toBeInTheDocument();
    expect(screen.getByText('1 sur 3 : Liste Demandes d\'assistance')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Installer / réparer' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Installation : 25 % effectués.');

    await act(async () => finish(READY));
    expect(await screen.findByText("Le centre d'aide est prêt.")).toBeInTheDocument();
    expect(screen.getByText('1 liste prête, rien à installer.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent("Installation terminée : le centre d'aide est prêt.");
    expect(screen.queryByText('Installation en cours…')).not.toBeInTheDocument();
    expect(provisioner.inspect).toHaveBeenCalledTimes(2);
  });

  it('lists the steps that failed with SharePoint\'s cause', async () => {
    const failure = { check: 'field:HelpTickets/HCStatus', message: '500 Internal Server Error: the field could not be created' };
    const provisioner = fakeProvisioner(NOT_READY, report([GROUP_OK, ok(LIST_MISSING), FIELD_MISSING, ok(SETTING_DIFFERENT)]));
    provisioner.apply.mockResolvedValue(report([FIELD_MISSING], [failure]));
    renderSetup(provisioner);
    fireEvent.click(await screen.findByRole('button', { name: 'Installer / réparer' }));
    expect(await screen.findByText('Certaines étapes ont échoué :')).toBeInTheDocument();
    expect(screen.getByText(`Demandes d'assistance — HCStatus : ${failure.message}`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Installation terminée, mais certaines étapes ont échoué.');
  });

  it('shows a translated error with its cause when the site cannot be read, and retries', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const provisioner = fakeProvisioner(new Error('HTTP 503 Service Unavailable'), READY);
    renderSetup(provisioner);
    expect(await screen.findByText("Impossible de lire l'état du site.")).toBeInTheDocument();
    expect(screen.getByText('Cause : HTTP 503 Service Unavailable')).toBeInTheDocument();
    expect(error).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText("Le centre d'aide est prêt.")).toBeInTheDocument();
    expect(screen.queryByText("Impossible de lire l'état du site.")).not.toBeInTheDocument();
    error.mockRestore();
  });

  it('tells a user who is not a site owner that they need to be one, without the button', async () => {
    const provisioner = fakeProvisioner(report([LIST_MISSING], [{ check: 'site:permissions', message: 'Only a site owner can set up the help center.' }]));
    renderSetup(provisioner);
    expect(await screen.findByText(/Seuls les propriétaires du site peuvent installer le centre d'aide/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Installer / réparer' })).not.toBeInTheDocument();
  });

  it('speaks English to an English-speaking owner', async () => {
    renderSetup(fakeProvisioner(NOT_READY), 'en');
    expect(await screen.findByText('The help center is not ready yet.')).toBeInTheDocument();
    expect(screen.getByText('0 lists ready, 3 items to set up or repair.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up / repair' })).toBeInTheDocument();
    expect(screen.getAllByText('Missing').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('(expected: 2; actual: 1)')).toBeInTheDocument();
  });
});
