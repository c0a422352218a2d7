import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { statusChangeProblem, whoIsInformed, type IdeaPerson, type StatusChangeProblem } from '../../domain/ideas';
import { votersByIdea } from '../../domain/ideas';
import type { IdeaStatus } from '../../domain/vocabulary';
import { sendOnce, writeOnce } from '../idempotent';
import type { GraphClientLike } from '../notifications/types';
import type { PageLinks } from '../pageLinks';
import { isPreconditionFailed } from '../sp/errors';
import { helpList } from '../sp/lists';
import { anyOfChunks, odataDate } from '../sp/odata';
import { forEachPage } from '../sp/paging';
import { IdeaBoxReader } from './IdeaBoxReader';
import { IdeaMailer } from './ideaMails';
import { IDEA_EXPAND, IDEA_SELECT, IDS_PER_QUERY, STATE_EXPAND, STATE_SELECT, statesByIdea, toState, toVote, type IdeaRow, type StateRow, type VoteRow } from './rows';
import type { IdeaActor, StatusChangeOutcome } from './types';

/** Why the team's write was refused: not a team member, the state changed meanwhile (412), or the domain's rule. */
export type IdeaTeamProblem = 'notTeam' | 'conflict' | 'notFound' | StatusChangeProblem;

/** A refused team write, with its reason for the page's message. */
export class IdeaTeamError extends Error {
  public constructor(public readonly problem: IdeaTeamProblem) {
    super(`Idea box: ${problem}`);
  }
}

/** How far back the team's housekeeping receives ideas and recounts votes. */
const RECEIVE_DAYS = 30;
const RECOUNT_DAYS = 7;

/**
 * The team's part of the idea box (support group and owners: who may edit IdeaStates, read from effective
 * permissions): receive new ideas (their state, status new, the author's category copied), change a status with an
 * answer (over the ETag the team member saw; HCSequence + 1) and inform the author and voters once, keep the vote
 * tally (HCVotes, the "top" order) counted, and turn a request for change into an idea. Loaded in its own chunk.
 */
export class IdeaTeam {
  private readonly reader: IdeaBoxReader;
  private actorValue?: Promise<IdeaActor>;

  /** @param sp PnPjs as the team member; @param graph SPFx's MSGraphClientV3; @param links the idea's page in mails. */
  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly links: PageLinks) {
    this.reader = new IdeaBoxReader(sp);
  }

  /** The state of an idea, written now (status new) when the team had not received it; one per idea. */
  public async receive(ideaId: number): Promise<StateRow> {
    await this.teamActor();
    const found = statesByIdea(await this.statesOf([ideaId])).get(ideaId);
    if (found) return found;
    const idea = await helpList(this.sp, 'Ideas').items.getById(ideaId).select('Id', 'Title', 'HCCategoryId')<{ Id: number; Title: string | null; HCCategoryId: number | null }>() // eslint-disable-line @rushstack/no-new-null
      .catch(() => { throw new IdeaTeamError('notFound'); });
    const voters = (await this.reader.countFor([ideaId])).get(ideaId) || [];
    const once = helpList(sendOnce(this.sp), 'IdeaStates');
    const { item } = await writeOnce<StateRow>({
      find: () => this.statesOf([ideaId]),
      add: async () => await once.items.add({
        Title: (idea.Title || '').slice(0, 255), HCIdeaId: ideaId, HCStatus: 'new', HCCategoryId: idea.HCCategoryId || null, // eslint-disable-line @rushstack/no-new-null
        HCVotes: voters.length, HCSequence: 0
      }) as StateRow,
      discard: id => once.items.getById(id).recycle()
    });
    // Read again with the columns and ETag the pages use.
    return statesByIdea(await this.statesOf([ideaId])).get(ideaId) || item;
  }

  /**
   * Moves an idea to `to` with the team's answer, over the state the team member saw (`etag`; a 412 is a conflict),
   * recounts its votes, and informs its author and voters once. Called again after a failure (the state written,
   * the mails not), it writes nothing more and sends the change's mails that are missing.
   */
  public async changeStatus(ideaId: number, to: IdeaStatus, answer: string, etag?: string): Promise<StatusChangeOutcome> {
    const me = await this.teamActor();
    const state = await this.receive(ideaId);
    const current = toState(state);
    const text = answer.trim();
    const voters = (await this.reader.countFor([ideaId])).get(ideaId) || [];
    let sequence = current.sequence;
    const retry = current.status === to && (state.HCAnswer || '') === text && state.HCAnsweredById === me.id && sequence > 0;
    if (!retry) {
      const problem = statusChangeProblem(current.status, to, text);
      if (problem) throw new IdeaTeamError(problem);
      sequence = current.sequence + 1;
      try {
        await helpList(this.sp, 'IdeaStates').items.getById(state.Id).update({
          HCStatus: to, HCAnswer: text || null, HCAnsweredById: me.id, HCSequence: sequence, HCVotes: voters.length // eslint-disable-line @rushstack/no-new-null
        }, etag || current.etag || '*');
      } catch (e) {
        if (isPreconditionFailed(e)) throw new IdeaTeamError('conflict');
        throw e;
      }
    }
    const written = toState(statesByIdea(await this.statesOf([ideaId])).get(ideaId) || state);
    const people = await this.peopleToInform(ideaId, me.id);
    const idea = await helpList(this.sp, 'Ideas').items.getById(ideaId).select('Title')<{ Title: string | null }>(); // eslint-disable-line @rushstack/no-new-null
    const mails = await new IdeaMailer(this.sp, this.graph, me.id).inform({
      ideaId, title: idea.Title || '', sequence, status: to, answer: text, actorName: me.displayName, link: this.links.idea(ideaId)
    }, people);
    return { state: written, mails: mails.outcome, informed: people.length };
  }

  /** Writes the tally (HCVotes) of these ideas where it differs from their votes now; returns the ideas recounted. */
  public async recount(ideaIds: number[]): Promise<number[]> {
    await this.teamActor();
    if (!ideaIds.length) return [];
    const states = statesByIdea(await this.statesOf(ideaIds));
    const voters = await this.reader.countFor(ideaIds);
    const changed: number[] = [];
    for (const id of ideaIds) {
      const s = states.get(id);
      const count = (voters.get(id) || []).length;
      if (!s || (s.HCVotes || 0) === count) continue;
      await helpList(this.sp, 'IdeaStates').items.getById(s.Id).update({ HCVotes: count });
      changed.push(id);
    }
    return changed;
  }

  /**
   * When a team member opens the box: the ideas of the last weeks get their state, the ideas voted for lately are
   * recounted (with those shown whose tally was off), and the member's own unsent idea mails are sent.
   */
  public async housekeep(shownOff: number[] = [], now: Date = new Date()): Promise<{ received: number; recounted: number }> {
    const actor = await this.actor();
    if (!actor.isTeam) return { received: 0, recounted: 0 };
    const ideas: number[] = [];
    await forEachPage<{ Id: number }>(helpList(this.sp, 'Ideas').items.select('Id').filter(`Created ge ${odataDate(new Date(now.getTime() - RECEIVE_DAYS * 86400000))}`).top(500),
      page => { ideas.push(...page.map(p => p.Id)); });
    const known = statesByIdea(await this.statesOf(ideas));
    const missing = ideas.filter(id => !known.has(id));
    for (const id of missing) await this.receive(id);
    const voted: number[] = [];
    await forEachPage<VoteRow>(helpList(this.sp, 'IdeaVotes').items.select('Id', 'HCIdeaId').filter(`Created ge ${odataDate(new Date(now.getTime() - RECOUNT_DAYS * 86400000))}`).top(2000),
      page => { page.forEach(v => { if (v.HCIdeaId && voted.indexOf(v.HCIdeaId) < 0) voted.push(v.HCIdeaId); }); });
    const recounted = await this.recount(voted.concat(shownOff.filter(id => voted.indexOf(id) < 0)));
    await new IdeaMailer(this.sp, this.graph, actor.id).retryUnsent(now).catch((e: unknown) => console.warn('[HelpCenter] Unsent idea mails not retried:', e));
    return { received: missing.length, recounted: recounted.length };
  }

  /**
   * Turns a request for change (a ticket of kind 'evolution') into an idea: its title, description and category (the
   * desk's), with HCSourceTicket = the ticket, then its requester (as the desk recognised her) made its author and
   * last editor, so she is informed as its author. Once per ticket (HCSourceTicket looked up first).
   */
  public async fromTicket(ticketId: number): Promise<{ ideaId: number; created: boolean }> {
    await this.teamActor();
    const [batched, execute] = this.sp.batched();
    const ticketRead = helpList(batched, 'HelpTickets').items.getById(ticketId).select('Id', 'Title', 'HCDescription', 'HCLanguage')<{ Id: number; Title: string | null; HCDescription: string | null; HCLanguage: string | null }>(); // eslint-disable-line @rushstack/no-new-null
    const stateRead = helpList(batched, 'HelpTicketStates').items.select('Id', 'HCKind', 'HCCategoryId', 'HCRequester/Name').expand('HCRequester')
      .filter(`HCTicketId eq ${ticketId}`).orderBy('ID', true).top(5)<{ Id: number; HCKind: string | null; HCCategoryId: number | null; HCRequester?: { Name?: string } }[]>(); // eslint-disable-line @rushstack/no-new-null
    await execute();
    const [ticket, states] = await Promise.all([ticketRead, stateRead]);
    const state = states[0];
    if (!state || state.HCKind !== 'evolution') throw new IdeaTeamError('notAllowed');
    const list = helpList(this.sp, 'Ideas');
    const once = helpList(sendOnce(this.sp), 'Ideas');
    const description = (ticket.HCDescription || '').trim() || (ticket.Title || '');
    const { item, created } = await writeOnce<{ Id: number }>({
      find: () => list.items.select('Id').filter(`HCSourceTicket eq ${ticketId}`).orderBy('ID', true).top(5)<{ Id: number }[]>(),
      add: async () => await once.items.add({
        Title: (ticket.Title || '').slice(0, 255), HCDescription: description, HCCategoryId: state.HCCategoryId || null, // eslint-disable-line @rushstack/no-new-null
        HCSourceTicket: ticketId, HCClientRequestId: `ticket:${ticketId}`, HCLanguage: ticket.HCLanguage === 'en' ? 'en' : 'fr'
      }) as { Id: number },
      discard: id => once.items.getById(id).recycle()
    });
    const login = state.HCRequester && state.HCRequester.Name;
    if (created && login) {
      const who = JSON.stringify([{ Key: login }]);
      const results = await list.items.getById(item.Id).validateUpdateListItem([{ FieldName: 'Author', FieldValue: who }, { FieldName: 'Editor', FieldValue: who }], true);
      const failed = results.filter(r => r.HasException);
      if (failed.length) throw new Error(`Giving the idea to its requester failed: ${failed.map(f => f.ErrorMessage).join('; ')}`);
    }
    await this.receive(item.Id);
    return { ideaId: item.Id, created };
  }

  /** The author (only when the idea is their own as written: Author = Editor) and every distinct voter, without the actor. */
  private async peopleToInform(ideaId: number, actorId: number): Promise<IdeaPerson[]> {
    const idea = await helpList(this.sp, 'Ideas').items.getById(ideaId).select(...IDEA_SELECT).expand(...IDEA_EXPAND)<IdeaRow>();
    const author = idea.AuthorId === idea.EditorId && idea.Author && idea.Author.EMail
      ? { id: idea.AuthorId, email: idea.Author.EMail, displayName: idea.Author.Title } : undefined;
    const rows: (VoteRow & { Author?: { Title?: string; EMail?: string } })[] = [];
    await forEachPage<VoteRow & { Author?: { Title?: string; EMail?: string } }>(helpList(this.sp, 'IdeaVotes').items
      .select('Id', 'HCIdeaId', 'AuthorId', 'EditorId', 'Author/Title', 'Author/EMail').expand('Author').filter(`HCIdeaId eq ${ideaId}`).top(5000), page => { rows.push(...page); });
    const voterIds = votersByIdea(rows.map(toVote)).get(ideaId) || [];
    const voters = voterIds.map(id => {
      const r = rows.filter(x => x.AuthorId === id)[0];
      return { id, email: (r.Author && r.Author.EMail) || '', displayName: r.Author && r.Author.Title };
    });
    return whoIsInformed(author, voters, actorId);
  }

  private async statesOf(ideaIds: number[]): Promise<StateRow[]> {
    const rows: StateRow[] = [];
    for (const filter of anyOfChunks('HCIdeaId', ideaIds, IDS_PER_QUERY)) {
      rows.push(...await helpList(this.sp, 'IdeaStates').items.select(...STATE_SELECT).expand(...STATE_EXPAND).filter(filter).orderBy('ID', true).top(IDS_PER_QUERY * 3)<StateRow[]>());
    }
    return rows;
  }

  private actor(): Promise<IdeaActor> {
    if (!this.actorValue) {
      const [batched, execute] = this.sp.batched();
      const read = this.reader.actorRead(batched);
      this.actorValue = execute().then(() => read);
    }
    return this.actorValue;
  }

  private async teamActor(): Promise<IdeaActor> {
    const a = await this.actor();
    if (!a.isTeam) throw new IdeaTeamError('notTeam');
    return a;
  }
}
