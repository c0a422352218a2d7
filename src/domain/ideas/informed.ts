/**
 * Who hears of a status change: the idea's author and every distinct voter, each once (by person and by address),
 * never the team member who made the change. Each recipient's mail has its own change key,
 * `idea:<id>:<sequence>:<status>|<address>` (the outbox adds the address), so a retried change mails nobody twice
 * and a later change of the same idea mails again.
 */
import type { IdeaStatus } from '../vocabulary';

/** A person who may be informed. */
export interface IdeaPerson {
  id: number;
  email: string;
  displayName?: string;
}

/** The change key of one status change (the outbox appends `|<address>` per recipient). */
export function ideaChangeKey(ideaId: number, sequence: number, status: IdeaStatus): string {
  return `idea:${ideaId}:${sequence}:${status}`;
}

/**
 * The people to inform of a change: the author (when known) first, then the voters, each once, without the actor
 * and without anyone who has no address.
 */
export function whoIsInformed(author: IdeaPerson | undefined, voters: readonly IdeaPerson[], actorId: number): IdeaPerson[] {
  const out: IdeaPerson[] = [];
  const ids = new Set<number>();
  const emails = new Set<string>();
  for (const p of (author ? [author] : []).concat(voters)) {
    const email = (p.email || '').trim().toLowerCase();
    if (!email || p.id === actorId || ids.has(p.id) || emails.has(email)) continue;
    ids.add(p.id);
    emails.add(email);
    out.push(p);
  }
  return out;
}
