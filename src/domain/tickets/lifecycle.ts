/**
 * The ticket state machine: guards, transitions, field changes and the events (with recipients) they cause. The
 * diagram and the recipient rules are in index.ts; the status groups (open, handled, finished …) in statusGroups.ts.
 */
import { SUPPORT_LEVELS, TicketStatus } from '../vocabulary';
import { ApplyError, ApplyOk, ApplyResult, ApproverDecisionItem, DomainEvent, DomainEventType, FieldChange, Recipient, TicketAction, TicketErrorCode } from './actions';
import { Actor, Approval, LifecycleSettings, PersonRef, Ticket } from './model';
import { STATUS_GROUPS, inStatusGroup, isOpenStatus } from './statusGroups';

/** Statuses in which the desk still works on a ticket (STATUS_GROUPS.open, kept for the code that imported it from here). */
export const OPEN_STATUSES: readonly TicketStatus[] = STATUS_GROUPS.open;
const DAY_MS = 86400000;

/** Roles an event informs (resolved to persons by `recipientsFor`). */
type Role = Recipient['role'];

/** What a transition decided before the common bookkeeping. */
interface Transition {
  patch: Partial<Ticket>;
  event: DomainEventType;
  /** Roles informed besides the status-change rule (requester, beneficiary and watchers on every status change). */
  inform: Role[];
  details?: DomainEvent['details'];
  /** Team whose queue is informed (defaults to the ticket's team after the change). */
  queueTeamId?: number;
  /** The watchers this event informs, when not all of them (people just added). */
  watchersInformed?: PersonRef[];
}

function fail(error: TicketErrorCode, takenBy?: PersonRef): ApplyError {
  return takenBy ? { ok: false, error, takenBy } : { ok: false, error };
}

function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

/** The requester, or the person the request is for. */
export function isRequesterSide(actor: Actor, t: Ticket): boolean {
  return !actor.isSystem && (actor.person.id === t.requester.id || (t.beneficiary !== undefined && actor.person.id === t.beneficiary.id));
}

/** An agent of the ticket's team (any agent when the ticket has no team yet), its assignee, or a site owner. */
export function isTeamAgent(actor: Actor, t: Ticket): boolean {
  if (actor.isSystem) return false;
  if (actor.isSiteOwner) return true;
  if (!actor.isAgent) return false;
  return t.teamId === undefined || actor.teamIds.indexOf(t.teamId) >= 0 || (t.assignedTo !== undefined && t.assignedTo.id === actor.person.id);
}

function isAnyAgent(actor: Actor): boolean {
  return !actor.isSystem && (actor.isAgent || actor.isSiteOwner);
}

function isWatcher(actor: Actor, t: Ticket): boolean {
  return !actor.isSystem && t.watchers.some((w) => w.id === actor.person.id);
}

function levelRank(level: string): number {
  return SUPPORT_LEVELS.indexOf(level as typeof SUPPORT_LEVELS[number]);
}

/**
 * An approver's decision from the mail link, applied by any agent: the item must be the approver's own (its
 * SharePoint author) and answer the pending request (its sequence); who and when are the approver's and the
 * item's. The approver hears that the desk took it into account, like a decision the desk recorded.
 */
function fromApproverItem(t: Ticket, approval: Approval, action: { decision: 'approved' | 'refused'; comment?: string }, item: ApproverDecisionItem, actor: Actor): Transition | ApplyError {
  if (!isAnyAgent(actor)) return fail('notAllowed');
  if (item.authorId !== approval.approver.id) return fail('notAllowed');
  if (approval.requestSequence === undefined || item.requestSequence !== approval.requestSequence) return fail('noPendingApproval');
  if (!isOpenStatus(t.status)) return fail('invalidStatus');
  const decided: Approval = { ...approval, decision: action.decision, decidedBy: approval.approver, decidedAt: item.at, comment: action.comment, decisionItemId: item.itemId };
  return {
    patch: { approval: decided }, event: 'decideApproval', inform: ['requester', 'assignee', 'watcher', 'approver'],
    details: { decision: action.decision, comment: action.comment }
  };
}

/** Guards and effects of one action; undefined fields in `patch` clear the field. */
function decide(t: Ticket, action: TicketAction, actor: Actor, now: Date, settings: LifecycleSettings): Transition | ApplyError {
  const teamAgent = isTeamAgent(actor, t);
  const requesterSide = isRequesterSide(actor, t);
  switch (action.type) {
    case 'file':
      if (!requesterSide && !isAnyAgent(actor)) return fail('notAllowed');
      if (t.sequence !== 0 || t.status !== 'new') return fail('alreadyFiled');
      // A request the desk routed to the expert the requester asked ("ask this expert") has its assignee already: told once, here.
      return { patch: {}, event: 'file', inform: ['requester', 'beneficiary', 'watcher', 'teamQueue', 'assignee'] };
    case 'takeInCharge':
      if (!teamAgent) return fail('notAllowed');
      if (t.assignedTo !== undefined && t.assignedTo.id !== actor.person.id) return fail('alreadyTakenBy', t.assignedTo);
      if (t.status !== 'new') return fail('invalidStatus');
      return { patch: { assignedTo: actor.person, status: 'taken_in_charge' }, event: 'takeInCharge', inform: [] };
    case 'replyPublic': {
      const agent = isAnyAgent(actor);
      if (!agent && !requesterSide && !isWatcher(actor, t)) return fail('notAllowed');
      if (t.status === 'closed' || t.status === 'no_follow_up') return fail('invalidStatus');
      if (blank(action.message)) return fail('messageRequired');
      const patch: Partial<Ticket> = {};
      if (agent && t.firstResponseAt === undefined) patch.firstResponseAt = now;
      if (agent && t.status === 'taken_in_charge') patch.status = 'in_progress';
      return {
        patch, event: 'replyPublic', details: { message: action.message },
        // A requester's (or beneficiary's) message is for the desk: the people kept informed follow the desk's
        // public side (their view shows no requester message), so they are not mailed her words.
        inform: agent ? ['requester', 'beneficiary', 'watcher'] : ['requester', 'beneficiary', t.assignedTo ? 'assignee' : 'teamQueue']
      };
    }
    case 'addInternalNote':
      if (!isAnyAgent(actor)) return fail('notAllowed');
      if (blank(action.body)) return fail('messageRequired');
      return { patch: {}, event: 'addInternalNote', inform: ['assignee'], details: { body: action.body } };
    case 'askForInformation':
      if (!teamAgent) return fail('notAllowed');
      if (t.status !== 'taken_in_charge' && t.status !== 'in_progress') return fail('invalidStatus');
      if (blank(action.message)) return fail('messageRequired');
      return {
        patch: t.firstResponseAt === undefined ? { status: 'awaiting_user', firstResponseAt: now } : { status: 'awaiting_user' },
        event: 'askForInformation', inform: [], details: { message: action.message }
      };
    case 'requesterAnswered':
      if (!requesterSide) return fail('notAllowed');
      if (t.status !== 'awaiting_user') return fail('invalidStatus');
      return { patch: { status: 'in_progress' }, event: 'requesterAnswered', inform: [t.assignedTo ? 'assignee' : 'teamQueue'], details: { message: action.message } };
    case 'escalate': {
      if (!teamAgent) return fail('notAllowed');
      if (!inStatusGroup(t.status, 'handled')) return fail('invalidStatus');
      if (blank(action.reason)) return fail('reasonRequired');
      const raises = action.level !== undefined && levelRank(action.level) > levelRank(t.level);
      const moves = action.teamId !== undefined && action.teamId !== t.teamId;
      if (!raises && !moves) return fail('nothingToEscalate');
      // The receiving level's queue lists it as escalated from now on; a named agent sees it as escalated to them.
      const patch: Partial<Ticket> = { escalatedAt: now, escalatedTo: action.to };
      if (raises) patch.level = action.level;
      if (moves) patch.teamId = action.teamId;
      return {
        patch, event: 'escalate', inform: ['escalatedTo', 'assignee', 'watcher', 'teamQueue'],
        details: { reason: action.reason, level: patch.level || t.level, teamId: moves ? action.teamId : t.teamId, fromTeamId: t.teamId, fromLevel: t.level }
      };
    }
    case 'transfer':
      if (!teamAgent) return fail('notAllowed');
      if (!isOpenStatus(t.status)) return fail('invalidStatus');
      if (blank(action.reason)) return fail('reasonRequired');
      if (action.teamId === t.teamId) return fail('sameTeam');
      // A transfer hands the ticket over as new: it is no longer an escalation (nor anyone's by name) in any queue.
      return {
        patch: { teamId: action.teamId, assignedTo: undefined, status: 'new', escalatedAt: undefined, escalatedTo: undefined }, event: 'transfer',
        inform: ['teamQueue', 'assignee', 'watcher'], details: { reason: action.reason, teamId: action.teamId, fromTeamId: t.teamId }
      };
    case 'requestApproval':
      if (!teamAgent) return fail('notAllowed');
      if (!inStatusGroup(t.status, 'handled')) return fail('invalidStatus');
      if (!action.approver || blank(action.approver.email)) return fail('approverRequired');
      if (blank(action.reason)) return fail('reasonRequired');
      if (t.approval !== undefined && t.approval.decision === undefined) return fail('approvalPending');
      return {
        patch: { approval: { approver: action.approver, requestedBy: actor.person, requestedAt: now, reason: action.reason, requestSequence: t.sequence + 1,
          ...(action.token ? { token: action.token } : {}) } },
        event: 'requestApproval', inform: ['approver', 'watcher'], details: { reason: action.reason }
      };
    case 'decideApproval': {
      if (t.approval === undefined || t.approval.decision !== undefined) return fail('noPendingApproval');
      if (action.fromApproverItem) return fromApproverItem(t, t.approval, action, action.fromApproverItem, actor);
      const isApprover = !actor.isSystem && actor.person.id === t.approval.approver.id;
      // The desk may record a decision the approver gave elsewhere (phone, mail): who recorded it is kept.
      const recorded = !isApprover && action.recordedForApprover === true && teamAgent;
      if (!isApprover && !recorded) return fail('notAllowed');
      if (!isOpenStatus(t.status)) return fail('invalidStatus');
      const decided: Approval = { ...t.approval, decision: action.decision, decidedBy: t.approval.approver, decidedAt: now, comment: action.comment };
      if (recorded) decided.recordedBy = actor.person;
      return {
        patch: { approval: decided }, event: 'decideApproval', inform: ['requester', 'assignee', 'watcher', ...(recorded ? ['approver' as Role] : [])],
        details: { decision: action.decision, comment: action.comment }
      };
    }
    case 'resolve':
    case 'resolveProblem': {
      if (!teamAgent) return fail('notAllowed');
      if (action.type === 'resolveProblem' && t.kind !== 'problem') return fail('notAProblem');
      if (!isOpenStatus(t.status)) return fail('invalidStatus');
      if (blank(action.resolution)) return fail('resolutionRequired');
      const patch: Partial<Ticket> = { status: 'resolved', resolvedAt: now, resolution: action.resolution };
      if (action.articleId !== undefined) patch.articleId = action.articleId;
      if (t.firstResponseAt === undefined) patch.firstResponseAt = now;
      if (t.assignedTo === undefined) patch.assignedTo = actor.person;
      return { patch, event: action.type === 'resolve' ? 'resolve' : 'problemResolved', inform: [], details: { resolution: action.resolution, articleId: action.articleId } };
    }
    case 'acceptResolution':
      if (!requesterSide) return fail('notAllowed');
      if (t.status !== 'resolved') return fail('invalidStatus');
      return { patch: { status: 'closed', closedAt: now }, event: 'acceptResolution', inform: ['assignee'] };
    case 'reopen':
      if (!requesterSide && !teamAgent) return fail('notAllowed');
      if (t.status === 'closed') {
        const days = settings.reopenClosedWithinDays;
        if (!(days > 0) || t.closedAt === undefined || now.getTime() - t.closedAt.getTime() > days * DAY_MS) return fail('reopenWindowExpired');
      } else if (t.status !== 'resolved') return fail('invalidStatus');
      if (blank(action.reason)) return fail('reasonRequired');
      return {
        patch: { status: 'in_progress', resolvedAt: undefined, closedAt: undefined, reopenedAt: now }, event: 'reopen',
        inform: [t.assignedTo ? 'assignee' : 'teamQueue'], details: { reason: action.reason }
      };
    case 'close':
      if (!teamAgent && !actor.isSystem) return fail('notAllowed');
      if (t.status !== 'resolved') return fail('invalidStatus');
      return { patch: { status: 'closed', closedAt: now }, event: actor.isSystem ? 'closedAutomatically' : 'close', inform: [], details: { reason: action.reason } };
    case 'closeNoFollowUp':
      if (!teamAgent && !actor.isSystem) return fail('notAllowed');
      if (actor.isSystem ? t.status !== 'awaiting_user' : !isOpenStatus(t.status)) return fail('invalidStatus');
      return {
        patch: { status: 'no_follow_up', closedAt: now }, event: actor.isSystem ? 'closedNoFollowUpAutomatically' : 'closeNoFollowUp',
        inform: ['assignee'], details: { reason: action.reason }
      };
    case 'rate':
      if (actor.isSystem || actor.person.id !== t.requester.id) return fail('notAllowed');
      if (t.status !== 'resolved' && t.status !== 'closed') return fail('invalidStatus');
      if (!(action.rating >= 1 && action.rating <= 5) || Math.floor(action.rating) !== action.rating) return fail('invalidRating');
      if (t.satisfaction !== undefined) return fail('alreadyRated');
      return { patch: { satisfaction: action.rating, satisfactionComment: action.comment }, event: 'rate', inform: ['assignee'], details: { rating: action.rating, comment: action.comment } };
    case 'linkToProblem':
      if (!isAnyAgent(actor)) return fail('notAllowed');
      if (t.kind === 'problem' || action.problemId === t.id) return fail('problemCannotBeLinked');
      if (!isOpenStatus(t.status)) return fail('invalidStatus');
      if (t.problemId === action.problemId) return fail('alreadyLinked');
      return { patch: { problemId: action.problemId }, event: 'linkToProblem', inform: ['requester', 'beneficiary', 'watcher'], details: { problemId: action.problemId } };
    case 'confirmWatchers':
      if (!isAnyAgent(actor)) return fail('notAllowed');
      if (!isOpenStatus(t.status)) return fail('invalidStatus');
      // The people now kept informed hear of the request; those informed already are not told again.
      return { patch: { watchers: action.watchers }, event: 'confirmWatchers', inform: ['watcher'], details: {},
        watchersInformed: action.watchers.filter(w => !t.watchers.some(x => x.id === w.id)) };
    default:
      return fail('notAllowed');
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a === b) return true;
  if (a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Who an event informs, deduplicated by person, never the actor. Roles: requester, beneficiary, the agent a ticket
 * was escalated to by name, the assignee, the pending approver, each watcher, the team queue (team id; the data
 * layer resolves its address).
 */
export function recipientsFor(t: Ticket, roles: Role[], actor: Actor, queueTeamId?: number): Recipient[] {
  const out: Recipient[] = [];
  const seen: number[] = [];
  const add = (role: Role, person: PersonRef | undefined): void => {
    if (!person || person.id === actor.person.id || seen.indexOf(person.id) >= 0) return;
    seen.push(person.id);
    out.push({ role, person });
  };
  // The named agent an escalation is for hears it as theirs, even when they also watch the ticket.
  const order: Role[] = ['requester', 'beneficiary', 'escalatedTo', 'assignee', 'approver', 'watcher', 'teamQueue'];
  for (const role of order) {
    if (roles.indexOf(role) < 0) continue;
    if (role === 'requester') add(role, t.requester);
    else if (role === 'beneficiary') add(role, t.beneficiary);
    else if (role === 'escalatedTo') add(role, t.escalatedTo);
    else if (role === 'assignee') add(role, t.assignedTo);
    else if (role === 'approver') add(role, t.approval ? t.approval.approver : undefined);
    else if (role === 'watcher') t.watchers.forEach((w) => add(role, w));
    else {
      const teamId = queueTeamId !== undefined ? queueTeamId : t.teamId;
      if (teamId !== undefined) out.push({ role: 'teamQueue', teamId });
    }
  }
  return out;
}

/** The outbox key of the n-th change of a ticket. */
export function changeKeyOf(ticketId: number, sequence: number, type: DomainEventType): string {
  return `${ticketId}:${sequence}:${type}`;
}

/** Common bookkeeping of a decided transition: next ticket, field changes, the event. */
function commit(t: Ticket, tr: Transition, actor: Actor, now: Date): ApplyOk {
  const next: Ticket = { ...t, ...tr.patch, sequence: t.sequence + 1, modifiedBy: actor.isSystem ? t.modifiedBy : actor.person, modifiedAt: now };
  const changes: FieldChange[] = [];
  for (const key of Object.keys(tr.patch) as (keyof Ticket)[]) {
    if (!sameValue(t[key], next[key])) changes.push({ field: key, from: t[key], to: next[key] });
  }
  const statusChanged = next.status !== t.status;
  if (statusChanged) next.statusHistory = t.statusHistory.concat([{ status: next.status, at: now }]);
  const roles: Role[] = statusChanged ? tr.inform.concat(['requester', 'beneficiary', 'watcher']) : tr.inform;
  // A transfer clears the assignee, who still hears that the ticket left them.
  const withAssignee: Ticket = next.assignedTo ? next : { ...next, assignedTo: t.assignedTo };
  const informed: Ticket = tr.watchersInformed ? { ...withAssignee, watchers: tr.watchersInformed } : withAssignee;
  const event: DomainEvent = {
    type: tr.event, ticketId: t.id, changeKey: changeKeyOf(t.id, next.sequence, tr.event), at: now, actor: actor.person,
    fromStatus: t.status, toStatus: next.status, recipients: recipientsFor(informed, roles, actor, tr.queueTeamId), details: tr.details || {}
  };
  return { ok: true, ticket: next, changes, events: [event] };
}

/**
 * Whether an action would be accepted now, without applying it: the refusal's code, or undefined. The same guards as
 * applyAction (it is decide() without the bookkeeping), so a page offering an action and the desk applying it agree.
 */
export function refusalOf(ticket: Ticket, action: TicketAction, actor: Actor, now: Date, settings: LifecycleSettings): TicketErrorCode | undefined {
  const decided = decide(ticket, action, actor, now, settings);
  return 'ok' in decided ? decided.error : undefined;
}

/**
 * Applies one action. Pure: returns the next ticket (sequence + 1), the changed fields and the events to record
 * in the notification outbox, or an error code. The data layer writes the result with the item's ETag.
 */
export function applyAction(ticket: Ticket, action: TicketAction, actor: Actor, now: Date, settings: LifecycleSettings): ApplyResult {
  const decided = decide(ticket, action, actor, now, settings);
  if ('ok' in decided) return decided;
  return commit(ticket, decided, actor, now);
}

/**
 * Resolves a problem ticket and every open incident linked to it (HCProblem = problem id), informing each
 * incident's requester, beneficiary and watchers. Incidents already resolved or closed are left as they are.
 */
export function resolveProblem(
  problem: Ticket, incidents: Ticket[], action: { type: 'resolveProblem'; resolution: string; articleId?: number },
  actor: Actor, now: Date, settings: LifecycleSettings
): { problem: ApplyResult; incidents: ApplyOk[] } {
  const result = applyAction(problem, action, actor, now, settings);
  if (!result.ok) return { problem: result, incidents: [] };
  const resolved = incidents
    .filter((i) => i.problemId === problem.id && isOpenStatus(i.status))
    .map((i) => {
      const patch: Partial<Ticket> = { status: 'resolved', resolvedAt: now, resolution: action.resolution };
      if (action.articleId !== undefined) patch.articleId = action.articleId;
      return commit(i, { patch, event: 'resolvedByProblem', inform: ['assignee'], details: { problemId: problem.id, resolution: action.resolution } }, actor, now);
    });
  return { problem: result, incidents: resolved };
}
