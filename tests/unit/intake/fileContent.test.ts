import { DEFAULT_ATTACHMENT_LIMITS, contentMatchesExtension, isUtf8, sniffContent, validateFiles } from '../../../src/domain/intake';

const bytes = (...parts: Array<number[] | string>): Uint8Array => {
  const out: number[] = [];
  parts.forEach(p => { if (typeof p === 'string') Buffer.from(p, 'latin1').forEach(b => out.push(b)); else out.push(...p); });
  return new Uint8Array(out);
};

// Real headers: the first bytes of files written by common tools.
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR');
const JPEG_JFIF = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const JPEG_EXIF = bytes([0xff, 0xd8, 0xff, 0xe1, 0x2a, 0x5c], 'Exif', [0, 0]);
const GIF89 = bytes('GIF89a', [0x01, 0, 0x01, 0]);
const GIF87 = bytes('GIF87a', [0x01, 0, 0x01, 0]);
const PDF = bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n');
const DOCX = bytes('PK', [0x03, 0x04, 0x14, 0, 0x06, 0], '[Content_Types].xml');
const EMPTY_ZIP = bytes('PK', [0x05, 0x06], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const EXE = bytes('MZ', [0x90, 0, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xff, 0xff]);
const UTF8_TEXT = new Uint8Array(Buffer.from('Bonjour, l\'écran reste noir — merci ✓\r\n', 'utf8'));
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('notes', 'utf8')]);
const UTF16_TEXT = new Uint8Array([0xff, 0xfe, 0x42, 0, 0x6f, 0]);
const WINDOWS_1252 = bytes('r', [0xe9], 'seau d', [0xe9], 'connect', [0xe9]);
const HTML = bytes('<!DOCTYPE html><script>alert(1)</script>');

describe('sniffContent', () => {
  it.each([
    ['PNG', PNG, 'png'], ['JPEG (JFIF)', JPEG_JFIF, 'jpeg'], ['JPEG (EXIF)', JPEG_EXIF, 'jpeg'], ['GIF89a', GIF89, 'gif'], ['GIF87a', GIF87, 'gif'],
    ['PDF', PDF, 'pdf'], ['docx (ZIP)', DOCX, 'zip'], ['empty ZIP', EMPTY_ZIP, 'zip'], ['a Windows program', EXE, 'unknown'],
    ['UTF-8 text', UTF8_TEXT, 'text'], ['UTF-8 with BOM', UTF8_BOM, 'text'], ['UTF-16 with BOM', UTF16_TEXT, 'text'],
    ['Windows-1252 text', WINDOWS_1252, 'text'], ['HTML is text (its extension decides)', HTML, 'text'],
    ['nothing', new Uint8Array(0), 'unknown'], ['"PK" alone is no archive', bytes('PK'), 'text'], ['ELF program', bytes([0x7f], 'ELF', [2, 1, 1, 0]), 'unknown'],
  ])('%s', (_label, head, expected) => {
    expect(sniffContent(head)).toBe(expected);
  });
});

describe('isUtf8', () => {
  it.each([
    ['ASCII', bytes('abc'), true],
    ['é as two bytes', bytes([0xc3, 0xa9]), true],
    ['a sequence cut by the end of the sample', bytes('ab', [0xe2, 0x9c]), true],
    ['overlong encoding of "/"', bytes([0xc0, 0xaf]), false],
    ['a lone continuation byte', bytes([0x80]), false],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), false],
    ['a Latin-1 é followed by ASCII', bytes([0xe9, 0x41]), false],
  ])('%s', (_label, b, expected) => {
    expect(isUtf8(b)).toBe(expected);
  });
});

describe('content and extension', () => {
  it.each([
    ['.pdf', 'pdf', true], ['.pdf', 'unknown', false], ['.pdf', 'png', false], ['.png', 'jpeg', false], ['.jpg', 'jpeg', true],
    ['.jpeg', 'jpeg', true], ['.docx', 'zip', true], ['.xlsx', 'pdf', false], ['.txt', 'text', true], ['.txt', 'unknown', false],
    ['.gif', 'gif', true], ['.heic', 'unknown', true],
  ] as const)('%s with %s content: %s', (ext, kind, ok) => {
    expect(contentMatchesExtension(ext, kind)).toBe(ok);
  });

  it('a file whose content lies about its type is refused, one not read yet is judged later', () => {
    const files = [
      { name: 'rapport.pdf', size: 10, sniffed: 'unknown' as const },
      { name: 'photo.png', size: 10, sniffed: 'png' as const },
      { name: 'notes.txt', size: 10 },
    ];
    expect(validateFiles(files, DEFAULT_ATTACHMENT_LIMITS)).toEqual([{ field: 'files', code: 'contentMismatch', fileName: 'rapport.pdf' }]);
  });

  it('the same name typed two ways is a duplicate', () => {
    const files = [{ name: 'r\u00e9sum\u00e9.pdf', size: 1 }, { name: 'Re\u0301sume\u0301.pdf', size: 1 }];
    expect(validateFiles(files, DEFAULT_ATTACHMENT_LIMITS)).toEqual([{ field: 'files', code: 'duplicateFile', fileName: 'Re\u0301sume\u0301.pdf' }]);
  });
});
