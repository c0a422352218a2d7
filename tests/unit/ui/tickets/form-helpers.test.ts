import { prefillFromUrl } from '../../../../src/ui/tickets/form/TicketFormRoot';
import { errorText } from '../../../../src/ui/tickets/form/errorText';
import { storedAttachmentNames } from '../../../../src/ui/tickets/form/useTicketForm';
import type { FormCategory } from '../../../../src/data/intake/IntakeService';
import type { SavedDraft } from '../../../../src/ui/tickets/form/draftStore';
import { helpCenterStrings as strings } from '../../../../workbench/host/runtime/allStrings';

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

describe('names the files are stored under', () => {
  const exams: FormCategory = { id: 11, titleFr: 'Examens', titleEn: 'Exams', formFields: ['course', 'screenshot'], requiredFields: [], approvalRequired: false, sortOrder: 0 };
  const blob = new Blob(['x']);
  const d: SavedDraft = {
    clientRequestId: 'c', savedAt: '2026-05-26T08:00:00Z', watchers: [], fields: { title: 't', description: 'd', course: 'Droit civil' },
    attachments: [
      { name: 'Capture d\'écran.png', type: 'image/png', size: 1, content: blob, addedAt: new Date(2026, 4, 26, 9, 5).toISOString() },
      { name: 'sujet #2.pdf', type: 'application/pdf', size: 1, content: blob },
    ],
  };

  it('a named screenshot carries the time it was attached, so a retry later names it the same', () => {
    const first = storedAttachmentNames(d, exams, 'Léa Dubois', 'piece-jointe');
    expect(first).toEqual(['capture_Lea-Dubois_Droit-civil_2026-05-26_09h05.png', 'sujet _2.pdf']);
    jest.useFakeTimers({ now: new Date(2026, 4, 26, 11, 40) });
    try {
      expect(storedAttachmentNames(d, exams, 'Léa Dubois', 'piece-jointe')).toEqual(first);
    } finally {
      jest.useRealTimers();
    }
  });

  it('without a screenshot field, names are only made safe', () => {
    expect(storedAttachmentNames(d, undefined, 'Léa Dubois', 'piece-jointe')).toEqual(['Capture d\'écran.png', 'sujet _2.pdf']);
  });
});
