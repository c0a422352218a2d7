// Article counters are written the way a real SharePoint site accepts: ValidateUpdateListItem reads dates with
// the site's regional settings and refuses ISO strings (tests/integration/emulator/form-values.test.ts), so the
// silent update that keeps Modified must type it in the site's format. Before, the ISO Modified was refused and
// no counter was ever written on a real site.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { OWNER } from '../emulator/helpers';
import { refreshArticleStats } from '../../../src/data/knowledge';
import { knowledgeSite, type KnowledgeFixture } from './fixture';

let emu: Emulator;
let sp: (user: string) => SPFI;
let f: KnowledgeFixture;

beforeAll(async () => {
  f = await knowledgeSite();
  emu = f.emu;
  sp = f.sp;
});
afterAll(() => emu.close());

it('updates the counters silently: new values, same Modified (to the minute), Editor and version', async () => {
  const articles = sp(OWNER).web.lists.getByTitle('KnowledgeArticles').items;
  const read = () => articles.getById(f.ids.wifiFr).select('HCViews', 'HCHelpful', 'HCNotHelpful', 'Modified', 'EditorId', 'OData__UIVersionString')<{
    HCViews: number; HCHelpful: number; HCNotHelpful: number; Modified: string; EditorId: number; OData__UIVersionString: string;
  }>();
  await articles.getById(f.ids.wifiFr).update({ HCHelpful: 99, HCNotHelpful: 7 });
  const before = await read();
  expect(await refreshArticleStats(sp(OWNER))).toBeGreaterThan(0);
  const after = await read();
  expect(after).toMatchObject({ HCHelpful: 0, HCNotHelpful: 0, EditorId: before.EditorId, OData__UIVersionString: before.OData__UIVersionString });
  expect(after.Modified.slice(0, 16)).toBe(before.Modified.slice(0, 16));
  expect(await refreshArticleStats(sp(OWNER))).toBe(0);
});
