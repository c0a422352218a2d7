import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/comments';
import '@pnp/sp/batching';
import { HELP_TICKETS_SELECT } from '../../schema/items.generated';
import { helpList } from '../../sp/lists';
import { httpStatus } from '../../sp/errors';
import { anyOf } from '../../sp/odata';
import { agentPermissionRead } from '../../tickets/roles';
import { STATES_LIST, STATE_SELECT, firstStateOf, mergeTicket } from '../../tickets/ticketRow';
import { STATE_PEOPLE_EXPAND, STATE_PEOPLE_SELECT, TICKET_PEOPLE_EXPAND, TICKET_PEOPLE_SELECT } from '../../tickets/ticketMapper';
import type { CommentRow, VersionRow } from '../../tickets/ticketHistory';
import { pageTicket } from '../../tickets/ticketView';
import type { PageStateRow, PageTicketItem } from '../../tickets/ticketView';
import { NamedPerson, PersonalDataLabels, TicketArticleDraft, articleFromTicket, peopleOfTicket } from '../../../domain/knowledge/ticketToArticle';
import type { SectionLabels } from '../../../domain/knowledge/templates';
import type { TicketStatus } from '../../../domain/vocabulary';
import { TicketArticleError } from './types';

/** The statuses whose answer is final enough to become an article ("no follow-up" has none). */
const ARTICLE_STATUSES: TicketStatus[] = ['resolved', 'closed'];

/** The state's versions: the public replies (the one that resolved it when no resolution was written) and their authors. */
const HISTORY_SELECT = ['HCPublicMessage', 'HCStatus', 'Editor', 'VersionId'];

/**
 * "Turn into an article": the ticket as the desk holds it — the requester's item (title, description) and the desk's
 * state (status, resolution, language, category, the people it names) with both items' people expanded, the
 * item's comments and the reader's right to read every ticket in one $batch; then the state's versions (who wrote
 * the public replies, and the last reply when no resolution was written) — and the troubleshooting draft the domain
 * makes of it with the personal data removed (articleFromTicket). Only agents and owners (Override List Behaviors on
 * HelpTickets): anyone else gets TicketArticleError('notAllowed') before anything is read into the draft.
 */
export async function ticketArticle(sp: SPFI, ticketId: number, labels: PersonalDataLabels, sections: SectionLabels): Promise<TicketArticleDraft> {
  const id = Math.floor(ticketId);
  if (!(id > 0)) throw new TicketArticleError('notFound', ticketId);
  const [batched, execute] = sp.batched();
  const isAgent = agentPermissionRead(batched);
  const item = helpList(batched, 'HelpTickets').items.getById(id);
  const ticket = item.select(...HELP_TICKETS_SELECT, ...TICKET_PEOPLE_SELECT, 'HCWatchers/Title', 'HCWatchers/EMail').expand(...TICKET_PEOPLE_EXPAND, 'HCWatchers')();
  const states = helpList(batched, STATES_LIST).items.select(...STATE_SELECT, ...STATE_PEOPLE_SELECT, 'Author/Title', 'Author/EMail')
    .expand(...STATE_PEOPLE_EXPAND, 'Author').filter(anyOf('HCTicketId', [id])).orderBy('ID', true).top(10)();
  const comments = item.comments();
  await execute();
  const [agent, t, st, c] = await Promise.all([
    (isAgent as Promise<boolean>).catch(() => false),
    orUndefined(ticket as Promise<PageTicketItem>),
    orUndefined(states as Promise<(PageStateRow & { Author?: { Title?: string; EMail?: string } })[]>),
    orUndefined(comments as Promise<CommentRow[]>)
  ]);
  if (!agent) throw new TicketArticleError('notAllowed', ticketId);
  const state = st ? firstStateOf(st, id) as (PageStateRow & { Author?: { Title?: string; EMail?: string } }) | undefined : undefined;
  if (!t || !state) throw new TicketArticleError('notFound', ticketId);
  const domain = pageTicket(mergeTicket(t, state), t, state, []);
  if (ARTICLE_STATUSES.indexOf(domain.status) < 0) throw new TicketArticleError('notResolved', ticketId);
  const versions = await helpList(sp, STATES_LIST).items.getById(state.Id).versions.select(...HISTORY_SELECT)() as VersionRow[];
  const people: NamedPerson[] = peopleOfTicket(domain)
    .concat((c || []).map(x => ({ displayName: x.author && x.author.name, email: x.author && x.author.email })))
    .concat(versions.map(v => ({ displayName: v.Editor && v.Editor.LookupValue, email: v.Editor && v.Editor.Email })))
    .concat(state.Author ? [{ displayName: state.Author.Title, email: state.Author.EMail }] : []);
  // The desk's answer: its resolution, else the public reply it was resolved with (versions come newest first).
  const lastReply = versions.map(v => v.HCPublicMessage || '').filter(m => m.trim() !== '')[0] || '';
  return articleFromTicket({
    id, title: domain.title, description: domain.description, resolution: domain.resolution || lastReply,
    language: domain.language, categoryId: domain.categoryId
  }, people.filter(p => !!(p.displayName || p.email)), labels, sections);
}

/** A read the person may not make (403) or of nothing (404) as undefined; anything else fails. */
function orUndefined<T>(p: Promise<T>): Promise<T | undefined> {
  return p.then(v => v, (e: unknown) => {
    const status = httpStatus(e);
    if (status === 403 || status === 404) return undefined;
    throw e;
  });
}
