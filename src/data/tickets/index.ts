export * from './TicketRepository';
export * from './MyTicketsServices';
export * from './TicketActionService';
export * from './ticketMapper';
export * from './notificationLog';
export * from './claims';
export * from './ticketRow';
export * from './ticketNotifier';
