/** The reports' figures (issue 17): pure functions over the desk's states and the search events. */
export * from './model';
export * from './stats';
export * from './period';
export * from './figures';
export * from './selfService';
export * from './csv';
