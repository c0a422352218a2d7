export * from './TicketRepository';
export * from './MyTicketsServices';
export * from './TicketActionService';
export * from './ticketMapper';
export * from './notificationLog';
