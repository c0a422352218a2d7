// A provisioned help-center site with a small, controlled knowledge base (categories tree, FR/EN pairs, a draft).
import '@pnp/sp/site-users/web';
import '@pnp/sp/attachments';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { OWNER, start } from '../emulator/helpers';
import { SiteProvisioner } from '../../../src/data/provisioning';

export interface KnowledgeFixture {
  emu: Emulator;
  sp: (user: string) => SPFI;
  cat: { accounts: number; passwords: number; network: number };
  ids: { passwordFr: number; passwordEn: number; mfaFr: number; wifiFr: number; wifiEn: number; printFr: number; draftFr: number };
}

export async function knowledgeSite(): Promise<KnowledgeFixture> {
  const { emu, sp } = await start();
  expect((await new SiteProvisioner(sp(OWNER)).apply()).ready).toBe(true);
  const owner = sp(OWNER);
  const cats = owner.web.lists.getByTitle('HelpCategories').items;
  const accounts = (await cats.add({ Title: 'Comptes', HCTitleEn: 'Accounts', HCSortOrder: 1 })).Id;
  const passwords = (await cats.add({ Title: 'Mots de passe', HCTitleEn: 'Passwords', HCParentId: accounts, HCSortOrder: 1 })).Id;
  const network = (await cats.add({ Title: 'Réseau', HCTitleEn: 'Network', HCSortOrder: 2 })).Id;
  const ownerId = (await owner.web.ensureUser(`i:0#.f|membership|${OWNER}`)).Id;
  const items = owner.web.lists.getByTitle('KnowledgeArticles').items;
  const add = async (v: Record<string, unknown>): Promise<number> => (await items.add({ HCStatus: 'published', HCOwnerId: ownerId, ...v })).Id;
  const passwordFr = await add({
    Title: 'Réinitialiser mon mot de passe oublié', HCSummary: 'Utilisez la page de réinitialisation du mot de passe.', HCLanguage: 'fr',
    HCBody: '<p>Ouvrez <b>moncompte.univ-exemple.fr</b> et suivez les étapes.</p>', HCKeywords: 'mdp, identifiant', HCQuestions: 'J\'ai perdu mon mot de passe',
    HCCategoryId: passwords, HCArticleKind: 'howto', HCViews: 120, HCHelpful: 30
  });
  const passwordEn = await add({
    Title: 'Reset a forgotten password', HCSummary: 'Use the password reset page.', HCLanguage: 'en', HCBody: '<p>Open the account page and follow the steps.</p>',
    HCKeywords: 'password, login', HCCategoryId: passwords, HCArticleKind: 'howto', HCTranslationOfId: passwordFr, HCViews: 40
  });
  await items.getById(passwordFr).update({ HCTranslationOfId: passwordEn });
  const mfaFr = await add({
    Title: 'Activer la double authentification (MFA)', HCSummary: 'Installez Microsoft Authenticator.', HCLanguage: 'fr',
    HCBody: '<p>La validation en deux étapes protège votre compte et votre mot de passe.</p>', HCCategoryId: accounts, HCArticleKind: 'faq', HCViews: 10
  });
  const wifiFr = await add({
    Title: 'Se connecter au wifi eduroam', HCSummary: 'Identifiant complet et mot de passe de l\'université.', HCLanguage: 'fr',
    HCBody: '<p>Choisissez le réseau eduroam.</p>', HCCategoryId: network, HCArticleKind: 'troubleshooting', HCViews: 300
  });
  const wifiEn = await add({
    Title: 'Connect to the eduroam wifi', HCSummary: 'Full login and university password.', HCLanguage: 'en', HCBody: '<p>Pick the eduroam network.</p>',
    HCCategoryId: network, HCArticleKind: 'troubleshooting', HCTranslationOfId: wifiFr
  });
  const printFr = await add({
    Title: 'Imprimer depuis mon ordinateur portable', HCSummary: 'Ajoutez l\'imprimante Papercut.', HCLanguage: 'fr',
    HCBody: '<p>Installez le pilote d\'impression.</p>', HCArticleKind: 'howto'
  });
  const draftFr = await add({ Title: 'Brouillon : imprimante couleur', HCSummary: 'En cours.', HCLanguage: 'fr', HCBody: 'imprimante', HCStatus: 'draft' });
  await items.getById(printFr).attachmentFiles.add('pilote.txt', 'driver');
  return { emu, sp, cat: { accounts, passwords, network }, ids: { passwordFr, passwordEn, mfaFr, wifiFr, wifiEn, printFr, draftFr } };
}

/** Published articles of the fixture. */
export const PUBLISHED_COUNT = 6;
