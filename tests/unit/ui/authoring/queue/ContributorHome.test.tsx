import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import ContributorHome from '../../../../../src/ui/authoring/queue/ContributorHome';
import { HelpCenterProvider } from '../../../../../src/ui/common/HelpCenterContext';
import type { QueueSnapshot } from '../../../../../src/data/knowledge/authoring/queueSnapshot';
import type { AuthoringActor } from '../../../../../src/data/knowledge/authoring/types';
import { JULIE, NADIA, context, draft, fakes, type Fakes } from '../authoringFakes';

setIconOptions({ disableWarnings: true });

const SNAPSHOT: QueueSnapshot = {
  reviews: true,
  toReview: [draft(1, 'Imprimer en A3', { status: 'review' })],
  mine: [draft(2, 'Mon brouillon', { reviewComment: 'Ajoutez une capture' }), draft(3, 'En attente', { status: 'review' })],
  signals: [{ articleId: 40, title: 'Wifi eduroam', outdated: 1, unhelpful: 1, lastAt: new Date('2026-11-30T10:00:00Z'), signals: [
    { id: 5, articleId: 40, outdated: false, helpful: false, comment: 'Il manque Android', at: new Date('2026-11-30T10:00:00Z') },
    { id: 4, articleId: 40, outdated: true, at: new Date('2026-11-29T10:00:00Z') }
  ] }],
  due: [{ id: 41, title: 'Activer la MFA', status: 'published', version: 2, language: 'fr', reviewDate: new Date('2026-11-01T00:00:00Z'), owner: JULIE.person }],
  gaps: [{ key: 'fr:3d imprim', language: 'fr', terms: ['3d', 'imprim'], phrasing: 'imprimante 3d', phrasings: [{ text: 'imprimante 3d', count: 2 }, { text: "l'imprimante 3D", count: 1 }],
    count: 3, noResults: 3, endedInTicket: 0, lastSeen: new Date('2026-12-01T10:00:00Z') }],
  categories: [{ id: 3, titleFr: 'Impression', titleEn: 'Printing' }],
  failed: [],
  pending: []
};

function show(services: Fakes, actor: AuthoringActor): void {
  render(<HelpCenterProvider value={context()}><ContributorHome services={services} actor={actor} route={{ kind: 'queue' }} /></HelpCenterProvider>);
}

const region = (name: RegExp): HTMLElement => screen.getByRole('region', { name });

it("shows a reviewer's five sections with their counts and links, and runs the housekeeping once after", async () => {
  const services = fakes();
  services.snapshot.mockResolvedValue(SNAPSHOT);
  show(services, JULIE);
  await screen.findByRole('heading', { level: 3, name: 'À relire (1)' });
  expect(within(region(/^À relire/)).getByRole('link', { name: 'Imprimer en A3' }).getAttribute('href')).toBe(`${services.links.authoring({ kind: 'draft', id: 1 })}`);
  expect(region(/^À relire/).textContent).toContain('Impression');
  const mine = region(/^Mes brouillons \(2\)/);
  expect(mine.textContent).toContain('Renvoyé par le relecteur');
  expect(mine.textContent).toContain('Ajoutez une capture');
  expect(mine.textContent).toContain('En relecture');
  const signals = region(/^Signalements des lecteurs \(1\)/);
  expect(within(signals).getByRole('link', { name: 'Wifi eduroam' }).getAttribute('href')).toMatch(/Articles\.aspx\?article=40$/);
  expect(signals.textContent).toContain('Il manque Android');
  expect(signals.textContent).toContain('1\u00a0signalement «\u00a0obsolète\u00a0»');
  expect(within(region(/^À revoir \(1\)/)).getByRole('link', { name: 'Activer la MFA' }).getAttribute('href')).toMatch(/\?article=41$/);
  const gap = within(region(/^Recherches sans réponse \(1\)/)).getByRole('link', { name: "Écrire l'article «\u00a0imprimante 3d\u00a0»" });
  expect(gap.getAttribute('href')).toBe(services.links.authoring({ kind: 'new', template: 'faq', query: 'imprimante 3d', language: 'fr' }));
  expect(region(/^Recherches sans réponse/).textContent).toContain("l'imprimante 3D (1)");
  await waitFor(() => expect(services.run).toHaveBeenCalledTimes(1));
  expect(services.housekeeping).toHaveBeenCalledWith(JULIE.person.id);
  expect(services.refresh).toHaveBeenCalledTimes(1);
  const windows = services.snapshot.mock.calls[0][1] as { signalsSince: Date; gapsSince: Date; today: Date };
  expect(Math.round((windows.today.getTime() - windows.gapsSince.getTime()) / 86400000)).toBe(30);
});

it("a contributor's queue: no section to review, empty states, no housekeeping", async () => {
  const services = fakes();
  services.snapshot.mockResolvedValue({ ...SNAPSHOT, reviews: false, toReview: [], mine: [], signals: [], due: [], gaps: [] });
  show(services, NADIA);
  await screen.findByRole('heading', { level: 3, name: 'Mes brouillons (0)' });
  expect(screen.queryByRole('heading', { name: /^À relire/ })).toBeNull();
  expect(screen.getByText("Vous n'avez aucun brouillon en cours.")).toBeTruthy();
  expect(screen.getByText('Aucune recherche sans réponse ces 30 derniers jours.')).toBeTruthy();
  await new Promise(r => setTimeout(r, 0));
  expect(services.housekeeping).not.toHaveBeenCalled();
});

it('a failed read says so, with a retry that reads again', async () => {
  const services = fakes();
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  services.snapshot.mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce(SNAPSHOT);
  show(services, JULIE);
  const retry = await screen.findByText('Réessayer');
  retry.click();
  await screen.findByRole('heading', { level: 3, name: 'À relire (1)' });
  expect(services.snapshot).toHaveBeenCalledTimes(2);
});

it('a housekeeping failure is logged, never shown', async () => {
  const services = fakes();
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  services.run.mockRejectedValue(new Error('mail'));
  services.snapshot.mockResolvedValue(SNAPSHOT);
  show(services, JULIE);
  await screen.findByRole('heading', { level: 3, name: 'À relire (1)' });
  await waitFor(() => expect(logged).toHaveBeenCalledWith('[HelpCenter] The authoring housekeeping failed:', expect.any(Error)));
  expect(screen.queryByRole('alert')).toBeNull();
});

it('a section that could not be read says so; the others show', async () => {
  const services = fakes();
  services.snapshot.mockResolvedValue({ ...SNAPSHOT, mine: [], failed: ['mine'] });
  show(services, JULIE);
  await screen.findByRole('heading', { level: 3, name: 'À relire (1)' });
  expect(screen.getByRole('heading', { level: 3, name: 'Mes brouillons' })).toBeTruthy();
  expect(region(/^Mes brouillons/).textContent).toContain("Cette partie de la file n'a pas pu être lue.");
});

it('shows the first pages at once, then the whole queue once its rest is read (after the first render)', async () => {
  const services = fakes();
  const more = jest.fn(() => Promise.resolve({ ...SNAPSHOT, gaps: SNAPSHOT.gaps.concat([{ ...SNAPSHOT.gaps[0], key: 'fr:wifi', phrasing: 'wifi lent', phrasings: [{ text: 'wifi lent', count: 1 }] }]) }));
  services.snapshot.mockResolvedValue({ ...SNAPSHOT, pending: ['gaps'], more });
  show(services, JULIE);
  await screen.findByRole('heading', { level: 3, name: 'Recherches sans réponse (2)' });
  expect(services.snapshot.mock.calls[0][2]).toEqual({ pageLater: true });
  expect(more).toHaveBeenCalledTimes(1);
  expect(screen.queryByText('Lecture de la suite…')).toBeNull();
});
