import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/comments';
import '@pnp/sp/site-users/web';
import { ideaVoteKey, proposalProblems, type IdeaProposal } from '../../domain/ideas';
import type { Language } from '../../domain/vocabulary';
import { sendOnce, writeOnce } from '../idempotent';
import { helpList } from '../sp/lists';
import { odataString } from '../sp/odata';
import type { IdeaComment, SubmitOutcome, VoteOutcome } from './types';
import type { IdeaBoxReader } from './IdeaBoxReader';

/** Longest comment kept. */
export const COMMENT_MAX = 2000;

/** The person's own writes in the idea box: their ideas, their votes, their comments. */
export class IdeaWriter {
  private me?: Promise<{ Id: number; LoginName: string }>;

  /** @param sp PnPjs as the person; @param reader the box's reader (vote counts after a vote). */
  public constructor(private readonly sp: SPFI, private readonly reader: IdeaBoxReader) {}

  /**
   * Proposes an idea, once: a retry with the same `clientRequestId` (a lost answer, a second click) finds the
   * person's idea saved by the first attempt (HCClientRequestId is indexed) and adds none.
   */
  public async submit(proposal: IdeaProposal, clientRequestId: string, language: Language): Promise<SubmitOutcome> {
    const problems = proposalProblems(proposal);
    if (problems.length) throw new Error(`The idea is not complete: ${problems.map(p => `${p.field} ${p.problem}`).join(', ')}`);
    const me = await this.currentUser();
    const list = helpList(this.sp, 'Ideas');
    const once = helpList(sendOnce(this.sp), 'Ideas');
    const { item, created } = await writeOnce<{ Id: number; AuthorId: number }>({
      find: async () => (await list.items.select('Id', 'AuthorId').filter(`HCClientRequestId eq ${odataString(clientRequestId)}`).orderBy('ID', true).top(10)<{ Id: number; AuthorId: number }[]>())
        .filter(r => r.AuthorId === me.Id),
      add: async () => await once.items.add({
        Title: proposal.title.trim(), HCDescription: proposal.description.trim(), HCCategoryId: proposal.categoryId,
        HCClientRequestId: clientRequestId, HCLanguage: language
      }) as { Id: number; AuthorId: number },
      // Authors may not delete ideas: a racing duplicate then stays (the first written is the one every page opens).
      discard: id => once.items.getById(id).recycle()
    });
    return { id: item.Id, created };
  }

  /** Votes for an idea, once per person (looked up by HCVoteKey first; a racing duplicate of theirs is recycled). */
  public async vote(ideaId: number): Promise<VoteOutcome> {
    const me = await this.currentUser();
    const key = ideaVoteKey(ideaId, me.LoginName);
    const once = helpList(sendOnce(this.sp), 'IdeaVotes');
    await writeOnce<{ Id: number }>({
      find: () => this.myVotes(key, me.Id),
      add: async () => await once.items.add({ HCIdeaId: ideaId, HCVoteKey: key }) as { Id: number },
      discard: id => once.items.getById(id).delete()
    });
    return this.outcome(ideaId, me.Id);
  }

  /** Withdraws the person's vote (every item of theirs under the key: a duplicate too). */
  public async withdraw(ideaId: number): Promise<VoteOutcome> {
    const me = await this.currentUser();
    const mine = await this.myVotes(ideaVoteKey(ideaId, me.LoginName), me.Id);
    for (const v of mine) await helpList(this.sp, 'IdeaVotes').items.getById(v.Id).delete();
    return this.outcome(ideaId, me.Id);
  }

  /** Adds a comment (plain text: pages show it as React text). */
  public async comment(ideaId: number, text: string): Promise<IdeaComment> {
    const body = text.trim();
    if (!body) throw new Error('An empty comment is not sent.');
    const added = await helpList(this.sp, 'Ideas').items.getById(ideaId).comments.add(body.slice(0, COMMENT_MAX)) as unknown as
      { id: string | number; text: string; createdDate: string; author?: { name?: string } };
    return { id: String(added.id), text: added.text, createdAt: added.createdDate, authorName: (added.author && added.author.name) || '' };
  }

  private currentUser(): Promise<{ Id: number; LoginName: string }> {
    this.me = this.me || this.sp.web.currentUser.select('Id', 'LoginName')<{ Id: number; LoginName: string }>();
    return this.me;
  }

  private async myVotes(key: string, meId: number): Promise<{ Id: number }[]> {
    const rows = await helpList(this.sp, 'IdeaVotes').items.select('Id', 'AuthorId').filter(`HCVoteKey eq ${odataString(key)}`).orderBy('ID', true).top(20)<{ Id: number; AuthorId: number }[]>();
    return rows.filter(r => r.AuthorId === meId);
  }

  private async outcome(ideaId: number, meId: number): Promise<VoteOutcome> {
    const voters = (await this.reader.countFor([ideaId])).get(ideaId) || [];
    return { voted: voters.indexOf(meId) >= 0, votes: voters.length };
  }
}
