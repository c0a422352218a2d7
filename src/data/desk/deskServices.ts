import { SPFI } from '@pnp/sp';
import { IntakeService } from '../intake/IntakeService';
import { DeskRepository } from './DeskRepository';
import type { DeskTicket } from './DeskRepository';
import type { IntakeFormData } from '../intake/IntakeService';
import { TicketRepository } from '../tickets/TicketRepository';
import type { TicketPageData } from '../tickets/TicketRepository';
import type { TicketActionService } from '../tickets/TicketActionService';
import type { TicketAction } from '../../domain/tickets/actions';
import type { GraphClientLike } from '../notifications/types';

/** What the desk reads and writes. */
export interface DeskDataServices {
  loadReference(): Promise<IntakeFormData>;
  openTickets(): Promise<DeskTicket[]>;
  page(id: number): Promise<TicketPageData | undefined>;
  reply(id: number, text: string): Promise<void>;
  addNote(id: number, text: string): Promise<void>;
  act(id: number, etag: string, action: TicketAction): Promise<{ mailSent: boolean }>;
  /** Closes stale tickets (awaiting the requester too long, resolved and not reopened); returns how many. */
  housekeep(): Promise<number>;
}

/** The desk's services: reference data (one batch) and the open-ticket snapshot (one paged query) in parallel; a ticket's page in one batch. */
export function createDeskServices(sp: SPFI, graph: () => Promise<GraphClientLike>, ticketLink: (id: number) => string): DeskDataServices {
  // The domain, the outbox and the templates load with the first action, not with the queues.
  let actions: Promise<TicketActionService> | undefined;
  const loadActions = (): Promise<TicketActionService> => {
    if (!actions) actions = import(/* webpackChunkName: 'help-center-actions' */ '../tickets/TicketActionService').then(m => new m.TicketActionService(sp, graph, ticketLink));
    return actions;
  };
  const intake = new IntakeService(sp);
  const desk = new DeskRepository(sp);
  const tickets = new TicketRepository(sp);
  return {
    loadReference: () => intake.loadFormData(),
    openTickets: () => desk.openTickets(),
    page: id => tickets.ticketPage(id, { internalNotes: true }),
    reply: (id, text) => tickets.addComment(id, text),
    addNote: (id, text) => tickets.addInternalNote(id, text),
    act: async (id, etag, action) => (await loadActions()).act(id, etag, action),
    housekeep: async () => (await loadActions()).housekeep()
  };
}
