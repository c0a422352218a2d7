// Conformance: SharePoint Search's Keyword Query Language in `_api/search/postquery`, as far as the knowledge
// base's SharePoint Search provider depends on it.
// Sources (Microsoft Learn, open specifications):
// - [MS-KQL] 2 Structures: operators are case sensitive and upper case; parentheses group.
//   https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-kql/51e2c39a-b6ad-44a7-a4bf-a04ea03ffafd
// - [MS-KQL] 2.1.11 Implicit Operator: a sequence without operators is ANDed when the query has AND/NOT.
//   https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-kql/6dfcc946-bf50-4ead-9c22-f9ea655cc899
// - [MS-KQL] 2.2.4 Implicit Operator for Property Restrictions: "name1:value1 name1:value2" is
//   "name1:value1 OR name1:value2" — so a template `{searchTerms} ListId:<guid>` restricts nothing when the terms
//   hold another ListId. https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-kql/5c7e1e38-b7f2-4b1a-a38c-947e22e1d642
// - [MS-SEARCH] 2.2.11.3 Property Expression: NOT binds tightest, then AND, then OR, the implicit join last.
//   https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-search/f486edad-3eee-4d42-a4e2-58cbcf739959
import '@pnp/sp/search';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { LEA, OWNER, provisionList, spError, start } from './helpers';

let emu: Emulator;
let sp: (user: string) => SPFI;
const ids: { [list: string]: string } = {};

beforeAll(async () => {
  ({ emu, sp } = await start());
  const owner = sp(OWNER);
  for (const title of ['Articles', 'Secrets']) {
    await provisionList(owner, title, []);
    ids[title] = (await owner.web.lists.getByTitle(title).select('Id')<{ Id: string }>()).Id;
  }
  const add = (list: string, Title: string) => owner.web.lists.getByTitle(list).items.add({ Title });
  await add('Articles', 'Connexion au wifi eduroam');
  await add('Articles', 'Imprimer depuis le wifi');
  await add('Articles', 'Mot de passe oublié');
  await add('Secrets', 'Code du coffre eduroam');
});
afterAll(() => emu.close());

async function titles(template: string, terms: string): Promise<string[]> {
  const r = await sp(LEA).search({ Querytext: terms, QueryTemplate: template, SelectProperties: ['Title', 'ListId'], RowLimit: 50 });
  return (r.PrimarySearchResults as unknown as { Title: string }[]).map((x) => x.Title).sort();
}

describe('KQL in postquery', () => {
  it('ANDs free-text terms and a property restriction (MS-KQL 2.2.4: token1 name1:value1 = token1 AND name1:value1)', async () => {
    expect(await titles(`{searchTerms} ListId:${ids.Articles}`, 'eduroam')).toEqual(['Connexion au wifi eduroam']);
  });

  it('ORs two restrictions on the same property in one sequence (MS-KQL 2.2.4), so a template alone does not confine user terms', async () => {
    expect(await titles(`{searchTerms} ListId:${ids.Articles}`, `ListId:${ids.Secrets}`)).toEqual([
      'Code du coffre eduroam', 'Connexion au wifi eduroam', 'Imprimer depuis le wifi', 'Mot de passe oublié'
    ]);
  });

  it('honours OR, NOT, AND, exclusion and parentheses with NOT > AND > OR precedence (MS-SEARCH 2.2.11.3)', async () => {
    const inArticles = `({searchTerms}) AND ListId:${ids.Articles}`;
    expect(await titles(inArticles, 'eduroam OR passe')).toEqual(['Connexion au wifi eduroam', 'Mot de passe oublié']);
    expect(await titles(inArticles, 'wifi NOT eduroam')).toEqual(['Imprimer depuis le wifi']);
    expect(await titles(inArticles, 'wifi -eduroam')).toEqual(['Imprimer depuis le wifi']);
    expect(await titles(inArticles, 'imprimer OR wifi AND eduroam')).toEqual(['Connexion au wifi eduroam', 'Imprimer depuis le wifi']);
    expect(await titles(inArticles, '"mot de passe"')).toEqual(['Mot de passe oublié']);
    expect(await titles(inArticles, 'impr*')).toEqual(['Imprimer depuis le wifi']);
    // The restriction in parentheses outside the terms holds even when the terms name another list.
    expect(await titles(inArticles, `eduroam OR ListId:${ids.Secrets}`)).toEqual(['Connexion au wifi eduroam']);
  });

  it('reads operators in upper case only (MS-KQL 2): "or" is a word', async () => {
    expect(await titles(`{searchTerms} ListId:${ids.Articles}`, 'eduroam or passe')).toEqual([]);
  });

  it('lets terms with their own parentheses break out of a template that only wraps them', async () => {
    // `(eduroam) OR (eduroam) AND ListId:…` is OR(eduroam, AND(eduroam, ListId)): the restriction no longer holds.
    expect(await titles(`({searchTerms}) AND ListId:${ids.Articles}`, 'eduroam) OR (eduroam')).toEqual(['Code du coffre eduroam', 'Connexion au wifi eduroam']);
  });

  it('refuses an unbalanced query instead of guessing', async () => {
    const err = await spError(sp(LEA).search({ Querytext: 'wifi)', QueryTemplate: '{searchTerms}' }));
    expect(err.status).toBe(400);
  });
});
