import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import ArticleHistoryPage from '../../../../../src/ui/authoring/article/ArticleHistoryPage';
import { HelpCenterProvider } from '../../../../../src/ui/common/HelpCenterContext';
import type { ArticleHistory } from '../../../../../src/data/knowledge/authoring/articleHistory';
import type { AuthoringActor } from '../../../../../src/data/knowledge/authoring/types';
import { ArticleEditConflictError } from '../../../../../src/data/knowledge/authoring/types';
import type { ArticleContent } from '../../../../../src/domain/knowledge/articleEditConflict';
import { readRejected } from '../../../../../src/ui/authoring/article/rejectedPhrasings';
import { JULIE, NADIA, SITE, context, draft, fakes, type Fakes } from '../authoringFakes';

setIconOptions({ disableWarnings: true });

const V1: ArticleContent = { title: 'Wifi eduroam', summary: 'Se connecter', bodyHtml: '<p>Choisissez eduroam.</p>', questions: [], keywords: ['wifi'], kind: 'faq', categoryId: 3 };
const V2: ArticleContent = { ...V1, bodyHtml: '<p>Choisissez le réseau eduroam.</p>' };

function history(): ArticleHistory {
  return {
    article: { id: 40, title: 'Wifi eduroam', status: 'published', version: 2, language: 'fr', categoryId: 3, owner: NADIA.person, etag: '"40,3"', versionLabel: '2.0', content: V2,
      reviewDate: new Date('2027-01-01T00:00:00Z') },
    versions: [
      { label: '2.0', at: new Date('2026-11-02T10:00:00Z'), by: 'Julie Petit', status: 'published', content: V2, current: true },
      { label: '1.0', at: new Date('2026-11-01T10:00:00Z'), by: 'Nadia Rousseau', status: 'published', content: V1, current: false }
    ],
    who: { reviewers: [JULIE.person], siteOwners: [] },
    signals: [{ id: 5, articleId: 40, outdated: true, comment: 'Le réseau a changé', at: new Date('2026-11-30T10:00:00Z') }],
    phrasings: [{ text: 'wifi ne marche pas', people: 3, lastSeen: new Date('2026-11-30T10:00:00Z') }],
    categories: [{ id: 3, titleFr: 'Réseau', titleEn: 'Network' }]
  };
}

function show(services: Fakes, actor: AuthoringActor, navigate = jest.fn()): jest.Mock {
  render(<HelpCenterProvider value={context()}><ArticleHistoryPage services={services} actor={actor} route={{ kind: 'article', id: 40 }} navigate={navigate} /></HelpCenterProvider>);
  return navigate;
}

beforeEach(() => window.localStorage.clear());

it('shows the state, the link to write the English version, the signals; compares two versions word by word', async () => {
  const services = fakes();
  services.history.mockResolvedValue(history());
  show(services, NADIA);
  await screen.findByRole('heading', { level: 3, name: 'Wifi eduroam' });
  expect(services.history).toHaveBeenCalledWith(40, []);
  expect(screen.getByText('Réseau')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Écrire la version anglaise' }).getAttribute('href')).toBe(services.links.authoring({ kind: 'new', translationOf: 40, language: 'en' }));
  expect(screen.getByRole('link', { name: "Voir l'article comme les lecteurs" }).getAttribute('href')).toBe(services.links.article(40));
  expect(screen.getByText(/Le réseau a changé/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Comparer' }));
  const result = await screen.findByRole('heading', { level: 5, name: 'Différences de la version 1.0 à la version 2.0' });
  await waitFor(() => expect(document.activeElement).toBe(result));
  const ins = document.querySelector('ins');
  // Screen readers hear where an addition starts and ends; the eye sees it underlined.
  expect(ins && ins.textContent).toBe('[ajouté\u00a0: le réseau  fin]');
  expect(document.querySelector('del')).toBeNull();
});

it('a contributor has no restore; "Modifier" opens a draft of the article', async () => {
  const services = fakes();
  services.history.mockResolvedValue(history());
  services.draftFromArticle.mockResolvedValue(draft(77, 'Wifi eduroam', { articleId: 40 }));
  const navigate = show(services, NADIA);
  await screen.findByRole('heading', { level: 3, name: 'Wifi eduroam' });
  expect(screen.queryByRole('button', { name: /^Restaurer/ })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Marquer comme obsolète' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Modifier (nouveau brouillon)' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith(services.links.authoring({ kind: 'draft', id: 77 })));
});

it('a reviewer restores a version after confirming, with the ETag read; a conflict says so clearly', async () => {
  const services = fakes();
  services.history.mockResolvedValue(history());
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  services.restoreVersion.mockRejectedValueOnce(new ArticleEditConflictError(40)).mockResolvedValueOnce(undefined);
  show(services, JULIE);
  fireEvent.click(await screen.findByRole('button', { name: 'Restaurer la version 1.0' }));
  expect(services.restoreVersion).not.toHaveBeenCalled();
  await waitFor(() => expect(document.activeElement && document.activeElement.textContent).toMatch(/^Restaurer la version 1\.0\u00a0\?/));
  fireEvent.click(screen.getByRole('button', { name: 'Restaurer' }));
  await screen.findByText(/L'article a changé depuis l'ouverture de la page/);
  expect(services.restoreVersion).toHaveBeenCalledWith(40, '"40,3"', '1.0');
  fireEvent.click(screen.getByRole('button', { name: 'Restaurer' }));
  await waitFor(() => expect(within(screen.getByRole('status')).getByText('La version 1.0 est restaurée.')).toBeTruthy());
  expect(services.history).toHaveBeenCalledTimes(2);
});

it('a reviewer marks the article outdated with a reason', async () => {
  const services = fakes();
  services.history.mockResolvedValue(history());
  show(services, JULIE);
  fireEvent.click(await screen.findByRole('button', { name: 'Marquer comme obsolète' }));
  const reason = screen.getByLabelText('Raison (facultative)');
  await waitFor(() => expect(document.activeElement).toBe(reason));
  fireEvent.change(reason, { target: { value: 'Nouveau réseau' } });
  fireEvent.click(screen.getByRole('button', { name: 'Confirmer : obsolète'.replace(' :', '\u00a0:') }));
  await waitFor(() => expect(services.markOutdated).toHaveBeenCalledWith(40, 'Nouveau réseau'));
  await waitFor(() => expect(within(screen.getByRole('status')).getByText("L'article est marqué obsolète.")).toBeTruthy());
});

it('a learned phrasing accepted becomes a draft with it added', async () => {
  const services = fakes();
  services.history.mockResolvedValue(history());
  const d = draft(78, 'Wifi eduroam', { articleId: 40, content: { ...V2, questions: ['eduroam'] } });
  services.draftFromArticle.mockResolvedValue(d);
  services.saveDraft.mockResolvedValue(d);
  const navigate = show(services, NADIA);
  fireEvent.click(await screen.findByRole('button', { name: 'Ajouter «\u00a0wifi ne marche pas\u00a0»' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith(services.links.authoring({ kind: 'draft', id: 78 })));
  expect(services.saveDraft).toHaveBeenCalledWith(78, d.etag, { ...d.content, questions: ['eduroam', 'wifi ne marche pas'] });
});

it('a learned phrasing rejected is remembered in this browser, hidden, and left out of the next read', async () => {
  const services = fakes();
  services.history.mockResolvedValue(history());
  show(services, NADIA);
  fireEvent.click(await screen.findByRole('button', { name: 'Écarter «\u00a0wifi ne marche pas\u00a0»' }));
  expect(screen.queryByRole('button', { name: /wifi ne marche pas/ })).toBeNull();
  expect(readRejected(SITE, 40)).toEqual(['wifi ne marche pas']);
  expect(screen.getByText('Aucune formulation à proposer pour le moment.')).toBeTruthy();
  expect(within(screen.getByRole('status')).getByText(/wifi ne marche pas/)).toBeTruthy();
  cleanup();
  show(services, NADIA);
  await screen.findByRole('heading', { level: 3, name: 'Wifi eduroam' });
  expect(services.history).toHaveBeenLastCalledWith(40, ['wifi ne marche pas']);
});

it('says when the article does not exist', async () => {
  const services = fakes();
  services.history.mockResolvedValue(undefined);
  show(services, NADIA);
  await screen.findByText("Cet article n'existe pas ou vous ne pouvez pas le lire.");
});
