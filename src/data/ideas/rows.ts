/** Ideas, IdeaStates and IdeaVotes rows as the box reads them, and their mapping to view models. */
import type { RawHelpCategoriesItem, RawIdeaStatesItem, RawIdeasItem } from '../schema/items.generated';
import type { IdeaStatus, Language } from '../../domain/vocabulary';
import { IDEA_STATUSES } from '../../domain/vocabulary';
import type { VoteRecord } from '../../domain/ideas';
import type { IdeaCategory, IdeaStateView, IdeaSummary } from './types';

/** Cards per page. */
export const IDEAS_PER_PAGE = 20;
/** Ids per filter (an `or` of equalities lengthens the URL). */
export const IDS_PER_QUERY = 30;

export const IDEA_SELECT = ['Id', 'Title', 'HCDescription', 'HCCategoryId', 'HCSourceTicket', 'HCLanguage', 'Created', 'AuthorId', 'EditorId', 'Author/Title', 'Author/EMail'];
export const IDEA_EXPAND = ['Author'];
export const STATE_SELECT = ['Id', 'HCIdeaId', 'HCStatus', 'HCAnswer', 'HCAnsweredById', 'HCCategoryId', 'HCVotes', 'HCSequence', 'Modified', 'HCAnsweredBy/Title'];
export const STATE_EXPAND = ['HCAnsweredBy'];
export const VOTE_SELECT = ['Id', 'HCIdeaId', 'AuthorId', 'EditorId'];
export const CATEGORY_SELECT = ['Id', 'Title', 'HCTitleEn', 'HCParentId', 'HCSortOrder'];

export type IdeaRow = Pick<RawIdeasItem, 'Id' | 'Title' | 'HCDescription' | 'HCCategoryId' | 'HCSourceTicket' | 'HCLanguage' | 'Created' | 'AuthorId' | 'EditorId'>
  & { Author?: { Title?: string; EMail?: string } };
export type StateRow = Pick<RawIdeaStatesItem, 'Id' | 'HCIdeaId' | 'HCStatus' | 'HCAnswer' | 'HCAnsweredById' | 'HCCategoryId' | 'HCVotes' | 'HCSequence' | 'Modified'>
  & { HCAnsweredBy?: { Title?: string }; 'odata.etag'?: string };
export type VoteRow = { Id: number; HCIdeaId: number | null; AuthorId: number; EditorId: number }; // eslint-disable-line @rushstack/no-new-null
export type CategoryRow = Pick<RawHelpCategoriesItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCParentId' | 'HCSortOrder'>;

export function toCategory(c: CategoryRow): IdeaCategory {
  return { id: c.Id, titleFr: c.Title || '', titleEn: c.HCTitleEn || c.Title || '', parentId: c.HCParentId || undefined, sortOrder: c.HCSortOrder || 0 };
}

export function toVote(v: VoteRow): VoteRecord {
  return { ideaId: v.HCIdeaId || 0, authorId: v.AuthorId, editorId: v.EditorId };
}

function statusOf(s: string | null | undefined): IdeaStatus { // eslint-disable-line @rushstack/no-new-null
  return (IDEA_STATUSES as readonly string[]).indexOf(s || '') >= 0 ? s as IdeaStatus : 'new';
}

export function toState(s: StateRow): IdeaStateView {
  return {
    stateId: s.Id, status: statusOf(s.HCStatus), answer: s.HCAnswer || undefined, answeredBy: (s.HCAnsweredBy && s.HCAnsweredBy.Title) || undefined,
    answeredAt: s.Modified, sequence: s.HCSequence || 0, countedVotes: s.HCVotes || 0, etag: s['odata.etag']
  };
}

/** The state of each idea: the first written (lowest Id) when a race left two. */
export function statesByIdea(rows: StateRow[]): Map<number, StateRow> {
  const out = new Map<number, StateRow>();
  rows.forEach(r => {
    const id = r.HCIdeaId || 0;
    const known = out.get(id);
    if (!known || r.Id < known.Id) out.set(id, r);
  });
  return out;
}

export function toSummary(i: IdeaRow, state: StateRow | undefined, votes: number, voted: boolean): IdeaSummary {
  return {
    id: i.Id, title: i.Title || '', description: i.HCDescription || '',
    // The team's filing wins over the author's.
    categoryId: (state && state.HCCategoryId) || i.HCCategoryId || undefined,
    createdAt: i.Created, authorName: (i.Author && i.Author.Title) || '', language: (i.HCLanguage === 'en' ? 'en' : 'fr') as Language,
    state: state ? toState(state) : undefined, votes, voted, sourceTicket: i.HCSourceTicket || undefined
  };
}
