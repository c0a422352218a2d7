// The knowledge fixture with the authoring roles (issue 14): Nadia and Léa contributors, Jean Moreau the named
// reviewer of "Mots de passe", Sophie Bernard in the reviewers group; Tom a reader (a member like everyone).
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';
import { AuthoringService, type AuthoringLinks } from '../../../src/data/knowledge/authoring';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { LEA, OWNER, TEACHER, graphAs } from '../emulator/helpers';
import { knowledgeSite, type KnowledgeFixture } from './fixture';

export const NADIA = `nadia.rousseau@${DEMO_DOMAIN}`;
export const SOPHIE = `sophie.bernard@${DEMO_DOMAIN}`;
export const JEAN = TEACHER;

/** The fixture, the authoring groups filled, and the passwords category reviewed by Jean. */
export async function authoringSite(): Promise<KnowledgeFixture & { service: (user: string) => AuthoringService; userId: (email: string) => Promise<number> }> {
  const f = await knowledgeSite();
  const owner = f.sp(OWNER);
  const group = (key: string): string => HELP_CENTER_GROUPS.find(g => g.key === key)!.title.replace(/'/g, "''");
  for (const email of [NADIA, LEA]) await owner.web.siteGroups.getByName(group('contributors')).users.add(`i:0#.f|membership|${email}`);
  for (const email of [JEAN, SOPHIE]) await owner.web.siteGroups.getByName(group('reviewers')).users.add(`i:0#.f|membership|${email}`);
  const userId = async (email: string): Promise<number> => (await owner.web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  await owner.web.lists.getByTitle('HelpCategories').items.getById(f.cat.passwords).update({ HCReviewersId: [await userId(JEAN)] });
  const links: AuthoringLinks = t => `${f.emu.siteUrl}/SitePages/Contribuer.aspx?${t.draftId ? `draft=${t.draftId}` : `article=${t.articleId}`}`;
  return { ...f, userId, service: (user: string) => new AuthoringService(f.sp(user), graphAs(f.emu, user), links) };
}

/** PnPjs as a person, for plain REST calls a script would make. */
export type SpAs = (user: string) => SPFI;
