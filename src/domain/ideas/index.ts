/** The idea box's rules (issue 15): statuses, votes, who is informed, top ideas, proposals. Pure. */
export * from './status';
export * from './votes';
export * from './informed';
export * from './ranking';
export * from './proposal';
export * from './history';
