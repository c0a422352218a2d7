import {
  DEFAULT_ATTACHMENT_LIMITS, IntakeCategory, TicketDraft, formFieldsFor, parseAttachmentLimits, screenshotFileName, validateDraft, validateFiles,
} from '../../../src/domain/intake';

const exams: IntakeCategory = { id: 11, formFields: ['course', 'screenshot'], requiredFields: ['course', 'screenshot'] };
const rooms: IntakeCategory = { id: 14, formFields: ['location', 'equipment', 'incidentType', 'severity'], requiredFields: ['location', 'incidentType', 'severity'] };
const MB = 1024 * 1024;

function draft(over: Partial<TicketDraft> = {}): TicketDraft {
  return { kind: 'assistance', categoryId: 11, title: 'Examen bloqué', description: 'La page ne charge plus.', files: [], ...over };
}

describe('form fields per category', () => {
  it.each([
    ['exam support: course and named screenshot, both required', exams, [{ key: 'course', required: true }, { key: 'screenshot', required: true }]],
    ['room maintenance: equipment optional', rooms, [{ key: 'location', required: true }, { key: 'equipment', required: false }, { key: 'incidentType', required: true }, { key: 'severity', required: true }]],
    ['a required field the configuration forgot to show is shown', { id: 1, formFields: [], requiredFields: ['priority'] }, [{ key: 'priority', required: true }]],
    ['no category yet', undefined, []],
  ] as const)('%s', (_label, category, expected) => {
    expect(formFieldsFor(category as IntakeCategory | undefined)).toEqual(expected);
  });
});

describe('draft validation', () => {
  it.each([
    ['a complete exam request', draft({ course: 'Droit civil L2', files: [{ name: 'ecran.png', size: 2 * MB, type: 'image/png' }] }), exams, []],
    ['exam request without course nor screenshot', draft(), exams, [{ field: 'course', code: 'required' }, { field: 'screenshot', code: 'required' }]],
    ['a PDF is not a screenshot', draft({ course: 'X', files: [{ name: 'a.pdf', size: 10, type: 'application/pdf' }] }), exams, [{ field: 'screenshot', code: 'required' }]],
    ['room incident without incident and intervention types', draft({ categoryId: 14, locationId: 3 }), rooms, [{ field: 'incidentType', code: 'required' }, { field: 'severity', code: 'required' }]],
    ['empty title and blank description', draft({ title: '', description: '   ' }), undefined, [{ field: 'title', code: 'required' }, { field: 'description', code: 'required' }]],
    ['no kind nor category', draft({ kind: undefined, categoryId: undefined }), undefined, [{ field: 'kind', code: 'required' }, { field: 'categoryId', code: 'required' }]],
    ['a 100,000-character description', draft({ description: 'x'.repeat(100000) }), undefined, [{ field: 'description', code: 'tooLong', limit: 10000 }]],
    ['a 256-character title', draft({ title: 't'.repeat(256) }), undefined, [{ field: 'title', code: 'tooLong', limit: 255 }]],
    ['script tags and quotes are text, not an error', draft({ title: '<script>alert("x")</script> l\'imprimante', description: "O'Brien \"quoted\"" }), undefined, []],
  ] as const)('%s', (_label, d, category, expected) => {
    expect(validateDraft(d as TicketDraft, category as IntakeCategory | undefined, DEFAULT_ATTACHMENT_LIMITS)).toEqual(expected);
  });
});

describe('attachments', () => {
  it.each([
    ['a 20 MB photo', [{ name: 'photo.jpg', size: 20 * MB }], [{ field: 'files', code: 'tooLarge', fileName: 'photo.jpg', limit: 10 }]],
    ['an .exe, even if the settings allowed it', [{ name: 'setup.EXE', size: 100 }], [{ field: 'files', code: 'blockedType', fileName: 'setup.EXE' }]],
    ['a type the settings do not allow', [{ name: 'notes.rtf', size: 100 }], [{ field: 'files', code: 'typeNotAllowed', fileName: 'notes.rtf' }]],
    ['an empty file', [{ name: 'vide.txt', size: 0 }], [{ field: 'files', code: 'emptyFile', fileName: 'vide.txt' }]],
    ['the same name twice', [{ name: 'a.png', size: 1 }, { name: 'A.PNG', size: 1 }], [{ field: 'files', code: 'duplicateFile', fileName: 'A.PNG' }]],
    ['six files when five are allowed', Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.png`, size: 1 })), [{ field: 'files', code: 'tooManyFiles', limit: 5 }]],
    ['exactly 10 MB is accepted', [{ name: 'ok.png', size: 10 * MB }], []],
  ] as const)('%s', (_label, files, expected) => {
    expect(validateFiles(files as never, DEFAULT_ATTACHMENT_LIMITS)).toEqual(expected);
  });

  it('reads limits from HelpSettings and falls back on bad values', () => {
    expect(parseAttachmentLimits('{"maxFileSizeMb":2,"maxFiles":1,"allowedExtensions":[".PNG"]}')).toEqual({ maxFileSizeMb: 2, maxFiles: 1, allowedExtensions: ['.png'] });
    expect(parseAttachmentLimits('{"maxFileSizeMb":-1}')).toEqual(DEFAULT_ATTACHMENT_LIMITS);
    expect(parseAttachmentLimits('oops')).toEqual(DEFAULT_ATTACHMENT_LIMITS);
    expect(parseAttachmentLimits(undefined)).toEqual(DEFAULT_ATTACHMENT_LIMITS);
  });
});

describe('named screenshot', () => {
  it.each([
    ['Léa Dubois', 'Droit civil (L2)', 'image.png', 'capture_Lea-Dubois_Droit-civil-L2_2026-06-15_09h05.png'],
    ['Tom Baker', undefined, 'clipboard.JPG', 'capture_Tom-Baker_2026-06-15_09h05.jpg'],
    ['<script>', '../../etc', 'x', 'capture_script_etc_2026-06-15_09h05.png'],
  ])('%s / %s', (name, course, original, expected) => {
    expect(screenshotFileName(name, course, new Date(2026, 5, 15, 9, 5), original)).toBe(expected);
  });
});
