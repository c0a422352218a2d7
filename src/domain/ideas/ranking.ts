/**
 * The top ideas: by votes, then the most recent first (a new idea with as many votes has more momentum), then by
 * id for a stable order. Per category for the box's "top ideas of a category".
 */

/** What ranking needs of an idea. */
export interface RankedIdea {
  id: number;
  categoryId?: number;
  votes: number;
  /** ISO time the idea was proposed. */
  createdAt: string;
}

/** The top order: more votes first, then newer, then the higher id. */
export function compareTop(a: RankedIdea, b: RankedIdea): number {
  return b.votes - a.votes || Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id;
}

/** The `count` top ideas of each category (ideas without a category under 0), categories in id order. */
export function topIdeasByCategory<T extends RankedIdea>(ideas: readonly T[], count: number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const idea of ideas) {
    const key = idea.categoryId || 0;
    const group = groups.get(key);
    if (group) group.push(idea); else groups.set(key, [idea]);
  }
  const out = new Map<number, T[]>();
  Array.from(groups.keys()).sort((a, b) => a - b).forEach(k => out.set(k, (groups.get(k) as T[]).slice().sort(compareTop).slice(0, Math.max(0, count))));
  return out;
}
