export * from './DeskRepository';
export * from './deskServices';
