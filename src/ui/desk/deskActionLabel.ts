import type { TicketAction } from '../../domain/tickets/actions';

/** A desk action's name in the page's language, for the page's "done" and "already taken" messages. */
export function deskActionLabel(action: TicketAction, strings: IHelpCenterStrings): string {
  const a = strings.ticketActions;
  const x = strings.deskExtra;
  switch (action.type) {
    case 'takeInCharge': return a.takeInCharge;
    case 'askForInformation': return a.askInfo;
    case 'escalate': return a.escalate;
    case 'transfer': return a.transfer;
    case 'resolve': return a.resolve;
    case 'resolveProblem': return x.resolveProblem;
    case 'close': return a.close;
    case 'closeNoFollowUp': return a.closeNoFollowUp;
    case 'reopen': return a.reopen;
    case 'requestApproval': return x.requestApproval;
    case 'decideApproval': return action.decision === 'approved' ? x.approved : x.refused;
    case 'linkToProblem': return x.linkAction;
    case 'confirmWatchers': return strings.desk.confirmWatchers;
    default: return action.type;
  }
}
