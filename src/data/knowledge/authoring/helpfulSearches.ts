import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { helpList } from '../../sp/lists';
import { odataDate } from '../../sp/odata';
import { HELPFUL_WINDOW_MINUTES } from '../../../domain/knowledge/contentGaps';

/**
 * A reader voted an article helpful: their own searches that opened it shortly before (HELPFUL_WINDOW_MINUTES) are
 * marked HCHelpfulVote, so that their phrasings are proposed to the contributor as other phrasings of its question
 * (ContributorQueue.learnedPhrasings). The reader edits only their own events (SearchEvents: WriteSecurity 2), and
 * reads only theirs. Returns how many were marked.
 */
export async function markHelpfulSearches(sp: SPFI, articleId: number, now: Date = new Date()): Promise<number> {
  const since = new Date(now.getTime() - HELPFUL_WINDOW_MINUTES * 60000);
  const events = helpList(sp, 'SearchEvents');
  const mine = await events.items.select('Id', 'HCHelpfulVote')
    .filter(`HCOpenedArticleId eq ${Math.floor(articleId)} and Created ge ${odataDate(since)}`).top(50)<{ Id: number; HCHelpfulVote: boolean | null }[]>(); // eslint-disable-line @rushstack/no-new-null
  const unmarked = mine.filter(e => !e.HCHelpfulVote);
  for (const e of unmarked) await events.items.getById(e.Id).update({ HCHelpfulVote: true });
  return unmarked.length;
}
