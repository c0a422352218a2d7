/**
 * Writes the planned tickets the way they happen: the requester (or the agent on the phone) files the
 * ticket, the interlocutor agent records the lifecycle, the requester rates it, agents and requesters
 * talk in the item's comments, agents leave internal notes, and finally the dates are set back to when
 * all this happened. Author matters: HelpTickets has ReadSecurity=2, so a requester sees only their own.
 */
import { category } from './data/categories';
import { CAST, CastKey } from './data/people';
import { isoSeconds } from './clock';
import { displayName, team } from './generate';
import type { InformedChange, InformedPerson } from '../../src/domain/tickets/informed';
import { ListPayloads, TicketWrite } from './payloads';
import { TicketPlan } from './plan';
import { SeedIds } from './reference';
import { atTime, Backdate, SeedWriter } from './writer';

/** What the ticket seed returns: item ids by ref. */
export type TicketIds = Record<string, number>;

function groupBy<T>(items: T[], key: (item: T) => CastKey): Map<CastKey, T[]> {
  const out = new Map<CastKey, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) || [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}

async function perPerson<T>(items: T[], key: (item: T) => CastKey, run: (who: CastKey, mine: T[]) => Promise<void>): Promise<void> {
  const groups = groupBy(items, key);
  await Promise.all(Array.from(groups.keys()).map(who => run(who, groups.get(who) || [])));
}

function iso(d: Date | undefined): string | undefined {
  return d ? isoSeconds(d) : undefined;
}

/** One change's people, as the help center writes them on the ticket (HCInformed). */
function told(at: Date, event: string, people: { role: InformedPerson['role']; who: CastKey }[], team?: boolean): InformedChange {
  const to: InformedPerson[] = people.map(p => ({ role: p.role, name: displayName(p.who), email: CAST[p.who] }));
  if (team) to.push({ role: 'teamQueue', name: '' });
  return { at: isoSeconds(at), event, to };
}

/** Who the filing and each step the agent recorded informed: the requester and the watchers (the professor) each time. */
function informedLog(p: TicketPlan, handled: boolean): string {
  const people = [{ role: (p.filer !== p.requester ? 'beneficiary' : 'requester') as InformedPerson['role'], who: p.requester },
    ...p.watchers.map(w => ({ role: 'watcher' as const, who: w }))];
  const changes = [told(p.createdAt, 'file', people, true)];
  if (handled && p.firstResponseAt) changes.push(told(p.firstResponseAt, 'takeInCharge', people));
  if (handled && p.resolvedAt) changes.push(told(p.resolvedAt, 'resolve', people));
  if (handled && p.closedAt) changes.push(told(p.closedAt, p.status === 'no_follow_up' ? 'closeNoFollowUp' : 'close', people));
  return JSON.stringify(changes);
}

/** What the ticket form writes when the ticket is filed. */
function filedPayload(p: TicketPlan, ids: SeedIds): Partial<TicketWrite> {
  const home = p.kind === 'problem' ? p.team : category(p.category).team;
  return {
    Title: p.title, HCDescription: p.description, HCKind: p.kind, HCCategoryId: ids.categories[p.category],
    HCSeverity: p.severity, HCIncidentType: p.incidentType, HCPriority: p.priority,
    HCLocationId: p.location ? ids.locations[p.location] : undefined, HCCourse: p.course,
    HCBeneficiaryId: p.filer !== p.requester ? ids.people[p.requester] : undefined,
    HCFiledById: p.filer !== p.requester ? ids.people[p.filer] : undefined,
    HCChannel: p.channel, HCStatus: 'new', HCLevel: team(home).level, HCTeamId: ids.teams[home],
    HCWatchersId: p.watchers.map(w => ids.people[w]), HCDueDate: iso(p.dueAt), HCClientRequestId: `seed-${p.ref}`, HCLanguage: p.language,
    HCInformed: informedLog(p, false)
  };
}

/** What the interlocutor agent has recorded by the seed date. */
function lifecyclePayload(p: TicketPlan, ids: SeedIds, refs: TicketIds): Partial<TicketWrite> {
  const article = p.article ? ids.articles[p.article] : undefined;
  return {
    HCStatus: p.status, HCLevel: p.level, HCTeamId: ids.teams[p.team], HCAssignedToId: p.assignee ? ids.people[p.assignee] : undefined,
    HCFirstResponseAt: iso(p.firstResponseAt), HCResolvedAt: iso(p.resolvedAt), HCClosedAt: iso(p.closedAt), HCResolution: p.resolution,
    HCProblemId: p.problemRef ? refs[p.problemRef] : undefined, HCArticleId: article ? article[p.language] : undefined,
    HCInformed: informedLog(p, true)
  };
}

/**
 * When the ticket reached its current status, as far as the plan tells (the desk's housekeeping reads it from the
 * versions: a ticket awaiting its requester is never made to look older than it is).
 */
function statusSince(p: TicketPlan): Date | undefined {
  if (p.status === 'resolved') return p.resolvedAt;
  if (p.status === 'closed' || p.status === 'no_follow_up') return p.closedAt;
  return p.lastActivityAt;
}

/** The requester can rate only a ticket they authored (WriteSecurity=2). */
function rates(p: TicketPlan): boolean {
  return p.satisfaction !== undefined && p.filer === p.requester;
}

/** Who touched the ticket last, and so sets its dates back. */
function lastActor(p: TicketPlan): CastKey {
  return rates(p) ? p.requester : p.assignee || p.filer;
}

/** Writes every planned ticket with its conversation and notes; returns the item ids by ref. */
export async function seedTickets(w: SeedWriter, plans: TicketPlan[], ids: SeedIds, log: (m: string) => void): Promise<TicketIds> {
  const refs: TicketIds = {};
  await perPerson(plans, p => p.filer, async (who, mine) => {
    // Each write at its moment in the demo's history, so that the versions (the status history) tell it.
    const added = await w.addItems(who, 'HelpTickets', mine.map(p => filedPayload(p, ids)), i => mine[i].createdAt);
    mine.forEach((p, i) => { refs[p.ref] = added[i]; });
  });
  // A ticket an agent filed for someone becomes theirs at once (as the ticket form does), so that they can
  // follow it and take part in its conversation.
  const forOthers = plans.filter(p => p.filer !== p.requester);
  await perPerson(forOthers, p => p.filer, (who, mine) => w.setAuthors(who, 'HelpTickets',
    mine.map(p => ({ id: refs[p.ref], login: `i:0#.f|membership|${CAST[p.requester]}`, at: p.createdAt }))));
  log(`  ${plans.length} tickets filed`);

  const handled = plans.filter(p => p.assignee);
  await perPerson(handled, p => p.assignee as CastKey, (who, mine) =>
    w.updateItems(who, 'HelpTickets', mine.map(p => ({ id: refs[p.ref], payload: lifecyclePayload(p, ids, refs), at: statusSince(p) }))));
  const rated = plans.filter(rates);
  await perPerson(rated, p => p.requester, (who, mine) => w.updateItems(who, 'HelpTickets', mine.map(p => ({
    id: refs[p.ref], payload: { HCSatisfaction: p.satisfaction, HCSatisfactionComment: p.satisfactionComment } as Partial<ListPayloads['HelpTickets']>,
    at: p.lastActivityAt
  }))));
  log(`  ${handled.length} tickets handled by agents, ${rated.length} rated`);

  // Comments go round by round so each ticket's conversation keeps its order.
  const rounds = Math.max(0, ...plans.map(p => p.comments.length));
  for (let round = 0; round < rounds; round++) {
    // Spread over the ticket's life, in order (the plan gives comments no time of their own).
    const said = plans.filter(p => p.comments.length > round).map(p => ({ id: refs[p.ref], comment: p.comments[round],
      at: new Date(p.createdAt.getTime() + (round + 1) * (p.lastActivityAt.getTime() - p.createdAt.getTime()) / (p.comments.length + 1)) }));
    await perPerson(said, s => s.comment.author, (who, mine) => w.batch(who, sp => mine.map(s =>
      atTime(sp.web.lists.getByTitle('HelpTickets').items.getById(s.id), s.at).comments.add(s.comment.text))).then(() => undefined));
  }

  const notes = plans.reduce((all, p) => all.concat(p.notes.map(n => ({ ticket: refs[p.ref], note: n }))), [] as { ticket: number; note: TicketPlan['notes'][number] }[]);
  const noteDates: { who: CastKey; b: Backdate }[] = [];
  await perPerson(notes, n => n.note.author, async (who, mine) => {
    const added = await w.addItems(who, 'HelpInternalNotes', mine.map(n => ({ HCTicketId: n.ticket, HCBody: n.note.text })));
    added.forEach((id, i) => noteDates.push({ who, b: { list: 'HelpInternalNotes', id, created: mine[i].note.at, modified: mine[i].note.at } }));
  });
  log(`  ${plans.reduce((s, p) => s + p.comments.length, 0)} comments, ${notes.length} internal notes`);

  // A ticket an agent filed for someone is that person's (Created By), as the ticket form does it.
  const ticketDates: { who: CastKey; b: Backdate }[] = plans.map(p => ({ who: lastActor(p), b: {
    list: 'HelpTickets', id: refs[p.ref], created: p.createdAt, modified: p.lastActivityAt,
    author: p.filer !== p.requester ? `i:0#.f|membership|${CAST[p.requester]}` : undefined
  } }));
  await perPerson(ticketDates.concat(noteDates), d => d.who, (who, mine) => w.backdate(who, mine.map(d => d.b)));
  return refs;
}
