export * from './IntakeService';
export * from './TicketFormServices';
