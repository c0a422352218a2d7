import { prefillFromUrl } from '../../../../src/ui/tickets/form/TicketFormRoot';
import { errorText } from '../../../../src/ui/tickets/form/errorText';
import * as strings from 'HelpCenterStrings';

describe('"Still need help?" parameters', () => {
  it.each([
    ['?q=mot%20de%20passe%20oubli%C3%A9&category=12&from=search', { query: 'mot de passe oublié', categoryId: 12 }],
    ['?q=imprimante+bloqu%C3%A9e', { query: 'imprimante bloquée', categoryId: undefined }],
    ['?category=abc', { query: undefined, categoryId: undefined }],
    ['?q=%E0%A4%A', { query: undefined, categoryId: undefined }],
    ['', { query: undefined, categoryId: undefined }],
  ])('%s', (search, expected) => {
    expect(prefillFromUrl(search)).toEqual(expected);
  });
});

describe('validation messages', () => {
  const s = strings.ticketForm;
  it.each([
    [{ field: 'title', code: 'required' }, 'Ce champ est obligatoire.'],
    [{ field: 'description', code: 'tooLong', limit: 10000 }, '10000 caractères au plus.'],
    [{ field: 'files', code: 'blockedType', fileName: 'virus.exe' }, '« virus.exe » : les programmes ne sont jamais acceptés.'],
    [{ field: 'files', code: 'tooLarge', fileName: 'photo.jpg', limit: 10 }, '« photo.jpg » dépasse 10 Mo.'],
    [{ field: 'files', code: 'tooManyFiles', limit: 5 }, '5 fichiers au plus.'],
  ] as const)('%j', (error, text) => {
    expect(errorText(error as never, s)).toBe(text);
  });
});
