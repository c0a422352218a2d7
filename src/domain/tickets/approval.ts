/** The derogation approval as the desk's state stores it (JSON in HelpTicketStates.HCApproval), read back. */
import type { Approval } from './model';

/** The stored approval (HCApproval) → the domain's Approval; undefined when empty or unreadable. */
export function parseApproval(json: string | null | undefined): Approval | undefined { // eslint-disable-line @rushstack/no-new-null
  if (!json) return undefined;
  try {
    const a = JSON.parse(json) as Approval & { requestedAt: string; decidedAt?: string };
    if (!a || typeof a !== 'object' || !a.approver || !a.requestedAt) return undefined;
    // A secret is never stored (only its hash): one found in an old item is dropped, so it is never sent again.
    return { ...a, token: undefined, requestedAt: new Date(a.requestedAt), decidedAt: a.decidedAt ? new Date(a.decidedAt) : undefined };
  } catch {
    return undefined;
  }
}
