// Kept until src/data/tickets, desk, intake and notifications move (issue 11): these live in src/data/sp.
export { isDuplicateValueError, isPreconditionFailed } from '../sp/errors';
export { odataString } from '../sp/odata';
