import { cleanInput, foldText, hasBidiControls, isolateForPlainText, normalizeText } from '../../../src/domain/text/normalize';

describe('text normalisation', () => {
  it.each([
    ['accent typed as a combining mark', 'Re\u0301seau', 'Réseau'],
    ['zero-width space pasted from a chat', 'mot\u200Bde\u200Bpasse', 'motdepasse'],
    ['byte order mark and soft hyphen', '\uFEFFim\u00ADprimante', 'imprimante']
  ])('%s: stored in NFC without invisible characters', (_label, typed, stored) => {
    expect(cleanInput(typed)).toBe(stored);
  });
  it('compares the same words typed differently as equal', () => {
    expect(normalizeText('  Re\u0301seau   WIFI ')).toBe(normalizeText('réseau wifi'));
    expect(foldText('Réseau')).toBe(foldText('reseau'));
    expect(normalizeText('a\u202Eb')).toBe('ab');
  });
  it('finds bidi controls and isolates plain text', () => {
    expect(hasBidiControls('Facture \u202Efdp.exe')).toBe(true);
    expect(hasBidiControls('Facture')).toBe(false);
    expect(isolateForPlainText('Facture \u202Efdp.exe')).toBe('\u2068Facture fdp.exe\u2069');
    expect(isolateForPlainText('')).toBe('');
  });
});
