/** Proven expertise and the experts directory (issue 15), pure. */
export * from './record';
export * from './score';
export * from './directory';
