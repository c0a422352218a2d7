/**
 * Counting votes (IdeaVotes: one item per vote, written by the voter). A vote counts once per person: distinct
 * authors, so two people voting at once both count and one person's racing duplicate counts once. An item whose
 * Author is not its Editor was rewritten (anyone may rewrite their own item's Author with ValidateUpdateListItem,
 * or an item was edited by someone else): it proves nobody's vote and does not count.
 */

/** A vote item as the counter reads it. */
export interface VoteRecord {
  ideaId: number;
  authorId: number;
  editorId: number;
}

/** Whether a vote item is its author's own, as written. */
export function isOwnVote(v: VoteRecord): boolean {
  return !!v.authorId && v.authorId === v.editorId;
}

/** The distinct voters of each idea (their site user ids, in the order first seen). */
export function votersByIdea(votes: readonly VoteRecord[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const v of votes) {
    if (!isOwnVote(v)) continue;
    const voters = out.get(v.ideaId);
    if (!voters) out.set(v.ideaId, [v.authorId]);
    else if (voters.indexOf(v.authorId) < 0) voters.push(v.authorId);
  }
  return out;
}

/** The number of distinct voters of each idea (an idea nobody voted for is absent: 0). */
export function countVotes(votes: readonly VoteRecord[]): Map<number, number> {
  const out = new Map<number, number>();
  votersByIdea(votes).forEach((voters, id) => out.set(id, voters.length));
  return out;
}

/** The vote key of a person on an idea (IdeaVotes.HCVoteKey): a retry finds the person's vote first. */
export function ideaVoteKey(ideaId: number, loginName: string): string {
  const key = `${ideaId}|${loginName.toLowerCase()}`;
  return key.length <= 128 ? key : key.slice(0, 128);
}
