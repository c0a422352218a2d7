export * from './types';
export * from './lists';
export * from './security';
export * from './fieldXml';
