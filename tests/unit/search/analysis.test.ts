import { analyse, foldText, htmlToText, isStopWord, stem, tokenize } from '../../../src/domain/search';

describe('text analysis', () => {
  it.each([
    ["L'imprimante", ['imprimante']],
    ["d'accès qu'il j'ai n'est s'affiche c'est m'a t'es", ['acces', 'il', 'ai', 'est', 'affiche', 'est', 'es']],
    ['l’écran (apostrophe typographique)', ['ecran', 'apostrophe', 'typographique']],
    ['Réseau ÉLÈVE Noël œuvre', ['reseau', 'eleve', 'noel', 'oeuvre']],
    ['Wi-Fi e-mail', ['wi', 'fi', 'wifi', 'mail', 'email']],
    ["can't login", ['can', 'login']],
    ['B2-114 salle 3', ['b2', '114', 'b2114', 'salle', '3']]
  ])('tokenizes %j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it.each([
    ['Éàçôùï', 'eacoui'],
    ['MOT DE PASSE OUBLIÉ', 'mot de passe oublie'],
    ['Œuvre Straße', 'oeuvre strasse']
  ])('folds %j', (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });

  it.each([
    ['imprimante', 'imprimantes', 'fr'],
    ['imprimer', 'imprimante', 'fr'],
    ['oublié', 'oubliée', 'fr'],
    ['bloquée', 'bloqué', 'fr'],
    ['activer', 'activée', 'fr'],
    ['réseau', 'réseaux', 'fr'],
    ['connecter', 'connectez', 'fr'],
    ['printer', 'printers', 'en'],
    ['printing', 'prints', 'en'],
    ['password', 'passwords', 'en'],
    ['connection', 'connections', 'en']
  ] as Array<[string, string, 'fr' | 'en']>)('stems %s and %s alike (%s)', (a, b, lang) => {
    expect(stem(a, lang)).toBe(stem(b, lang));
  });

  it.each([
    ['le', 'fr', true], ['de', 'fr', true], ['pas', 'fr', true], ['comment', 'fr', true],
    ['the', 'en', true], ['how', 'en', true], ['cant', 'en', true],
    ['imprimante', 'fr', false], ['impossible', 'fr', false], ['moodle', 'en', false], ['wifi', 'fr', false]
  ] as Array<[string, 'fr' | 'en', boolean]>)('stop word %s (%s) is %s', (word, lang, expected) => {
    expect(isStopWord(word, lang)).toBe(expected);
  });

  it('drops stop words and keeps stems when analysing', () => {
    expect(analyse("Comment réinitialiser le mot de passe de l'ENT", 'fr').map((t) => t.surface)).toEqual(['reinitialiser', 'mot', 'passe', 'ent']);
    expect(analyse('How do I reset my passwords', 'en').map((t) => t.stem)).toEqual(['reset', 'password']);
  });

  it.each([
    ['<p>Bonjour <b>le</b> monde</p>', 'Bonjour le monde'],
    ['im<b>pri</b>mante', 'imprimante'],
    ['<script>var secret = "x";</script>visible', 'visible'],
    ['<style>.a{color:red}</style><div>texte</div>', 'texte'],
    ['<!-- commentaire -->fin', 'fin'],
    ['Mot de passe oubli&eacute; &amp; compte&nbsp;: l&#39;ENT &#x2192; ok', 'Mot de passe oublié & compte : l\'ENT \u2192 ok'],
    ['<p>a</p><p>b</p>', 'a b']
  ])('strips HTML %j', (html, expected) => {
    expect(htmlToText(html).replace(/\s+/g, ' ').trim().normalize('NFC')).toBe(expected);
  });
});

describe('text typed or pasted oddly analyses like text typed plainly (normalizeText first)', () => {
  it.each([
    ['accents typed as combining marks (macOS)', 'Re\u0301seau bloque\u0301', 'Réseau bloqué'],
    ['a zero-width space inside a word (pasted from a chat)', 'mot\u200Bde passe', 'motde passe'],
    ['a soft hyphen and a word joiner', 'impri\u00ADmante Wi\u2060Fi', 'imprimante WiFi'],
    ['bidi controls around words', '\u202Eimprimante\u202C bloquée', 'imprimante bloquée'],
    ['an entity decoded as a combining mark', htmlToText('r&eacute;seau'), 'réseau'],
  ])('%s', (_label, odd, plain) => {
    expect(tokenize(odd)).toEqual(tokenize(plain));
    expect(analyse(odd, 'fr')).toEqual(analyse(plain, 'fr'));
  });

  it('folds invisible characters away', () => {
    expect(foldText('E\u0301cran\u200B')).toBe('ecran');
  });
});
