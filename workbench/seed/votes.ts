/**
 * "Was this helpful?" votes of the demo people, so that the articles' counters are true: ArticleFeedback holds
 * one item per person and article (written as that person), and the counters on the articles are then
 * recomputed from them with the solution's own `refreshArticleStats`, as the support desk does every day.
 */
import { refreshArticleStats, voteKey } from '../../src/data/knowledge/feedback';
import { loginNameOf } from '../server/directory';
import { CAST, CastKey } from './data/people';
import { keyHash } from './kb-articles';
import { SeedWriter } from './writer';

/** Who votes: everybody but the site owner and the manager (issue 17, added later: the demo's votes stay as they were). */
const VOTERS = (Object.keys(CAST) as CastKey[]).filter(k => k !== 'owner' && k !== 'helene');

/** The planned votes: each article keeps about a quarter of its demo counts, as votes of distinct people. */
export function planVotes(articles: { Id: number; HCHelpful: number | null; HCNotHelpful: number | null }[]): { who: CastKey; articleId: number; helpful: boolean }[] {
  const out: { who: CastKey; articleId: number; helpful: boolean }[] = [];
  for (const a of articles) {
    const yes = Math.min(Math.round((a.HCHelpful || 0) / 4), VOTERS.length);
    const no = Math.min(Math.round((a.HCNotHelpful || 0) / 4), VOTERS.length - yes);
    // A fixed, article-dependent order of the voters.
    const order = VOTERS.slice().sort((x, y) => keyHash(`${a.Id}|${x}`) - keyHash(`${a.Id}|${y}`));
    order.slice(0, yes).forEach(who => out.push({ who, articleId: a.Id, helpful: true }));
    order.slice(yes, yes + no).forEach(who => out.push({ who, articleId: a.Id, helpful: false }));
  }
  return out;
}

/** Writes the votes (each person their own) and recounts the articles' counters from them. Returns the vote count. */
export async function seedVotes(w: SeedWriter): Promise<number> {
  const articles = await w.sp('owner').web.lists.getByTitle('KnowledgeArticles').items.select('Id', 'HCHelpful', 'HCNotHelpful').top(5000)() as
    { Id: number; HCHelpful: number | null; HCNotHelpful: number | null }[];
  const votes = planVotes(articles);
  await Promise.all(VOTERS.map(who => {
    const mine = votes.filter(v => v.who === who);
    return w.addItems(who, 'ArticleFeedback', mine.map(v => ({
      HCArticleId: v.articleId, HCHelpful: v.helpful, HCOutdated: false, HCVoteKey: voteKey(v.articleId, loginNameOf(CAST[who]))
    })));
  }));
  await refreshArticleStats(w.sp('owner'));
  return votes.length;
}
