// The announcement panel (issue 18): an end before the start is refused on the field and in the summary without any
// request; the help bar's own line previews what is typed; when someone saved in between, their version is shown and
// what was typed stays in the fields until "take theirs".
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { AnnouncementPanel } from '../../../../src/ui/setup/config/announcements/AnnouncementPanel';
import { AnnouncementConflictError, AnnouncementRepository, type AnnouncementView } from '../../../../src/data/config';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const hoursFromNow = (h: number): string => new Date(Math.floor(Date.now() / 60000) * 60000 + h * 3600000).toISOString();
const READ: AnnouncementView = {
  id: 3, title: 'Panne messagerie', body: 'Les courriels ne partent plus.', severity: 'outage', audience: 'requesters', language: 'fr',
  start: hoursFromNow(-1), end: hoursFromNow(5), problem: { id: 12, title: 'Serveur de courriel' }, etag: '"1"', modified: '', editor: 'Karim Haddad'
};

function show(repo: AnnouncementRepository, item?: AnnouncementView): jest.Mock {
  const onClose = jest.fn();
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', siteUrl: 'https://x/sites/helpcenter', currentUser: { loginName: '', email: '', displayName: 'Karim Haddad' } }}>
      <AnnouncementPanel repository={repo} item={item} canDelete={false} onClose={onClose} />
    </HelpCenterProvider>
  );
  return onClose;
}

function repository(): { repo: AnnouncementRepository; add: jest.SpyInstance; update: jest.SpyInstance } {
  const repo = new AnnouncementRepository({} as SPFI);
  jest.spyOn(repo, 'history').mockResolvedValue([]);
  return { repo, add: jest.spyOn(repo, 'add'), update: jest.spyOn(repo, 'update') };
}

const field = (name: RegExp): HTMLInputElement => screen.getByRole('textbox', { name }) as HTMLInputElement;
const endTime = (): HTMLInputElement => document.getElementById('hc-announcement-end-time') as HTMLInputElement;
const endDay = (): HTMLInputElement => document.getElementById('hc-announcement-end') as HTMLInputElement;

beforeEach(() => window.localStorage.clear());

it('refuses an end before the start, on the field and in the summary, without any request; the preview is the bar\'s line', async () => {
  const { repo, add } = repository();
  show(repo);
  fireEvent.change(field(/^Titre/), { target: { value: 'Imprimantes' } });
  fireEvent.change(field(/^Message/), { target: { value: 'Bâtiment A.' } });
  expect(document.querySelector('.hc-hb-news li')!.textContent).toBe('Information : Imprimantes : Bâtiment A.');
  // A new one runs a day from now: the end moved to the start's day at 00:00 is before it.
  const start = document.getElementById('hc-announcement-start') as HTMLInputElement;
  fireEvent.change(endDay(), { target: { value: start.value } });
  fireEvent.blur(endDay());
  fireEvent.change(endTime(), { target: { value: '00:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByRole('link', { name: 'Fin\u00a0: La fin doit être après le début.' })).toBeTruthy();
  expect(endDay().getAttribute('aria-invalid')).toBe('true');
  expect(add).not.toHaveBeenCalled();
});

it('shows the other person\'s version on a conflict and keeps what was typed; taking theirs replaces it', async () => {
  const { repo, update } = repository();
  const theirs: AnnouncementView = { ...READ, title: 'Panne messagerie (résolue bientôt)', etag: '"2"', editor: 'Claire Martin', modified: '2026-12-04T10:00:00Z' };
  update.mockRejectedValue(new AnnouncementConflictError(theirs));
  const onClose = show(repo, READ);
  // The desk's problem link is shown, read-only.
  expect((screen.getByRole('textbox', { name: 'Problème lié' }) as HTMLInputElement).readOnly).toBe(true);
  fireEvent.change(field(/^Message/), { target: { value: 'Rétabli vers 16 h.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(await screen.findByText('Quelqu\'un a modifié cette annonce pendant que vous l\'éditiez.')).toBeTruthy();
  expect(screen.getByText(/Claire Martin/)).toBeTruthy();
  expect(field(/^Message/).value).toBe('Rétabli vers 16 h.');
  expect(update).toHaveBeenCalledWith(3, '"1"', expect.objectContaining({ body: 'Rétabli vers 16 h.' }));
  fireEvent.click(screen.getByRole('button', { name: 'Reprendre sa version' }));
  await waitFor(() => expect(field(/^Titre/).value).toBe('Panne messagerie (résolue bientôt)'));
  expect(field(/^Message/).value).toBe('Les courriels ne partent plus.');
  expect(onClose).not.toHaveBeenCalled();
});
