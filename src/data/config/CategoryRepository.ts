import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import {
  checkCategory, nextSortOrder, parseHours, priorityTargetsOf, tidyCategory, type CategoryDraft, type CategoryPlacement, type CategoryProblem
} from '../../domain/config/categoryRules';
import type { RawHelpTeamsItem } from '../schema/items.generated';
import { serializeSlaByPriority } from '../../domain/sla/categoryTargets';
import { helpList, type HelpListName } from '../sp/lists';
import { forEachPage } from '../sp/paging';
import { ensureSiteUser } from '../sp/siteUsers';
import { isNotFound, isPreconditionFailed } from '../sp/errors';
import { currentUserHas, PermissionKinds } from '../sp/permissions';
import {
  CATEGORY_ROW_EXPAND, CATEGORY_ROW_SELECT, toCategoryVersion, toCategoryView, type CategoryRow, type CategoryTeam, type CategoryVersion,
  type CategoryVersionRow, type CategoryView
} from './categoryRows';

/** The fields refused before anything was written. */
export class CategoryInvalidError extends Error {
  /** Constructor. */
  public constructor(public readonly problems: CategoryProblem[]) {
    super(`Category refused: ${problems.map(p => `${p.field} ${p.code}`).join(', ')}`);
  }
}

/** Someone saved the category (or a sibling being reordered) since it was read: `current` is their version (undefined: deleted). */
export class CategoryConflictError extends Error {
  /** Constructor. */
  public constructor(public readonly current: CategoryView | undefined) {
    super('The category changed since it was read');
  }
}

/** Why a category is not deleted: it has subcategories, or requests, articles or ideas name it. */
export class CategoryInUseError extends Error {
  /** Constructor. */
  public constructor(public readonly reason: 'children' | 'used') {
    super(reason === 'children' ? 'The category has subcategories' : 'Requests, articles or ideas name this category');
  }
}

const LIST = 'HelpCategories';
const PAGE = 500;
/** The lists whose indexed HCCategory lookup names a category (Experts' HCCategories is a multi-lookup: not indexable). */
const USED_BY: readonly HelpListName[] = ['HelpTickets', 'HelpTicketStates', 'KnowledgeArticles', 'KnowledgeDrafts', 'Ideas', 'IdeaStates'];

/** Whether the page can draw an icon: a check the caller supplies (the icons registered on the page). */
export type IconCheck = (name: string) => boolean;

/** The item's columns from a draft (tidied and checked before). */
function payload(draft: CategoryDraft): Record<string, unknown> {
  const d = tidyCategory(draft);
  const hours = (typed: string): number | null => { const h = parseHours(typed); return h === undefined ? null : h; }; // eslint-disable-line @rushstack/no-new-null
  return {
    Title: d.titleFr, HCTitleEn: d.titleEn, HCParentId: d.parentId === undefined ? null : d.parentId, HCIcon: d.icon || null,
    HCDefaultTeamId: d.defaultTeamId === undefined ? null : d.defaultTeamId, HCFormFields: d.formFields, HCRequiredFields: d.requiredFields,
    HCFirstResponseHours: hours(d.firstResponseHours), HCResolutionHours: hours(d.resolutionHours), HCApprovalRequired: d.approvalRequired,
    HCApproverId: d.approver ? d.approver.id : null,
    HCSlaByPriority: serializeSlaByPriority(priorityTargetsOf(d)), HCCommunityUrl: d.communityUrl || null, HCCommunityName: d.communityName || null
  };
}

/**
 * The category tree (HelpCategories) as the owners' configuration page reads and writes it: every write checked
 * first (checkCategory, against the tree and the teams read again), updates and deletes sent with the item's ETag,
 * a reorder sent as one `$batch` of ETag writes, history from the item's versions. SharePoint lets only owners write
 * the list (Read for everyone else).
 */
export class CategoryRepository {
  /** @param sp PnPjs bound to the help center site; @param isKnownIcon whether the page can draw an icon. */
  public constructor(private readonly sp: SPFI, private readonly isKnownIcon: IconCheck = () => true) {}

  /** The site user id of a person the people picker found, as the default approver (adds them to the site's users if needed). */
  public ensureUser(loginName: string): Promise<{ id: number; email: string; displayName: string }> {
    return ensureSiteUser(this.sp, loginName);
  }

  /** Whether the current person may edit the list (owners). */
  public canEdit(): Promise<boolean> {
    return currentUserHas(helpList(this.sp, LIST), PermissionKinds.EditListItems);
  }

  /** The whole tree, page by page (a tree has tens of categories; read in pages of 500 whatever its size). */
  public async all(): Promise<CategoryView[]> {
    const out: CategoryView[] = [];
    await forEachPage<CategoryRow>(helpList(this.sp, LIST).items.select(...CATEGORY_ROW_SELECT).expand(...CATEGORY_ROW_EXPAND).top(PAGE), rows => {
      rows.forEach(r => out.push(toCategoryView(r)));
    });
    return out;
  }

  /** The teams a category may send its requests to, page by page. */
  public async teams(): Promise<CategoryTeam[]> {
    const out: CategoryTeam[] = [];
    await forEachPage<Pick<RawHelpTeamsItem, 'Id' | 'Title' | 'HCTitleEn'>>(helpList(this.sp, 'HelpTeams').items.select('Id', 'Title', 'HCTitleEn').top(PAGE), rows => {
      rows.forEach(r => out.push({ id: r.Id, titleFr: r.Title || '', titleEn: r.HCTitleEn || r.Title || '' }));
    });
    return out;
  }

  /** One category, or undefined when it no longer exists. */
  public async get(id: number): Promise<CategoryView | undefined> {
    try {
      return toCategoryView(await helpList(this.sp, LIST).items.getById(id).select(...CATEGORY_ROW_SELECT).expand(...CATEGORY_ROW_EXPAND)<CategoryRow>());
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** The refused fields of a draft, read against the tree and the teams as they are now. */
  public async check(draft: CategoryDraft, selfId?: number): Promise<{ problems: CategoryProblem[]; tree: CategoryView[] }> {
    const [tree, teams] = await Promise.all([this.all(), this.teams()]);
    const self = tree.filter(c => c.id === selfId)[0];
    const problems = checkCategory(draft, { selfId, categories: tree, teamIds: teams.map(t => t.id), isKnownIcon: this.isKnownIcon, savedIcon: self && self.icon });
    return { problems, tree };
  }

  /** Adds a category, last among its siblings, after checking it (CategoryInvalidError when refused). */
  public async add(draft: CategoryDraft): Promise<CategoryView> {
    const { problems, tree } = await this.check(draft);
    if (problems.length) throw new CategoryInvalidError(problems);
    const added = await helpList(this.sp, LIST).items.add({ ...payload(draft), HCSortOrder: nextSortOrder(tree, draft.parentId) }) as { Id: number };
    return (await this.get(added.Id))!;
  }

  /**
   * Saves a category over the version read (`etag`): CategoryInvalidError when refused, CategoryConflictError with
   * the other person's version when someone saved it since. A new parent puts it last there.
   */
  public async update(id: number, etag: string, draft: CategoryDraft): Promise<CategoryView> {
    const { problems, tree } = await this.check(draft, id);
    if (problems.length) throw new CategoryInvalidError(problems);
    const self = tree.filter(c => c.id === id)[0];
    const moved = self && (self.parentId || undefined) !== draft.parentId ? { HCSortOrder: nextSortOrder(tree, draft.parentId) } : {};
    try {
      await helpList(this.sp, LIST).items.getById(id).update({ ...payload(draft), ...moved }, etag);
    } catch (e) {
      if (isPreconditionFailed(e) || isNotFound(e)) throw new CategoryConflictError(await this.get(id));
      throw e;
    }
    return (await this.get(id))!;
  }

  /**
   * Writes new sort orders (and parents) in one `$batch`, each with the ETag read (`etags` by id). A batch is not a
   * transaction: when one write meets a newer version the others still apply, and CategoryConflictError says the
   * tree must be read again (the page does, and shows the tree as it is).
   */
  public async place(placements: readonly CategoryPlacement[], etags: { [id: number]: string }): Promise<void> {
    if (!placements.length) return;
    const [batched, execute] = this.sp.batched();
    const writes = placements.map(p => helpList(batched, LIST).items.getById(p.id)
      .update({ HCSortOrder: p.sortOrder, HCParentId: p.parentId === undefined ? null : p.parentId }, etags[p.id] || '*'));
    writes.forEach(w => w.catch(() => undefined));
    await execute();
    const failed = (await Promise.all(writes.map(w => w.then(() => undefined, (e: unknown) => e)))).filter(e => e !== undefined);
    const conflict = failed.filter(e => isPreconditionFailed(e) || isNotFound(e))[0];
    if (conflict) throw new CategoryConflictError(undefined);
    if (failed.length) throw failed[0];
  }

  /**
   * Whether requests, articles, drafts or ideas name the category (each list's HCCategory is indexed: one `$batch`
   * of `top(1)` reads). What the person cannot read is not seen: complete for owners (they read every list).
   */
  public async inUse(id: number): Promise<boolean> {
    const [batched, execute] = this.sp.batched();
    const filter = `HCCategoryId eq ${Math.floor(id)}`;
    const reads = USED_BY.map(list => helpList(batched, list).items.select('Id').filter(filter).top(1)<{ Id: number }[]>());
    reads.forEach(r => r.catch(() => undefined));
    await execute();
    const found = await Promise.all(reads.map(r => r.then(rows => rows.length > 0, (e: unknown) => {
      // A list this site lacks (an older version) names nothing; any other failure must not let a delete through.
      if (isNotFound(e)) return false;
      throw e;
    })));
    return found.some(Boolean);
  }

  /** Deletes a category with no subcategory that nothing names (CategoryInUseError otherwise), over the version read. */
  public async remove(id: number, etag: string): Promise<void> {
    const tree = await this.all();
    if (tree.some(c => c.parentId === id)) throw new CategoryInUseError('children');
    if (await this.inUse(id)) throw new CategoryInUseError('used');
    try {
      await helpList(this.sp, LIST).items.getById(id).delete(etag);
    } catch (e) {
      if (isPreconditionFailed(e)) throw new CategoryConflictError(await this.get(id));
      if (isNotFound(e)) return;
      throw e;
    }
  }

  /** The item's saved versions, newest first: who changed what, and when (SharePoint's own record). */
  public async history(id: number): Promise<CategoryVersion[]> {
    const rows = await helpList(this.sp, LIST).items.getById(id).versions() as CategoryVersionRow[];
    return rows.map(toCategoryVersion);
  }
}
