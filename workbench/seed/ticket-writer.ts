/**
 * Writes the planned tickets the way the help center produces them: the requester (or the agent on the phone)
 * files the ticket (HelpTickets: the requester's words only); an agent receives it, as the desk's intake does
 * (HelpTicketStates: the desk's truth, then given to the requester as its Author so that she reads it); the
 * interlocutor records each step of the lifecycle and each public message as a new version of the state; the
 * requester's answers, comments and rating are her claims (HelpTicketClaims), which the desk applies; agents
 * leave internal notes; and finally the dates are set back to when all this happened. Author matters: the three
 * ticket lists have ReadSecurity=2, so a requester sees only her own items.
 */
import { loginNameOf } from '../server/directory';
import { category } from './data/categories';
import { CAST, CastKey } from './data/people';
import { isoSeconds } from './clock';
import { displayName, firstLineAgent, team } from './generate';
import type { InformedChange, InformedPerson } from '../../src/domain/tickets/informed';
import type { TeamKey } from './data/teams';
import { ClaimKind, ClaimWrite, StateWrite, TicketWrite } from './payloads';
import { PlannedComment, TicketPlan } from './plan';
import { SeedIds } from './reference';
import { Backdate, SeedWriter } from './writer';

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

/** The claims login of a cast member (it holds the UPN, which is not always the address). */
function loginOf(who: CastKey): string {
  return loginNameOf(CAST[who]);
}

/** One change's people, as the help center writes them on the state (HCInformed). */
function told(at: Date, event: string, people: { role: InformedPerson['role']; who: CastKey }[], teamQueue?: boolean): InformedChange {
  const to: InformedPerson[] = people.map(p => ({ role: p.role, name: displayName(p.who), email: CAST[p.who] }));
  if (teamQueue) to.push({ role: 'teamQueue', name: '' });
  return { at: isoSeconds(at), event, to };
}

/** Who each change informs: the requester (the beneficiary of a ticket filed for her) and the watchers (the professor). */
function informedPeople(p: TicketPlan): { role: InformedPerson['role']; who: CastKey }[] {
  return [{ role: (p.filer !== p.requester ? 'beneficiary' : 'requester') as InformedPerson['role'], who: p.requester },
    ...p.watchers.map(w => ({ role: 'watcher' as const, who: w }))];
}

/** The team a new ticket goes to: the category's (a problem ticket is opened by the team that works on it). */
function homeTeam(p: TicketPlan): TeamKey {
  return p.kind === 'problem' ? p.team : category(p.category).team;
}

/** The agent who receives the ticket: its interlocutor, or a first-line agent of the category's team while it is new. */
export function receiver(p: TicketPlan): CastKey {
  return p.assignee || firstLineAgent(category(p.category).team);
}

/** What the ticket form writes when the ticket is filed: only what the requester owns. */
function filedPayload(p: TicketPlan, ids: SeedIds): Partial<TicketWrite> {
  return {
    Title: p.title, HCDescription: p.description, HCKind: p.kind, HCCategoryId: ids.categories[p.category],
    HCSeverity: p.severity, HCIncidentType: p.incidentType, HCPriority: p.priority,
    HCLocationId: p.location ? ids.locations[p.location] : undefined, HCCourse: p.course,
    HCBeneficiaryId: p.filer !== p.requester ? ids.people[p.requester] : undefined,
    HCFiledById: p.filer !== p.requester ? ids.people[p.filer] : undefined,
    HCChannel: p.channel, HCWatchersId: p.watchers.map(w => ids.people[w]), HCClientRequestId: `seed-${p.ref}`, HCLanguage: p.language
  };
}

/** What intake writes when the desk receives the ticket: the trusted requester, the category's team and level, the due date. */
function receivedPayload(p: TicketPlan, ticketId: number, ids: SeedIds): Partial<StateWrite> {
  const home = homeTeam(p);
  return {
    Title: p.title, HCTicketId: ticketId, HCRequesterId: ids.people[p.requester], HCReceivedAt: isoSeconds(p.createdAt),
    HCKind: p.kind, HCCategoryId: ids.categories[p.category], HCPriority: p.priority,
    HCLocationId: p.location ? ids.locations[p.location] : undefined, HCChannel: p.channel, HCStatus: 'new',
    HCLevel: team(home).level, HCTeamId: ids.teams[home], HCWatchersId: p.watchers.map(w => ids.people[w]),
    HCDueDate: iso(p.dueAt), HCSequence: 0, HCLanguage: p.language,
    HCInformed: JSON.stringify([told(p.createdAt, 'file', informedPeople(p), true)])
  };
}

/** When a message was said: its own time, or spread over the ticket's life, in order. */
function commentTime(p: TicketPlan, c: PlannedComment, index: number): Date {
  return c.at || new Date(p.createdAt.getTime() + (index + 1) * (p.lastActivityAt.getTime() - p.createdAt.getTime()) / (p.comments.length + 1));
}

/** When the requester rated: between the resolution and the closure (the desk accepts a rating once resolved). */
function ratedAt(p: TicketPlan): Date {
  return p.resolvedAt && p.closedAt ? new Date((p.resolvedAt.getTime() + p.closedAt.getTime()) / 2) : p.lastActivityAt;
}

/** One action of the desk on a ticket's state: a new version, at its moment, by an agent. */
interface StateStep { at: Date; who: CastKey; payload: Partial<StateWrite>; informed?: InformedChange }

/** Dates to set back on an item, as the person allowed to. */
interface Dated { who: CastKey; b: Backdate }

/** A requester's claim on a ticket, applied by the desk. */
interface PlannedClaim { ref: string; at: Date; action: ClaimKind; message?: string; rating?: number; key: string }

/**
 * The desk's actions on the state after intake, oldest first, each with the next change number and its public
 * message (or none, as every action of the desk writes it): take in charge, link to the problem, start, escalate,
 * ask the requester (the question is the message), resume on her answer, the agents' messages, resolve, accept
 * the rating, close.
 */
export function stateSteps(p: TicketPlan, ids: SeedIds, refs: TicketIds, openedAt: (ref: string) => Date): StateStep[] {
  const steps: (StateStep & { order: number })[] = [];
  const who = receiver(p);
  const add = (at: Date | undefined, order: number, payload: Partial<StateWrite>, informed?: InformedChange): void => {
    if (at) steps.push({ at, order, who, payload, informed });
  };
  const people = informedPeople(p);
  const moved = p.team !== homeTeam(p);
  const level = { HCLevel: p.level, HCTeamId: ids.teams[p.team] };
  const ask = p.askedAt ? p.comments.filter(c => c.author !== p.requester && c.at && c.at.getTime() === (p.askedAt as Date).getTime())[0] : undefined;
  if (p.firstResponseAt) {
    add(p.firstResponseAt, 1, { HCStatus: 'taken_in_charge', HCAssignedToId: p.assignee ? ids.people[p.assignee] : undefined,
      HCFirstResponseAt: iso(p.firstResponseAt), ...(moved && !p.escalatedAt ? level : {}) }, told(p.firstResponseAt, 'takeInCharge', people));
  }
  if (p.problemRef && p.firstResponseAt) {
    add(new Date(Math.max(p.firstResponseAt.getTime(), openedAt(p.problemRef).getTime())), 2, { HCProblemId: refs[p.problemRef] });
  }
  if (p.status !== 'new' && p.status !== 'taken_in_charge') add(p.startedAt || p.firstResponseAt, 3, { HCStatus: 'in_progress' });
  // An escalation shows in the receiving team's "escalated to my team" queue; an urgent one is handed to an agent of
  // that team by name ("escalated to me"), as the desk's escalate action records it.
  if (moved && p.escalatedAt) {
    const named = p.priority === 'high' || p.priority === 'critical' ? team(p.team).members[0] : undefined;
    add(p.escalatedAt, 4, { ...level, HCEscalatedAt: iso(p.escalatedAt), HCEscalatedToId: named ? ids.people[named] : null });
  }
  add(p.askedAt, 5, { HCStatus: 'awaiting_user', HCPublicMessage: ask ? ask.text : undefined });
  // The reminder changes nothing but who was told (the change number stays: see below).
  add(p.remindedAt, 5.5, {}, p.remindedAt && told(p.remindedAt, 'awaitingUserReminder', people.slice(0, 1)));
  add(p.answeredAt, 6, { HCStatus: 'in_progress' });
  p.comments.forEach((c, i) => {
    if (c.author !== p.requester && c !== ask) steps.push({ at: commentTime(p, c, i), order: 7, who: c.author, payload: { HCPublicMessage: c.text } });
  });
  const article = p.article ? ids.articles[p.article] : undefined;
  add(p.resolvedAt, 8, { HCStatus: 'resolved', HCResolvedAt: iso(p.resolvedAt), HCResolution: p.resolution, HCArticleId: article ? article[p.language] : undefined },
    p.resolvedAt && told(p.resolvedAt, 'resolve', people));
  if (p.satisfaction !== undefined) add(ratedAt(p), 9, { HCSatisfaction: p.satisfaction, HCSatisfactionComment: p.satisfactionComment });
  const closing = p.status === 'no_follow_up' ? 'no_follow_up' : 'closed';
  add(p.closedAt, 10, { HCStatus: closing, HCClosedAt: iso(p.closedAt), ...(closing === 'no_follow_up' ? { HCResolution: p.resolution } : {}) },
    p.closedAt && told(p.closedAt, closing === 'no_follow_up' ? 'closeNoFollowUp' : 'close', people));
  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  let informed = [told(p.createdAt, 'file', people, true)];
  let status: StateWrite['HCStatus'] = 'new';
  let sequence = 0;
  return steps.map(s => {
    // A reminder is no change of the ticket: its version keeps the change number and the desk's last message (the question).
    const reminder = !!s.informed && s.informed.event === 'awaitingUserReminder';
    if (!reminder) sequence++;
    const payload: Partial<StateWrite> = reminder ? { ...s.payload, HCSequence: sequence }
      : { ...s.payload, HCSequence: sequence, HCPublicMessage: s.payload.HCPublicMessage || null };
    // An agent's public reply to a ticket only taken in charge puts it in progress, as the desk's reply does.
    if (payload.HCPublicMessage && !payload.HCStatus && status === 'taken_in_charge') payload.HCStatus = 'in_progress';
    status = payload.HCStatus || status;
    if (s.informed) {
      informed = informed.concat([s.informed]);
      payload.HCInformed = JSON.stringify(informed);
    }
    return { at: s.at, who: s.who, payload };
  });
}

/** The requester's claims on a ticket: her messages (an answer to the desk's question, or a comment) and her rating. */
export function plannedClaims(p: TicketPlan): PlannedClaim[] {
  const out: PlannedClaim[] = [];
  p.comments.forEach((c, i) => {
    if (c.author !== p.requester) return;
    const at = commentTime(p, c, i);
    const action: ClaimKind = p.answeredAt && at.getTime() === p.answeredAt.getTime() ? 'answer' : 'comment';
    out.push({ ref: p.ref, at, action, message: c.text, key: `seed-${action}-${i}` });
  });
  if (p.satisfaction !== undefined) out.push({ ref: p.ref, at: ratedAt(p), action: 'rate', rating: p.satisfaction, message: p.satisfactionComment, key: 'seed-rate' });
  return out;
}

/** Files the tickets as their filers and hands those filed for someone to their requester. */
async function fileTickets(w: SeedWriter, plans: TicketPlan[], ids: SeedIds, refs: TicketIds): Promise<void> {
  await perPerson(plans, p => p.filer, async (who, mine) => {
    // Each write at its moment in the demo's history, so that the versions tell it.
    const added = await w.addItems(who, 'HelpTickets', mine.map(p => filedPayload(p, ids)), i => mine[i].createdAt);
    mine.forEach((p, i) => { refs[p.ref] = added[i]; });
  });
  // A ticket an agent filed for someone becomes theirs at once (as the ticket form does), so that they can follow it.
  const forOthers = plans.filter(p => p.filer !== p.requester);
  await perPerson(forOthers, p => p.filer, (who, mine) => w.setAuthors(who, 'HelpTickets',
    mine.map(p => ({ id: refs[p.ref], login: loginOf(p.requester), at: p.createdAt }))));
}

/** Receives every ticket (the state, then its Author set to the requester) and writes the desk's steps, round by round. */
async function writeStates(w: SeedWriter, plans: TicketPlan[], ids: SeedIds, refs: TicketIds, states: TicketIds): Promise<Map<string, StateStep[]>> {
  await perPerson(plans, receiver, async (who, mine) => {
    const added = await w.addItems(who, 'HelpTicketStates', mine.map(p => receivedPayload(p, refs[p.ref], ids)), i => mine[i].createdAt);
    mine.forEach((p, i) => { states[p.ref] = added[i]; });
    await w.setAuthors(who, 'HelpTicketStates', mine.map(p => ({ id: states[p.ref], login: loginOf(p.requester), at: p.createdAt })));
  });
  const opened: Record<string, Date> = {};
  plans.forEach(p => { opened[p.ref] = p.createdAt; });
  const steps = new Map<string, StateStep[]>();
  plans.forEach(p => steps.set(p.ref, stateSteps(p, ids, refs, ref => opened[ref])));
  // Round by round, so each state's versions follow its history.
  const rounds = Math.max(0, ...plans.map(p => (steps.get(p.ref) || []).length));
  for (let round = 0; round < rounds; round++) {
    const now = plans.filter(p => (steps.get(p.ref) || []).length > round).map(p => ({ p, step: (steps.get(p.ref) || [])[round] }));
    await perPerson(now, s => s.step.who, (who, mine) =>
      w.updateItems(who, 'HelpTicketStates', mine.map(s => ({ id: states[s.p.ref], payload: s.step.payload, at: s.step.at }))));
  }
  return steps;
}

/** The requesters' claims, each added by its requester and marked applied by the agent who applied it. */
async function writeClaims(w: SeedWriter, plans: TicketPlan[], refs: TicketIds): Promise<Dated[]> {
  const byRef: Record<string, TicketPlan> = {};
  plans.forEach(p => { byRef[p.ref] = p; });
  const claims = plans.reduce((all, p) => all.concat(plannedClaims(p)), [] as PlannedClaim[]).sort((a, b) => a.at.getTime() - b.at.getTime());
  const ids: number[] = [];
  await perPerson(claims, c => byRef[c.ref].requester, async (who, mine) => {
    const added = await w.addItems(who, 'HelpTicketClaims', mine.map((c): Partial<ClaimWrite> => ({
      HCTicketId: refs[c.ref], HCAction: c.action, HCMessage: c.message, HCRating: c.rating, HCClaimKey: `${refs[c.ref]}|${c.key}`
    })), i => mine[i].at);
    mine.forEach((c, i) => { ids[claims.indexOf(c)] = added[i]; });
  });
  const applied = claims.map((c, i) => ({ c, id: ids[i], who: receiver(byRef[c.ref]) }));
  await perPerson(applied, a => a.who, (who, mine) =>
    w.updateItems(who, 'HelpTicketClaims', mine.map(a => ({ id: a.id, payload: { HCApplied: true, HCOutcome: 'applied' }, at: a.c.at }))));
  return applied.map(a => ({ who: a.who, b: { list: 'HelpTicketClaims', id: a.id, created: a.c.at, modified: a.c.at } }));
}

/** Writes every planned ticket with its state, claims and notes; returns the HelpTickets item ids by ref. */
export async function seedTickets(w: SeedWriter, plans: TicketPlan[], ids: SeedIds, log: (m: string) => void): Promise<TicketIds> {
  const refs: TicketIds = {};
  await fileTickets(w, plans, ids, refs);
  log(`  ${plans.length} tickets filed`);

  const states: TicketIds = {};
  const steps = await writeStates(w, plans, ids, refs, states);
  const claimDates = await writeClaims(w, plans, refs);
  log(`  ${plans.length} tickets received, ${plans.filter(p => p.assignee).length} handled by agents, ${claimDates.length} requester claims applied`);

  const notes = plans.reduce((all, p) => all.concat(p.notes.map(n => ({ ticket: refs[p.ref], note: n }))), [] as { ticket: number; note: TicketPlan['notes'][number] }[]);
  const noteDates: Dated[] = [];
  await perPerson(notes, n => n.note.author, async (who, mine) => {
    const added = await w.addItems(who, 'HelpInternalNotes', mine.map(n => ({ HCTicketId: n.ticket, HCBody: n.note.text })));
    added.forEach((id, i) => noteDates.push({ who, b: { list: 'HelpInternalNotes', id, created: mine[i].note.at, modified: mine[i].note.at } }));
  });
  log(`  ${plans.reduce((s, p) => s + p.comments.length, 0)} public messages, ${notes.length} internal notes`);

  // The requester's item is written once, when filed (an agent who filed it for someone made it theirs).
  const ticketDates = plans.map((p): Dated => ({ who: p.filer, b: {
    list: 'HelpTickets', id: refs[p.ref], created: p.createdAt, modified: p.createdAt, author: p.filer !== p.requester ? loginOf(p.requester) : undefined
  } }));
  // The state was last written by the desk's last action.
  const stateDates = plans.map((p): Dated => {
    const mine = steps.get(p.ref) || [];
    const last = mine[mine.length - 1];
    return { who: last ? last.who : receiver(p), b: { list: 'HelpTicketStates', id: states[p.ref], created: p.createdAt, modified: last ? last.at : p.createdAt } };
  });
  await perPerson(ticketDates.concat(stateDates, claimDates, noteDates), d => d.who, (who, mine) => w.backdate(who, mine.map(d => d.b)));
  return refs;
}
