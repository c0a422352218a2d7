import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { EXPERT_AVAILABILITIES, type ExpertAvailability } from '../../domain/vocabulary';
import type { RawExpertsItem } from '../schema/items.generated';
import { helpList } from '../sp/lists';
import { forEachPage } from '../sp/paging';
import { categoryWithAncestors } from './categoryTree';
import { PAGE_SIZE } from './repository';
import type { ArticleLanguage, ExpertSummary, KnowledgeCategory } from './types';

type ExpertRow = Pick<RawExpertsItem, 'Id' | 'AuthorId' | 'EditorId' | 'HCPersonId' | 'HCCategoriesId' | 'HCLanguages' | 'HCAvailability' | 'HCSkills' | 'HCListed'>
  & { HCPerson?: { Title?: string; EMail?: string } };

/**
 * An entry is the person's own word about themselves only when the person named in it created it and was the
 * last to save it (Author = Editor = HCPerson). The list lets anyone add items (WriteSecurity 2) and HCPerson is
 * a people column anyone can set to anyone: a student's entry naming a teacher, or an entry someone else edited
 * since, is not shown. Limit (README, security): ValidateUpdateListItem lets the creator of an item rewrite its
 * Author and Editor, and without a new version it rewrites the current version too, so a forger who rewrites
 * both to the person they named leaves no trace a browser can read; the server-side option is content approval.
 */
export function isOwnEntry(r: Pick<RawExpertsItem, 'AuthorId' | 'EditorId' | 'HCPersonId'>): boolean {
  return !!r.HCPersonId && r.AuthorId === r.HCPersonId && r.EditorId === r.HCPersonId;
}

function toExpert(r: ExpertRow, agentIds: readonly number[]): ExpertSummary | undefined {
  // Shown only with the person's consent (HCListed, on their own entry).
  if (!isOwnEntry(r) || r.HCListed !== true || !r.HCPerson || !r.HCPerson.EMail) return undefined;
  const availability = (EXPERT_AVAILABILITIES as readonly string[]).indexOf(r.HCAvailability || '') >= 0 ? r.HCAvailability as ExpertAvailability : 'available';
  return {
    id: r.Id,
    name: r.HCPerson.Title || r.HCPerson.EMail,
    email: r.HCPerson.EMail,
    categoryIds: (r.HCCategoriesId || []) as number[],
    languages: ((r.HCLanguages || []) as string[]).filter((l): l is ArticleLanguage => l === 'fr' || l === 'en'),
    availability,
    skills: (r.HCSkills || '').split(',').map(x => x.trim()).filter(Boolean),
    askable: agentIds.indexOf(r.HCPersonId as number) >= 0
  };
}

/**
 * The experts directory: read once, in pages (a multi-value lookup cannot be indexed, so the category is
 * matched here rather than in a `$filter`), then matched to a category and its parents.
 */
export class ExpertDirectory {
  private all: Promise<ExpertSummary[]> | undefined;

  public constructor(private readonly sp: SPFI) {}

  public async forCategory(categoryId: number, categories: KnowledgeCategory[], limit: number = 3): Promise<ExpertSummary[]> {
    if (!this.all) {
      this.all = this.read();
      this.all.catch(() => { this.all = undefined; });
    }
    const experts = await this.all;
    // The category and its ancestors: an expert of "Accounts" answers on "Passwords".
    const wanted = categoryWithAncestors(categories, categoryId);
    const rank = (e: ExpertSummary): number => {
      const depth = Math.min(...e.categoryIds.map(id => wanted.indexOf(id)).filter(i => i >= 0));
      return depth * 10 + EXPERT_AVAILABILITIES.indexOf(e.availability);
    };
    return experts.filter(e => e.categoryIds.some(id => wanted.indexOf(id) >= 0))
      .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name)).slice(0, limit).map(e => ({ ...e, foundFor: categoryId }));
  }

  /**
   * The entry each person wrote about themselves (their latest, should there be several), kept only when it is listed
   * (their consent: an older listed entry never stands in for a withdrawn one), and whether they are agents of a team
   * (HelpTeams members: "ask this expert").
   */
  private async read(): Promise<ExpertSummary[]> {
    const byPerson: { [email: string]: ExpertSummary } = {};
    type TeamRow = { HCMembersId: number[] | null }; // eslint-disable-line @rushstack/no-new-null
    const teams: Promise<TeamRow[]> = helpList(this.sp, 'HelpTeams').items.select('Id', 'HCMembersId').top(500)<TeamRow[]>().catch(() => []);
    const rows: ExpertRow[] = [];
    await forEachPage<ExpertRow>(helpList(this.sp, 'Experts').items
      .select('Id', 'AuthorId', 'EditorId', 'HCPersonId', 'HCCategoriesId', 'HCLanguages', 'HCAvailability', 'HCSkills', 'HCListed', 'HCPerson/Title', 'HCPerson/EMail')
      .expand('HCPerson').top(PAGE_SIZE), page => { rows.push(...page); });
    const agentIds = (await teams).reduce((ids: number[], t: TeamRow) => ids.concat(t.HCMembersId || []), []);
    const latest = new Map<number, ExpertRow>();
    for (const r of rows) {
      if (!isOwnEntry(r)) continue;
      const have = latest.get(r.HCPersonId as number);
      if (!have || have.Id < r.Id) latest.set(r.HCPersonId as number, r);
    }
    latest.forEach(r => {
      const e = toExpert(r, agentIds);
      if (e) byPerson[e.email.toLowerCase()] = e;
    });
    return Object.keys(byPerson).map(k => byPerson[k]);
  }
}
