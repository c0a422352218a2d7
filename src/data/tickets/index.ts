export * from './TicketRepository';
