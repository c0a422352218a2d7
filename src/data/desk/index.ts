export * from './DeskRepository';
