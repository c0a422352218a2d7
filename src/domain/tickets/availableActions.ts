/**
 * Which actions a person may take on a ticket now — what the desk's and the requester's pages offer as buttons.
 * Each action is tried against the state machine's own guards (refusalOf, a dry run of applyAction) with
 * placeholder inputs standing for what the person will type or choose, so the pages never hold a copy of the rules.
 */
import type { TicketAction, TicketActionType } from './actions';
import { refusalOf } from './lifecycle';
import { Actor, DEFAULT_LIFECYCLE_SETTINGS, LifecycleSettings, Ticket } from './model';

/** Text standing for a message, reason or resolution still to be typed (the guards only ask that there is one). */
const TYPED = '…';
/** An id no team, problem or person has: stands for "another one, to be chosen". */
const OTHER = -1;

/**
 * One probe per action a page can offer, in the order pages show them. Inputs the person chooses later are
 * placeholders that pass the input checks, so only who acts and the ticket's state decide.
 */
function probes(t: Ticket): TicketAction[] {
  return [
    { type: 'takeInCharge' },
    { type: 'requesterAnswered', message: TYPED },
    { type: 'replyPublic', message: TYPED },
    { type: 'askForInformation', message: TYPED },
    // Another team stands for any escalation (a level above, another team, or both): the dialog offers the choices.
    { type: 'escalate', reason: TYPED, teamId: OTHER },
    { type: 'transfer', reason: TYPED, teamId: OTHER },
    { type: 'requestApproval', approver: { id: OTHER, email: TYPED }, reason: TYPED },
    { type: 'decideApproval', decision: 'approved', recordedForApprover: true },
    t.kind === 'problem' ? { type: 'resolveProblem', resolution: TYPED } : { type: 'resolve', resolution: TYPED },
    { type: 'acceptResolution' },
    { type: 'close' },
    { type: 'closeNoFollowUp' },
    { type: 'reopen', reason: TYPED },
    { type: 'rate', rating: 5 },
    { type: 'addInternalNote', body: TYPED },
    { type: 'linkToProblem', problemId: OTHER },
    { type: 'confirmWatchers', watchers: t.watchers }
  ];
}

/**
 * The actions `actor` may take on `ticket` at `now`, in display order. A problem is resolved with its incidents
 * (resolveProblem), any other ticket with resolve. `file` is never offered (filing is the form's).
 */
export function availableActions(ticket: Ticket, actor: Actor, now: Date = new Date(), settings: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS): TicketActionType[] {
  return probes(ticket).filter(a => refusalOf(ticket, a, actor, now, settings) === undefined).map(a => a.type);
}

/**
 * Whether `actor` may turn `ticket` into an idea of the idea box (issue 15): a request for change (kind 'evolution', the
 * desk's classification), by an agent or a site owner, whatever its status. Not a state-machine action: the ticket's
 * status is untouched (the agent resolves it as usual afterwards), and turning it twice finds the same idea.
 */
export function canTurnIntoIdea(ticket: Pick<Ticket, 'kind'>, actor: Pick<Actor, 'isAgent' | 'isSiteOwner'>): boolean {
  return ticket.kind === 'evolution' && (actor.isAgent || actor.isSiteOwner);
}

/** Whether `type` is among the available actions. */
export function canTake(available: readonly TicketActionType[], type: TicketActionType): boolean {
  return available.indexOf(type) >= 0;
}
