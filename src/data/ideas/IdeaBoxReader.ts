import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/comments';
import '@pnp/sp/batching';
import type { IItems } from '@pnp/sp/items';
import { categoryWithDescendants } from '../../domain/categories/categoryTree';
import { compareTop, countVotes, ideaSteps, votersByIdea, type IdeaStep } from '../../domain/ideas';
import { IDEA_STATUSES, type IdeaStatus } from '../../domain/vocabulary';
import { helpList } from '../sp/lists';
import { anyOf, anyOfChunks, idIn, odataString } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { isNotFound } from '../sp/errors';
import {
  CATEGORY_SELECT, IDEA_EXPAND, IDEA_SELECT, IDEAS_PER_PAGE, IDS_PER_QUERY, STATE_EXPAND, STATE_SELECT, VOTE_SELECT,
  statesByIdea, toCategory, toSummary, toVote, type CategoryRow, type IdeaRow, type StateRow, type VoteRow
} from './rows';
import type { IdeaActor, IdeaBoxFirstPage, IdeaBoxPage, IdeaCategory, IdeaComment, IdeaCursor, IdeaDetail, IdeaQuery } from './types';
import { currentUserHas, PermissionKinds } from '../sp/permissions';

/** Votes read per request (far under the list view threshold; an idea past it is read page by page). */
const VOTES_PER_READ = 5000;

type CommentRow = { id: string; text: string; createdDate: string; author: { name: string } };

/**
 * Reads the idea box: one page of ideas in two round trips at first render (one $batch for the person, the
 * categories and the page's driving list; one for the other list's rows of the shown ideas and their votes), an
 * idea's page in one $batch. Every filter is on an indexed column (Id, HCCategoryId, HCStatus, HCVotes, HCIdeaId),
 * every read is `$select`ed and bounded.
 *
 * "Newest" over all statuses pages through Ideas by Id; "top" and any status filter page through IdeaStates (the
 * team's truth: status and tally), so an idea the team has not yet received shows under "newest" only.
 */
export class IdeaBoxReader {
  /** @param sp PnPjs as the reader. */
  public constructor(private readonly sp: SPFI) {}

  /** The first page, with the reader and the categories (two requests). */
  public async first(query: IdeaQuery): Promise<IdeaBoxFirstPage> {
    const [batched, execute] = this.sp.batched();
    const actor = this.actorRead(batched);
    const categories = this.categoriesRead(batched);
    // The category filter needs the tree: a first page filtered by category asks for the tree in the same batch,
    // so its driving read takes the category alone; later pages take its descendants too.
    const driving = this.drivingRead(batched, query, [query.categoryId || 0].filter(Boolean), undefined);
    await execute();
    const [me, cats, rows] = await Promise.all([actor, categories, driving]);
    const cat = query.categoryId ? categoryWithDescendants(cats, query.categoryId) : [];
    if (cat.length > 1) {
      // A parent category: its page is read again with its descendants (one more request, only then).
      const page = await this.page(query, undefined, me.id, cats);
      return { ...page, actor: me, categories: cats };
    }
    return { ...await this.complete(query, rows, me.id), actor: me, categories: cats };
  }

  /** A later page ("more"). */
  public async page(query: IdeaQuery, after: IdeaCursor | undefined, meId: number, categories: IdeaCategory[]): Promise<IdeaBoxPage> {
    const cat = query.categoryId ? categoryWithDescendants(categories, query.categoryId).slice(0, IDS_PER_QUERY) : [];
    const [batched, execute] = this.sp.batched();
    const rows = this.drivingRead(batched, query, cat, after);
    await execute();
    return this.complete(query, await rows, meId);
  }

  /** An idea's page (one $batch), undefined when it does not exist. */
  public async idea(id: number): Promise<IdeaDetail | undefined> {
    const [batched, execute] = this.sp.batched();
    const actor = this.actorRead(batched);
    const categories = this.categoriesRead(batched);
    const item = helpList(batched, 'Ideas').items.getById(id);
    const idea = item.select(...IDEA_SELECT).expand(...IDEA_EXPAND)<IdeaRow>().catch((e: unknown) => { if (isNotFound(e)) return undefined; throw e; });
    const comments = item.comments() as Promise<CommentRow[]>;
    const states = helpList(batched, 'IdeaStates').items.select(...STATE_SELECT).expand(...STATE_EXPAND).filter(`HCIdeaId eq ${id}`).orderBy('ID', true).top(10)<StateRow[]>();
    const votes = helpList(batched, 'IdeaVotes').items.select(...VOTE_SELECT, 'Author/Title').expand('Author').filter(`HCIdeaId eq ${id}`).top(VOTES_PER_READ)<(VoteRow & { Author?: { Title?: string } })[]>();
    await execute();
    const [me, cats, row] = await Promise.all([actor, categories, idea]);
    if (!row) return undefined;
    const [stateRows, commentRows] = await Promise.all([states, comments.catch(() => [] as CommentRow[])]);
    let voteRows = await votes;
    if (voteRows.length >= VOTES_PER_READ) voteRows = await this.allVotes([id], ['Author/Title'], ['Author']) as typeof voteRows;
    const voters = votersByIdea(voteRows.map(toVote)).get(id) || [];
    const names = voters.map(v => { const r = voteRows.filter(x => x.AuthorId === v)[0]; return (r && r.Author && r.Author.Title) || ''; }).filter(Boolean);
    return {
      idea: toSummary(row, statesByIdea(stateRows).get(id), voters.length, voters.indexOf(me.id) >= 0),
      actor: me, categories: cats, voterNames: names,
      comments: commentRows.map(c => ({ id: String(c.id), text: c.text, authorName: c.author ? c.author.name : '', createdAt: c.createdDate }))
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)) as IdeaComment[]
    };
  }

  /** An idea's history: its state's versions (the team's writes), as steps oldest first. */
  public async history(stateId: number): Promise<IdeaStep[]> {
    const versions = await helpList(this.sp, 'IdeaStates').items.getById(stateId).versions.select('HCStatus', 'HCAnswer', 'HCSequence', 'Modified', 'Editor')() as
      { HCStatus: string | null; HCAnswer?: string | null; HCSequence?: number | null; Modified: string; Editor?: { LookupValue?: string } }[]; // eslint-disable-line @rushstack/no-new-null
    return ideaSteps(versions.map(v => ({
      status: (IDEA_STATUSES as readonly string[]).indexOf(v.HCStatus || '') >= 0 ? v.HCStatus as IdeaStatus : 'new',
      answer: v.HCAnswer || undefined, sequence: v.HCSequence || 0, at: v.Modified, by: (v.Editor && v.Editor.LookupValue) || ''
    })));
  }

  /** The distinct own votes of ideas now (every vote read, page by page). */
  public async countFor(ids: number[]): Promise<Map<number, number[]>> {
    return votersByIdea((await this.allVotes(ids)).map(toVote));
  }

  /** The person and whether they may write the team's truth. */
  public actorRead(batched: SPFI): Promise<IdeaActor> {
    const me = batched.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
    const team = currentUserHas(helpList(batched, 'IdeaStates'), PermissionKinds.EditListItems).catch(() => false);
    return Promise.all([me, team]).then(([u, isTeam]) => ({ id: u.Id, email: u.Email, displayName: u.Title, isTeam }));
  }

  private categoriesRead(batched: SPFI): Promise<IdeaCategory[]> {
    return helpList(batched, 'HelpCategories').items.select(...CATEGORY_SELECT).top(2000)<CategoryRow[]>()
      .then(rows => rows.map(toCategory).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id));
  }

  /** Whether the page is driven by the team's states (top, or a status filter) or by the ideas (newest). */
  private static byStates(query: IdeaQuery): boolean {
    return query.order === 'top' || !!query.status;
  }

  /** The page's driving rows: one more than a page, so that "more" is known. */
  private drivingRead(batched: SPFI, query: IdeaQuery, categories: number[], after: IdeaCursor | undefined): Promise<IdeaRow[] | StateRow[]> {
    const clauses: string[] = [];
    if (IdeaBoxReader.byStates(query)) {
      if (query.status) clauses.push(`HCStatus eq ${odataString(query.status)}`);
      if (categories.length) clauses.push(anyOf('HCCategoryId', categories));
      if (after && query.order === 'top') clauses.push(`(HCVotes lt ${after.votes || 0} or (HCVotes eq ${after.votes || 0} and HCIdeaId lt ${after.ideaId}))`);
      else if (after) clauses.push(`HCIdeaId lt ${after.ideaId}`);
      let q: IItems = helpList(batched, 'IdeaStates').items.select(...STATE_SELECT).expand(...STATE_EXPAND);
      if (clauses.length) q = q.filter(clauses.join(' and '));
      if (query.order === 'top') q = q.orderBy('HCVotes', false);
      return q.orderBy('HCIdeaId', false).top(IDEAS_PER_PAGE + 1)<StateRow[]>();
    }
    if (categories.length) clauses.push(anyOf('HCCategoryId', categories));
    if (after) clauses.push(`Id lt ${after.ideaId}`);
    let q: IItems = helpList(batched, 'Ideas').items.select(...IDEA_SELECT).expand(...IDEA_EXPAND);
    if (clauses.length) q = q.filter(clauses.join(' and '));
    return q.orderBy('ID', false).top(IDEAS_PER_PAGE + 1)<IdeaRow[]>();
  }

  /** The shown ideas with their states and live vote counts (the second round trip). */
  private async complete(query: IdeaQuery, driving: IdeaRow[] | StateRow[], meId: number): Promise<IdeaBoxPage> {
    const byStates = IdeaBoxReader.byStates(query);
    const shown = driving.slice(0, IDEAS_PER_PAGE);
    const ids = byStates ? (shown as StateRow[]).map(s => s.HCIdeaId || 0).filter(Boolean) : (shown as IdeaRow[]).map(i => i.Id);
    if (!ids.length) return { ideas: [] };
    const [batched, execute] = this.sp.batched();
    const others: Promise<IdeaRow[] | StateRow[]>[] = [];
    const votes: Promise<VoteRow[]>[] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const chunk = ids.slice(i, i + IDS_PER_QUERY);
      others.push(byStates
        ? helpList(batched, 'Ideas').items.select(...IDEA_SELECT).expand(...IDEA_EXPAND).filter(idIn(chunk)).top(chunk.length)<IdeaRow[]>()
        : helpList(batched, 'IdeaStates').items.select(...STATE_SELECT).expand(...STATE_EXPAND).filter(anyOf('HCIdeaId', chunk)).orderBy('ID', true).top(chunk.length * 3)<StateRow[]>());
      votes.push(helpList(batched, 'IdeaVotes').items.select(...VOTE_SELECT).filter(anyOf('HCIdeaId', chunk)).top(VOTES_PER_READ)<VoteRow[]>());
    }
    await execute();
    const otherRows = ([] as (IdeaRow | StateRow)[]).concat(...await Promise.all(others));
    const voteChunks = await Promise.all(votes);
    // A chunk that filled a whole read has more votes than one request returns: read those ideas' votes page by page.
    let voteRows = ([] as VoteRow[]).concat(...voteChunks);
    if (voteChunks.some(c => c.length >= VOTES_PER_READ)) voteRows = await this.allVotes(ids);
    const ideas = byStates ? otherRows as IdeaRow[] : shown as IdeaRow[];
    const states = statesByIdea(byStates ? shown as StateRow[] : otherRows as StateRow[]);
    const voters = votersByIdea(voteRows.map(toVote));
    const counts = countVotes(voteRows.map(toVote));
    const out = ids.map(id => {
      const idea = ideas.filter(i => i.Id === id)[0];
      return idea && toSummary(idea, states.get(id), counts.get(id) || 0, (voters.get(id) || []).indexOf(meId) >= 0);
    }).filter(Boolean) as IdeaBoxPage['ideas'];
    // The page is read in the team's tally order (indexed); within it, the live counts decide (votes, then newest).
    if (query.order === 'top') out.sort(compareTop);
    const last = shown[shown.length - 1];
    const more = driving.length > IDEAS_PER_PAGE
      ? byStates ? { ideaId: (last as StateRow).HCIdeaId || 0, votes: (last as StateRow).HCVotes || 0 } : { ideaId: (last as IdeaRow).Id }
      : undefined;
    return { ideas: out, more };
  }

  private async allVotes(ids: number[], select: string[] = [], expand: string[] = []): Promise<VoteRow[]> {
    const rows: VoteRow[] = [];
    for (const filter of anyOfChunks('HCIdeaId', ids, IDS_PER_QUERY)) {
      let q: IItems = helpList(this.sp, 'IdeaVotes').items.select(...VOTE_SELECT, ...select).filter(filter).top(VOTES_PER_READ);
      if (expand.length) q = q.expand(...expand);
      await forEachPage<VoteRow>(q, page => { rows.push(...page); });
    }
    return rows;
  }
}
