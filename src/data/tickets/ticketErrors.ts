import type { TicketErrorCode } from '../../domain/tickets/actions';

/** A refused action: the domain's error code (the ui translates it). Kept apart so the ui can test for it without loading the domain. */
export class TicketActionError extends Error {
  public constructor(public readonly code: TicketErrorCode, public readonly takenBy?: string) {
    super(`Action refused: ${code}`);
  }
}
