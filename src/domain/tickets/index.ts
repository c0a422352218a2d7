/**
 * Ticket lifecycle (pure domain: no SharePoint, no React).
 *
 * State diagram (HCStatus codes; [guard] = who may act):
 *
 *          file [requester/agent]
 *               |
 *               v          transfer [team agent] (assignee and escalation cleared; new queue, watchers informed)
 *   +-------> new <-----------------------------------------------+
 *   |           | takeInCharge [team agent; else alreadyTakenBy]    |
 *   |           v                                                   |
 *   |   taken_in_charge --replyPublic [agent]--+                    |
 *   |           |                              v                    |
 *   |           +----------------------->  in_progress  ------------+
 *   |      askForInformation [team agent]   ^      |  askForInformation
 *   |                                       |      v
 *   |          requesterAnswered [requester] +-- awaiting_user --(housekeeping: > N business days)--> no_follow_up
 *   |
 *   |   resolve / resolveProblem [team agent] from new, taken_in_charge, in_progress, awaiting_user
 *   |           v
 *   |       resolved --acceptResolution [requester] / close [team agent] / housekeeping (> M days)--> closed
 *   |           |  reopen [requester/team agent, reason]                                           |
 *   |           v                                                                                  |
 *   +-- (in_progress) <---------- reopen within settings.reopenClosedWithinDays ------------------+
 *
 *   closeNoFollowUp [team agent]: any open status -> no_follow_up.
 *   No status change: escalate (level up and/or other team, reason, optionally a named agent `to`; escalatedAt = now,
 *   escalatedTo = that agent or cleared; the assignee stays the one interlocutor),
 *   addInternalNote [any agent], requestApproval [team agent] / decideApproval [named approver; or a team agent recording
 *   the approver's decision, recordedBy kept; or any agent applying the approver's own item from the mail link
 *   (fromApproverItem: its author must be the approver, its sequence the request's; decidedAt = the item's time)],
 *   rate 1–5 [requester only, resolved/closed, once], linkToProblem [any agent, incidents only].
 *   "team agent" = agent of the ticket's team (any agent while it has no team), its assignee, or a site owner.
 *   closed and no_follow_up are final except reopen of closed within the window.
 *
 * Recipient rules (DomainEvent.recipients; the actor is never informed of their own action; one entry per person):
 *   - every status change: requester, beneficiary, watchers (the professor is informed at each step);
 *   - file: + team queue, + the assignee (the asked expert the desk routed it to: see askExpert.ts);
 *   - transfer: + new team's queue, + previous assignee, + watchers
 *     (escalatedAt/escalatedTo cleared: the ticket arrives as new, not as an escalation);
 *   - takeInCharge, askForInformation, resolve, close, closeNoFollowUp: requester, beneficiary, watchers (+ assignee
 *     for closeNoFollowUp, e.g. housekeeping);
 *   - replyPublic by the desk: requester, beneficiary, watchers; by the requester side (her message, a claim the desk
 *     applies): the other of requester/beneficiary + assignee (team queue when nobody has it), not the watchers
 *     (team queue when nobody has it);
 *   - requesterAnswered, reopen: assignee (team queue when nobody has it) + watchers (+ requester side on reopen by an agent);
 *   - escalate: the named agent (role escalatedTo), assignee, watchers, queue of the (new) team — not the requester
 *     (interlocutor unchanged); details { reason, level, teamId, fromTeamId, fromLevel };
 *   - addInternalNote: assignee only;  requestApproval: approver + watchers;  decideApproval: requester + assignee + watchers
 *     (+ approver when an agent recorded it for them or applied their decision from the mail link);
 *   - acceptResolution, rate: assignee (+ watchers on acceptResolution as a status change);
 *   - linkToProblem: requester, beneficiary, watchers;
 *   - resolvedByProblem (each open linked incident, via resolveProblem): requester, beneficiary, watchers, assignee.
 * changeKey = `${ticketId}:${sequence}:${eventType}`, sequence = number of actions applied (Ticket.sequence), so a
 * retried or concurrent identical change gets the same key and the HelpNotifications unique index records it once.
 *
 * housekeeping(tickets, now, settings, calendarFor) lists the automatic transitions (idempotent);
 * describeConflict(mine, theirs, myAction, actor, now, settings) explains a 412 and re-checks my action.
 */
export * from './model';
export * from './actions';
export * from './lifecycle';
export * from './housekeeping';
export * from './conflict';
export * from './informed';
export * from './statusGroups';
export * from './fields';
export * from './availableActions';
export * from './approval';
export * from './askExpert';
