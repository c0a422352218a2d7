export * from './IntakeService';
