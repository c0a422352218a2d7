export * from './TicketRepository';
export * from './MyTicketsServices';
