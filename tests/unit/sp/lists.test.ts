// The help center's list titles (src/data/sp/lists.ts): the schema's names, typed, and the one getByTitle.
import { spfi } from '@pnp/sp';
import { HELP_CENTER_LISTS } from '../../../src/data/schema';
import { HELP_LIST_NAMES, helpList } from '../../../src/data/sp/lists';

it('names exactly the schema\'s lists, in provisioning order', () => {
  expect(HELP_LIST_NAMES.slice()).toEqual(HELP_CENTER_LISTS.map(l => l.name));
});

it('addresses a list by its title', () => {
  const sp = spfi('https://contoso.sharepoint.com/sites/help');
  expect(helpList(sp, 'HelpTickets').toUrl()).toBe("https://contoso.sharepoint.com/sites/help/_api/web/lists/getByTitle('HelpTickets')");
});

it('does not compile with a title the schema does not have', () => {
  const sp = spfi('https://contoso.sharepoint.com/sites/help');
  // @ts-expect-error a misspelt list title is a type error (the type check of `npm test` fails if this compiles)
  expect(helpList(sp, 'HelpTicket').toUrl()).toContain("getByTitle('HelpTicket')");
});
