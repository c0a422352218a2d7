import type { SPFI } from '@pnp/sp';
import type { GraphClientLike } from '../notifications';
import type { PageLinks } from '../pageLinks';
import type { IdeaProposal, IdeaStep } from '../../domain/ideas';
import type { Language } from '../../domain/vocabulary';
import { IdeaBoxReader } from './IdeaBoxReader';
import { IdeaWriter } from './IdeaWriter';
import type { IdeaTeam } from './IdeaTeam';
import type { IdeaBoxFirstPage, IdeaBoxPage, IdeaCategory, IdeaComment, IdeaCursor, IdeaDetail, IdeaQuery, SubmitOutcome, VoteOutcome } from './types';

export type * from './types';
export type { IdeaTeam, IdeaTeamProblem } from './IdeaTeam';

/** The services of the idea box page (issue 15): reads and the person's own writes; the team's part in its own chunk. */
export interface IdeaServices {
  /** Links to the help center's pages. */
  links: PageLinks;
  /** The box's first page with the reader and the categories (two requests). */
  first(query: IdeaQuery): Promise<IdeaBoxFirstPage>;
  /** A later page. */
  more(query: IdeaQuery, after: IdeaCursor, meId: number, categories: IdeaCategory[]): Promise<IdeaBoxPage>;
  /** An idea's page (one request); undefined when it does not exist. */
  idea(id: number): Promise<IdeaDetail | undefined>;
  /** An idea's history (its state's versions), oldest first. */
  history(stateId: number): Promise<IdeaStep[]>;
  /** Proposes an idea once per `clientRequestId`. */
  submit(proposal: IdeaProposal, clientRequestId: string, language: Language): Promise<SubmitOutcome>;
  /** Votes for an idea (once per person). */
  vote(ideaId: number): Promise<VoteOutcome>;
  /** Withdraws the person's vote. */
  withdraw(ideaId: number): Promise<VoteOutcome>;
  /** Comments on an idea (plain text). */
  comment(ideaId: number, text: string): Promise<IdeaComment>;
  /** The team's part (status changes, reception, tally, turning a request into an idea), loaded when needed. */
  team(): Promise<IdeaTeam>;
}

/** Builds the page's services over the help center's site. */
export function createIdeaServices(sp: SPFI, graph: () => Promise<GraphClientLike>, links: PageLinks): IdeaServices {
  const reader = new IdeaBoxReader(sp);
  const writer = new IdeaWriter(sp, reader);
  let team: Promise<IdeaTeam> | undefined;
  return {
    links,
    first: query => reader.first(query),
    more: (query, after, meId, categories) => reader.page(query, after, meId, categories),
    idea: id => reader.idea(id),
    history: stateId => reader.history(stateId),
    submit: (proposal, id, language) => writer.submit(proposal, id, language),
    vote: id => writer.vote(id),
    withdraw: id => writer.withdraw(id),
    comment: (id, text) => writer.comment(id, text),
    team: () => {
      team = team || import(/* webpackChunkName: 'help-center-ideas-team' */ './IdeaTeam').then(m => new m.IdeaTeam(sp, graph, links));
      return team;
    }
  };
}
