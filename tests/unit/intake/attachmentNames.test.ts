import { MAX_ATTACHMENT_NAME, safeAttachmentName, safeAttachmentNames } from '../../../src/domain/intake';

// What SharePoint refuses in a name (support.microsoft.com "Restrictions and limitations in OneDrive and SharePoint"),
// plus # and % that the list item attachment API refuses: none may survive.
const REFUSED = /["*:<>?/\\|#%\u0000-\u001f]|^[\s.]|[\s.]$|_vti_|^~\$/i;

describe('safeAttachmentName', () => {
  it.each([
    ['the issue\'s example', 'rapport #1 : 50%?.pdf', 'rapport _1 _ 50_.pdf'],
    ['a clean name is kept', 'capture écran.png', 'capture écran.png'],
    ['path separators', 'C:\\Users\\lea/photo.jpg', 'C_Users_lea_photo.jpg'],
    ['quotes, pipes, angle brackets, star', 'a"b|c<d>e*f.txt', 'a_b_c_d_e_f.txt'],
    ['leading and trailing spaces and dots', '  ..notes. .txt', 'notes.txt'],
    ['trailing dots after the extension', 'notes.txt...', 'notes.txt'],
    ['consecutive dots inside', 'v1..2.docx', 'v1.2.docx'],
    ['reserved device names, any case', 'con.txt', 'con_.txt'],
    ['COM and LPT ports', 'LPT1.pdf', 'LPT1_.pdf'],
    ['desktop.ini', 'desktop.ini', 'desktop_.ini'],
    ['.lock', '.lock', 'lock_'],
    ['_vti_ anywhere', 'my_vti_file.docx', 'myvti_file.docx'],
    ['nested _vti_', '__vti__.docx', 'vti__.docx'],
    ['Office lock files', '~$rapport.docx', 'rapport.docx'],
    ['an empty name', '', 'file'],
    ['only refused characters', '###.png', 'file.png'],
    ['accents typed as combining marks become NFC', 'e\u0301te\u0301.png', '\u00e9t\u00e9.png'],
    ['zero-width characters removed', 'pho\u200Bto.png', 'photo.png'],
    ['a right-to-left override cannot disguise the extension', 'photo\u202Egnp.exe', 'photognp.exe'],
    ['control characters', 'a\tb\nc.txt', 'a_b_c.txt'],
    ['an extension with odd characters is not one', 'archive.t?z', 'archive.t_z'],
  ])('%s', (_label, name, expected) => {
    expect(safeAttachmentName(name)).toBe(expected);
  });

  it('caps the length and keeps the extension, without splitting a surrogate pair', () => {
    const long = `${'a'.repeat(98)}\u{1F600}${'b'.repeat(200)}.pdf`;
    const safe = safeAttachmentName(long);
    expect(safe.length).toBeLessThanOrEqual(MAX_ATTACHMENT_NAME);
    expect(safe.endsWith('.pdf')).toBe(true);
    expect(/[\ud800-\udbff]$/.test(safe.slice(0, -4))).toBe(false);
  });

  it('dedupes against the names taken, case-insensitively, within the length cap', () => {
    expect(safeAttachmentName('photo.png', ['PHOTO.png'])).toBe('photo (2).png');
    expect(safeAttachmentName('photo.png', ['photo.png', 'photo (2).png'])).toBe('photo (3).png');
    const long = `${'x'.repeat(150)}.png`;
    const first = safeAttachmentName(long);
    const second = safeAttachmentName(long, [first]);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(MAX_ATTACHMENT_NAME);
    expect(second.endsWith(' (2).png')).toBe(true);
  });

  it('uses the fallback base it is given', () => {
    expect(safeAttachmentName('%%%.pdf', [], { fallbackBase: 'pièce-jointe' })).toBe('pièce-jointe.pdf');
  });

  it('a safe name is its own safe name, and nothing refused survives (generated names)', () => {
    const pieces = ['a', ' ', '.', '#', '%', ':', '/', '\\', '_vti_', '~$', 'CON', 'é', 'e\u0301', '\u200B', '\u202E', '"', '?', 'pdf', '..', '|'];
    let seed = 7;
    const next = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
    for (let i = 0; i < 2000; i++) {
      let name = '';
      const n = next() % 8;
      for (let k = 0; k < n; k++) name += pieces[next() % pieces.length];
      const safe = safeAttachmentName(name);
      expect(safe).not.toMatch(REFUSED);
      expect(safe.length).toBeGreaterThan(0);
      expect(safeAttachmentName(safe)).toBe(safe);
    }
  });
});

describe('safeAttachmentNames', () => {
  it('names files stored together distinctly, and the same list gives the same names again (a retry adds none)', () => {
    const names = ['rapport #1 : 50%?.pdf', 'rapport _1 _ 50_.pdf', 'photo.png', 'Photo.png'];
    const first = safeAttachmentNames(names);
    expect(first).toEqual(['rapport _1 _ 50_.pdf', 'rapport _1 _ 50_ (2).pdf', 'photo.png', 'Photo (2).png']);
    expect(safeAttachmentNames(names)).toEqual(first);
    expect(safeAttachmentNames(first)).toEqual(first);
  });
});
