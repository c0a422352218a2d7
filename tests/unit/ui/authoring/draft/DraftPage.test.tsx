import * as React from 'react';
import { render, screen } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../../src/ui/common/HelpCenterContext';
import DraftPage from '../../../../../src/ui/authoring/draft/DraftPage';
import type { AuthoringServices } from '../../../../../src/data/knowledge/authoring/services';
import type { AuthoringActor, Draft } from '../../../../../src/data/knowledge/authoring/types';
import { loadLocStrings } from '../../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const strings = loadLocStrings('fr-fr');
const s = strings.articleDraft;
const NADIA = { id: 11, email: 'nadia.rousseau@univ-exemple.fr', displayName: 'Nadia Rousseau' };
const MARC = { id: 14, email: 'marc.lefebvre@univ-exemple.fr', displayName: 'Marc Lefebvre' };
const contributor = (p = MARC): AuthoringActor => ({ person: p, isSiteOwner: false, isContributor: true, canPublish: false });

const draft = (over: Partial<Draft> = {}): Draft => ({
  id: 40, etag: '"1"', language: 'fr', status: 'draft', template: 'howto', sequence: 0, author: NADIA, modifiedAt: new Date(), files: [],
  content: {
    title: 'Imprimer en couleur', summary: 'Le copieur couleur.', questions: ['imprimer couleur'], keywords: ['couleur'], kind: 'howto', reviewDate: '2027-12-03',
    bodyHtml: '<h2 data-hc-section="goal">Objectif</h2><p>Imprimer.<script>window.__x=1</script><a href="javascript:alert(1)">ici</a></p>'
  },
  ...over
});

function show(d: Draft | undefined, actor: AuthoringActor): jest.Mock {
  const get = jest.fn(async () => d);
  const services = {
    authoring: { drafts: { get } },
    knowledge: { categories: jest.fn(async () => []) },
    links: { authoring: () => '/x', article: (id: number) => `/sites/helpcenter/SitePages/Knowledge.aspx?article=${id}` }
  } as unknown as AuthoringServices;
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings, locale: 'fr', currentUser: { loginName: '', email: actor.person.email, displayName: '' } }}>
      <DraftPage services={services} actor={actor} route={{ kind: 'draft', id: 40 }} />
    </HelpCenterProvider>
  );
  return get;
}

it('someone else\'s draft is read-only for a contributor who does not review: its text sanitised, no step offered', async () => {
  const get = show(draft(), contributor());
  expect(await screen.findByRole('heading', { level: 3, name: 'Brouillon\u00a0: Imprimer en couleur' })).toBeInTheDocument();
  expect(get).toHaveBeenCalledWith(40);
  // Fluent's MessageBar renders its text one tick later (DelayedRender, so screen readers announce it): wait for it.
  expect(await screen.findByText(s.readOnly)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: s.save })).toBeNull();
  expect(screen.queryByRole('button', { name: s.submit })).toBeNull();
  expect(document.querySelector('script')).toBeNull();
  expect(screen.getByText('ici').closest('a')).not.toHaveAttribute('href');
});

it('her draft in review: its author reads it and may take it back', async () => {
  show(draft({ status: 'review' }), contributor(NADIA));
  expect(await screen.findByText(/^Ce brouillon est en relecture.*reprenez-le pour le modifier\.$/)).toBeInTheDocument();
  expect(screen.getByText(/^État.*En relecture$/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: s.withdraw })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: s.save })).toBeNull();
});

it('a published draft links to its article', async () => {
  show(draft({ status: 'published', articleId: 77 }), contributor(NADIA));
  expect(await screen.findByRole('link', { name: s.openArticle })).toHaveAttribute('href', '/sites/helpcenter/SitePages/Knowledge.aspx?article=77');
});

it('a draft that does not exist or cannot be read: said so', async () => {
  show(undefined, contributor());
  expect(await screen.findByText(s.notFound)).toBeInTheDocument();
});

it('in English: the template chooser, in the page\'s language by default (the form itself is covered by the e2e)', async () => {
  const en = loadLocStrings('en-us');
  const services = { knowledge: { categories: jest.fn(async () => []) }, links: { authoring: () => '/x' } } as unknown as AuthoringServices;
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: en, locale: 'en', currentUser: { loginName: '', email: NADIA.email, displayName: '' } }}>
      <DraftPage services={services} actor={contributor(NADIA)} route={{ kind: 'new' }} />
    </HelpCenterProvider>
  );
  expect(await screen.findByRole('heading', { level: 3, name: 'New article' })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: en.articleTemplates.names.howto })).toBeChecked();
  expect(screen.getByRole('radio', { name: en.language.en })).toBeChecked();
  expect(screen.getByRole('button', { name: en.articleDraft.start })).toBeInTheDocument();
  expect(screen.getByText(en.articleDraft.templateHelp)).toBeInTheDocument();
});
