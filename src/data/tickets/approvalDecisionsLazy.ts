import type { SPFI } from '@pnp/sp';
import type { ApprovalDecisionServices } from './approvalDecisions';

/**
 * The approver's services, loaded with the approval page's own chunk: only approvers, from their mail, open
 * that page, so the MyTickets bundle carries none of it.
 */
export function createLazyApprovalDecisionServices(sp: SPFI): ApprovalDecisionServices {
  let loaded: Promise<ApprovalDecisionServices> | undefined;
  const load = (): Promise<ApprovalDecisionServices> => {
    if (!loaded) loaded = import(/* webpackChunkName: 'help-center-approval' */ './approvalDecisions').then(m => m.createApprovalDecisionServices(sp));
    return loaded;
  };
  return {
    load: async request => (await load()).load(request),
    record: async (request, decision, comment) => (await load()).record(request, decision, comment)
  };
}
