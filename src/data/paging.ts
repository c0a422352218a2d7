// Kept until src/data/tickets, desk, intake and notifications move (issue 11): forEachPage lives in src/data/sp/paging.ts.
export { forEachPage } from './sp/paging';
