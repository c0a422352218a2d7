// Shared by the draft kit's tests: the page's context in either language and a small knowledge base.
import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../../src/ui/common/HelpCenterContext';
import { buildSearchIndex, type SearchableArticle } from '../../../../../src/domain/search';
import type { KnowledgeService } from '../../../../../src/data/knowledge/types';
import { loadLocStrings } from '../../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });

export const fr = loadLocStrings('fr-fr');
export const en = loadLocStrings('en-us');

/** A string as Testing Library reads the page's text (no-break spaces are spaces there). */
export const norm = (text: string): string => text.replace(/\s+/g, ' ');

/** The provider every component of the page sits under. */
export function inPage(node: React.ReactElement, locale: 'fr' | 'en' = 'fr'): React.ReactElement {
  return (
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: locale === 'fr' ? fr : en, locale, currentUser: { loginName: '', email: 'x@univ-exemple.fr', displayName: 'X' }, siteUrl: 'https://contoso.sharepoint.com/sites/helpcenter' }}>
      {node}
    </HelpCenterProvider>
  );
}

export const ARTICLES: SearchableArticle[] = [
  { id: '1', language: 'fr', title: 'Réinitialiser son mot de passe', summary: 'Depuis la page du compte.', body: '<p>Le mot de passe expire chaque année. Changez le mot de passe depuis le compte.</p>', keywords: ['mot de passe'], questions: ['Mot de passe oublié'] },
  { id: '2', language: 'fr', title: 'Se connecter au wifi', summary: 'Le réseau eduroam.', body: '<p>Le wifi eduroam demande le compte de l\'université.</p>', keywords: ['wifi'], questions: [] },
  { id: '3', language: 'fr', title: 'Imprimer en couleur', summary: 'Les copieurs du couloir.', body: '<p>Choisissez le copieur, puis la couleur. Le compte paie les pages.</p>', keywords: ['impression'], questions: [] },
  { id: '4', language: 'fr', title: 'Accéder à Moodle', summary: 'Les cours en ligne.', body: '<p>Moodle ouvre avec le compte de l\'université.</p>', keywords: ['moodle'], questions: [] },
  { id: '5', language: 'en', title: 'Reset your password', summary: 'From the account page.', body: '<p>Your password expires every year.</p>', keywords: ['password'], questions: [] }
];

/** A knowledge service whose analysed index is ARTICLES'; every other call a mock. */
export function knowledgeWith(over: Partial<KnowledgeService> = {}): KnowledgeService {
  return {
    ready: jest.fn(), search: jest.fn(), categories: jest.fn(async () => []), popular: jest.fn(), article: jest.fn(), related: jest.fn(), myVote: jest.fn(),
    vote: jest.fn(), experts: jest.fn(), recordSearch: jest.fn(), analysedIndex: jest.fn(async () => buildSearchIndex(ARTICLES).toJSON()), ...over
  } as unknown as KnowledgeService;
}
