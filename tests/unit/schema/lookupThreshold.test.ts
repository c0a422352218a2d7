// SharePoint Online fails a query that touches more than 12 lookup-type columns (lookup, person, managed
// metadata, Author and Editor included): https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits
// ("List view lookup threshold"). No help-center list has more than 12 in all, so no query of the product can
// pass it, whatever it selects, filters or sorts (the emulator enforces it: tests/integration/emulator/lookup-threshold.test.ts).
import { HELP_CENTER_LISTS } from '../../../src/data/schema';

const LOOKUP_KINDS = ['Lookup', 'LookupMulti', 'User', 'UserMulti'];

it.each(HELP_CENTER_LISTS.map(l => [l.name, l] as const))('%s has at most 12 lookup-type columns with Author and Editor', (_, list) => {
  const lookups = list.fields.filter(f => LOOKUP_KINDS.includes(f.kind)).map(f => f.name);
  expect([...lookups, 'Author', 'Editor'].length).toBeLessThanOrEqual(12);
});
