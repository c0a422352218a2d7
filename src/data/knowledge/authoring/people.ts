import { SPCollection, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { helpList } from '../../sp/lists';
import { httpStatus } from '../../sp/errors';
import { HELP_CENTER_GROUPS } from '../../schema/security';
import type { PersonRef } from '../../../domain/tickets/model';
import { reviewersFor, type ArticleActor, type ArticleReviewers, type ReviewedCategory } from '../../../domain/knowledge/articleWorkflow';
import type { AuthoringActor } from './types';
import type { PersonRow } from './rows';
import { currentUserHas, PermissionKinds } from '../../sp/permissions';

/**
 * Who acts and who reviews. Who may do what is read from effective permissions (membership through Entra groups
 * counts, see tickets/roles.ts); the reviewers of a category from HelpCategories.HCReviewers, the nearest ancestor's,
 * else the reviewers group and the site owners (articleWorkflow.reviewersFor).
 */
export class AuthoringPeople {
  private categories?: Promise<ReviewedCategory[]>;
  private fallback?: Promise<{ all: PersonRef[]; owners: PersonRef[] }>;

  /** @param sp PnPjs bound to the help center site, as the person who acts. */
  public constructor(private readonly sp: SPFI) {}

  /**
   * The person acting and what SharePoint lets them do: five reads in one $batch (one request). `alongside` may add
   * the page's own first reads to the same batch (the contributors' page renders after one round trip).
   */
  public async actor(alongside?: (batched: SPFI) => void): Promise<AuthoringActor> {
    const [batched, execute] = this.sp.batched();
    const reads = Promise.all([
      batched.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>(),
      currentUserHas(batched.web, PermissionKinds.ManageWeb),
      currentUserHas(helpList(batched, 'KnowledgeDrafts'), PermissionKinds.AddListItems).catch(() => false),
      currentUserHas(helpList(batched, 'KnowledgeArticles'), PermissionKinds.EditListItems),
      // A list the person cannot read answers 404 inside the batch (the batch itself succeeds: nothing logged).
      currentUserHas(helpList(batched, 'ArticleNotifications'), PermissionKinds.AddListItems).catch(() => false)
    ]);
    if (alongside) alongside(batched);
    await execute();
    const [me, owner, contributor, publisher, mailer] = await reads;
    return {
      person: { id: me.Id, email: me.Email, displayName: me.Title }, isSiteOwner: owner, isContributor: contributor, canPublish: publisher,
      mayRecordMails: mailer
    };
  }

  /** The workflow's view of an actor. */
  public static workflowActor(a: AuthoringActor): ArticleActor {
    return { person: a.person, isSiteOwner: a.isSiteOwner, isContributor: a.isContributor };
  }

  /**
   * The effective reviewers of a category (read once per instance): its named reviewers (or the nearest ancestor's),
   * else the reviewers group and the site owners. Only the site owners review every category: a member of the
   * reviewers group reviews the categories that name nobody.
   */
  public async reviewersOf(categoryId: number | undefined): Promise<ArticleReviewers> {
    const [categories, fallback] = await Promise.all([this.readCategories(), this.readFallback()]);
    const found = reviewersFor(categoryId, categories, fallback.owners);
    return found.reviewers === fallback.owners ? { reviewers: fallback.all, siteOwners: fallback.owners } : found;
  }

  /** The categories with their named reviewers (a small list: read whole, paged). */
  private readCategories(): Promise<ReviewedCategory[]> {
    if (!this.categories) {
      type Row = { Id: number; HCParentId: number | null; HCReviewers?: PersonRow[] }; // eslint-disable-line @rushstack/no-new-null
      this.categories = helpList(this.sp, 'HelpCategories').items.select('Id', 'HCParentId', 'HCReviewers/Id', 'HCReviewers/Title', 'HCReviewers/EMail')
        .expand('HCReviewers').top(5000)<Row[]>()
        .then(rows => rows.map(r => ({
          id: r.Id, parentId: r.HCParentId || undefined,
          reviewers: (r.HCReviewers || []).map(p => ({ id: p.Id || 0, email: p.EMail || '', displayName: p.Title })).filter(p => p.id > 0)
        })));
    }
    return this.categories;
  }

  /**
   * The reviewers of a category naming nobody (`all`: the reviewers group's members, then the site owners) and the
   * site owners, who review every category. A person who may
   * not see a group's members reads none there (SharePoint answers 403): the page's check then relies on the
   * named reviewers and on SharePoint, which refuses a publication to anyone outside the group.
   */
  private readFallback(): Promise<{ all: PersonRef[]; owners: PersonRef[] }> {
    if (!this.fallback) {
      // PnPjs puts the name in an OData literal: the apostrophe of "centre d'aide" is doubled.
      const reviewers = HELP_CENTER_GROUPS.filter(g => g.key === 'reviewers')[0].title.replace(/'/g, "''");
      type U = { Id: number; Title: string; Email: string; PrincipalType?: number };
      const members = (read: () => Promise<U[]>): Promise<U[]> => read().catch((e: unknown) => {
        if (httpStatus(e) === 403 || httpStatus(e) === 404) return [];
        throw e;
      });
      this.fallback = Promise.all([
        // The paths PnPjs' siteGroups.getByName(…).users and associatedOwnerGroup.users request, without
        // `@pnp/sp/site-groups` (it brings role assignments and definitions onto this page: 2.4 KB gzip).
        members(() => SPCollection(this.sp.web, `sitegroups/getByName('${reviewers}')/users`).select('Id', 'Title', 'Email', 'PrincipalType')<U[]>()),
        members(() => SPCollection(this.sp.web, 'associatedOwnerGroup/users').select('Id', 'Title', 'Email', 'PrincipalType')<U[]>())
      ]).then(([r, o]) => ({ all: people(r.concat(o)), owners: people(o) }));
    }
    return this.fallback;
  }
}

/** People only (a directory group in a SharePoint group cannot be mailed one by one), each once. */
function people(users: { Id: number; Title: string; Email: string; PrincipalType?: number }[]): PersonRef[] {
  const out: PersonRef[] = [];
  users.forEach(u => {
    if (u.PrincipalType !== undefined && u.PrincipalType !== 1) return;
    if (!out.some(p => p.id === u.Id)) out.push({ id: u.Id, email: u.Email, displayName: u.Title });
  });
  return out;
}
