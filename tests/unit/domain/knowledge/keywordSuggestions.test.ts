import {
  buildKeywordCorpus, frequentWords, KeywordArticle, KeywordCorpusArticle, suggestKeywords
} from '../../../../src/domain/knowledge/keywordSuggestions';
import { bodyText, countTerms, keywordKey, TermCount } from '../../../../src/domain/knowledge/keywordTerms';
import { isStopWord } from '../../../../src/domain/search/stopWords';
import { foldText } from '../../../../src/domain/search/textAnalysis';

/** A small base: every French article mentions the university, as real ones do. */
const BASE: KeywordCorpusArticle[] = [
  { id: 'wifi-fr', language: 'fr', title: 'Se connecter au Wi-Fi eduroam', summary: 'Installez le profil eduroam de l\'université.', body: '<p>Le réseau eduroam couvre tout le campus de l\'université.</p>', questions: ['Le wifi ne marche pas'] },
  { id: 'print-fr', language: 'fr', title: 'Imprimer sur un copieur', summary: 'Badgez sur le copieur de l\'université pour libérer vos impressions.', body: '<p>Le crédit d\'impression se recharge en ligne.</p>' },
  { id: 'moodle-fr', language: 'fr', title: 'Déposer un devoir sur Moodle', summary: 'Ouvrez le cours de l\'université, puis le devoir.', body: '<p>Le dépôt est fermé à la date limite.</p>' },
  { id: 'teams-fr', language: 'fr', title: 'Rejoindre une réunion Teams', summary: 'Le lien de la réunion est dans l\'invitation de l\'université.', body: '<p>Activez le micro et la caméra.</p>' },
  { id: 'vpn-fr', language: 'fr', title: 'Installer le VPN', summary: 'Le VPN de l\'université donne accès au réseau interne.', body: '<p>Installez GlobalProtect.</p>' },
  { id: 'exam-fr', language: 'fr', title: 'Trouver sa salle d\'examen', summary: 'La salle est affichée sur l\'ENT de l\'université.', body: '<p>Le planning des examens est publié un mois avant.</p>' },
  { id: 'print-en', language: 'en', title: 'Print on a copier', summary: 'Tap your card on the university copier to release your jobs.', body: '<p>Top up your print credit online.</p>' },
  { id: 'vpn-en', language: 'en', title: 'Install the VPN', summary: 'The university VPN gives access to the internal network.', body: '<p>Install GlobalProtect.</p>' },
  { id: 'hall-en', language: 'en', title: 'Lecture hall sound', summary: 'Switch on the university lecture hall microphone.', body: '<p>The lecture hall desk has a sound panel.</p>' }
];
const corpus = buildKeywordCorpus(BASE);

const PASSWORD_FR: KeywordArticle = {
  language: 'fr',
  title: 'Mot de passe oublié ou expiré',
  summary: 'Réinitialisez votre mot de passe sur le portail de l\'université.',
  body: '<h2>Oublié</h2><p>Choisissez « Mot de passe oublié » et recevez un code de réinitialisation par SMS.</p>' +
    '<ul><li>Un mot de passe expire tous les 180 jours.</li><li>Réinitialisation : le code SMS est valable 10 minutes.</li></ul>',
  questions: ['J\'ai oublié mon mot de passe', 'Mon mot de passe a expiré']
};

const suggested = (draft: KeywordArticle, options?: Parameters<typeof suggestKeywords>[2]): string[] =>
  suggestKeywords(draft, corpus, options).map((s) => s.keyword);

describe('suggested keywords', () => {
  it('suggests the terms of a French article, a phrase as a phrase', () => {
    const words = suggested(PASSWORD_FR, { limit: 5 });
    expect(words[0]).toBe('mot de passe');
    expect(words).toEqual(expect.arrayContaining(['oublié', 'expiré']));
    // The phrase takes the place of its words: "mot" and "passe" are not offered on their own.
    expect(words).not.toContain('mot');
    expect(words).not.toContain('passe');
  });

  it('suggests the terms of an English article, with its phrases', () => {
    const draft: KeywordArticle = {
      language: 'en', title: 'Out of office reply in Outlook', summary: 'Turn on automatic replies in Outlook while on leave.',
      body: '<p>In Outlook, open Settings, then Automatic replies. Automatic replies stop on the end date.</p>',
      questions: ['How do I set an out of office reply?', 'Automatic reply while on holiday']
    };
    const words = suggested(draft, { limit: 5 });
    expect(words).toContain('outlook');
    expect(words).toContain('automatic replies');
    expect(words.some((w) => w === 'university')).toBe(false);
  });

  it('shows the most frequent written form, with its accents, once per stem', () => {
    const draft: KeywordArticle = {
      language: 'fr', title: 'Réseau lent dans les résidences', summary: 'Le réseau des résidences est lent le soir.',
      body: '<p>Les réseaux sont saturés vers 21 h ; le réseau filaire reste rapide. RESEAU est écrit sans accent ici.</p>'
    };
    const words = suggested(draft);
    expect(words).toContain('réseau');
    expect(words.filter((w) => foldText(w).indexOf('reseau') === 0)).toHaveLength(1);
    expect(words).toContain('résidences');
  });

  it.each([
    ['French', PASSWORD_FR],
    ['English', { language: 'en', title: 'The printer is not printing', summary: 'When the printer is jammed, it is not printing: open the doors.', body: '<p>It is the paper, and the paper is stuck in the tray.</p>' } as KeywordArticle]
  ])('never suggests a stop word (%s)', (_label, draft) => {
    for (const s of suggestKeywords(draft, corpus, { limit: 20 })) {
      for (const word of s.keyword.split(' ')) {
        // Inside a phrase a linking word is fine ("mot de passe"); as a keyword or at either end, never.
        if (s.keyword.split(' ').length === 1 || word === s.keyword.split(' ')[0] || word === s.keyword.split(' ').pop()) {
          expect(isStopWord(foldText(word), draft.language === 'en' ? 'en' : 'fr')).toBe(false);
        }
      }
    }
  });

  it('keeps an elided article inside a phrase ("salle d\'examen") and does not glue list items', () => {
    const draft: KeywordArticle = {
      language: 'fr', title: 'Changer de salle d\'examen', summary: 'La salle d\'examen est indiquée sur la convocation.',
      body: '<ul><li>Consultez votre convocation</li><li>Salle d\'examen introuvable : appelez la scolarité</li></ul>'
    };
    const words = suggested(draft, { limit: 5 });
    expect(words).toContain('salle d\'examen');
    const phrases = new Map<string, TermCount>();
    countTerms(bodyText(draft.body || ''), 'fr', 1, phrases);
    expect(phrases.has(keywordKey('salle d\'examen', 'fr'))).toBe(true);
    // Two list items are two clauses: "convocation" ends one, "Salle" starts the next.
    expect(phrases.has(keywordKey('convocation salle', 'fr'))).toBe(false);
  });

  it('keeps the hyphen a word is written with ("wi-fi")', () => {
    const draft: KeywordArticle = { language: 'fr', title: 'Le Wi-Fi dans les résidences', summary: 'Dans les résidences, le Wi-Fi passe par une box.', body: '' };
    expect(suggested(draft, { synonyms: [] })).toContain('wi-fi');
    // The most frequent form wins, wherever it is written.
    const mostlyHyphenated = { ...draft, title: 'Le wifi dans les résidences', body: '<p>Le Wi-Fi est coupé la nuit.</p>' };
    expect(suggested(mostlyHyphenated, { synonyms: [] })).toContain('wi-fi');
    expect(suggested({ ...mostlyHyphenated, body: '<p>Le wifi est coupé la nuit.</p>' }, { synonyms: [] })).toContain('wifi');
  });

  it.each([
    ['the same words', ['mot de passe', 'sms']],
    ['typed without accents or capitals', ['Mot de Passe', 'oublie']],
    ['a synonym of the phrase (synonym list)', ['mdp']]
  ])('never suggests a keyword the article already has: %s', (_label, keywords) => {
    const words = suggested({ ...PASSWORD_FR, keywords }).map((w) => foldText(w));
    expect(words).not.toContain('mot de passe');
    for (const k of keywords) { expect(words).not.toContain(foldText(k)); }
    expect(words).not.toContain('passe');
  });

  it('does not offer a rejected suggestion again, and offers the next one instead', () => {
    const before = suggested(PASSWORD_FR, { limit: 3 });
    const after = suggested(PASSWORD_FR, { limit: 3, rejected: [before[1]] });
    expect(after).not.toContain(before[1]);
    expect(after).toEqual([before[0], before[2], suggested(PASSWORD_FR, { limit: 4 })[3]]);
  });

  it('never suggests a term every other article uses, even in the title', () => {
    const draft: KeywordArticle = { language: 'fr', title: 'Carte multiservice de l\'université', summary: 'La carte de l\'université sert à la cantine et au copieur.', body: '<p>Perdue ? L\'université bloque la carte.</p>' };
    const words = suggested(draft, { limit: 20 });
    expect(words).toContain('carte');
    expect(words).not.toContain('université');
  });

  it('merges the variants of a synonym group into the most used one', () => {
    // "imprimer" and "imprimante" share a stem already; "impression" and "photocopieur" are variants of the list.
    const draft: KeywordArticle = { language: 'fr', title: 'Imprimer depuis son ordinateur', summary: 'Pour imprimer, installez le pilote de l\'imprimante.', body: '<p>L\'impression part sur le photocopieur ; une impression en couleur coûte plus.</p>' };
    const merged = suggested(draft, { limit: 20 });
    expect(merged).toContain('imprimer');
    expect(merged).not.toContain('impression');
    expect(merged).not.toContain('photocopieur');
    expect(suggested(draft, { limit: 20, synonyms: [] })).toEqual(expect.arrayContaining(['imprimer', 'impression']));
  });

  it('is deterministic, whatever the order of the base', () => {
    const first = suggestKeywords(PASSWORD_FR, corpus, { limit: 8 });
    const reversed = buildKeywordCorpus(BASE.slice().reverse());
    expect(suggestKeywords(PASSWORD_FR, corpus, { limit: 8 })).toEqual(first);
    expect(suggestKeywords(PASSWORD_FR, reversed, { limit: 8 }).map((s) => s.key)).toEqual(first.map((s) => s.key));
  });

  it('leaves the edited article out of the statistics (excludeId) as if it were not in the base', () => {
    const own: KeywordCorpusArticle = { ...PASSWORD_FR, id: 'password-fr', keywords: ['mot de passe'] };
    const withOwn = buildKeywordCorpus(BASE.concat([own]));
    expect(suggestKeywords(PASSWORD_FR, withOwn, { excludeId: 'password-fr' }).map((s) => s.keyword))
      .toEqual(suggestKeywords(PASSWORD_FR, corpus).map((s) => s.keyword));
  });

  it('respects the limit and returns nothing for an empty draft', () => {
    expect(suggestKeywords(PASSWORD_FR, corpus, { limit: 2 })).toHaveLength(2);
    expect(suggestKeywords({ language: 'fr', title: '' }, corpus)).toEqual([]);
    expect(suggestKeywords({ language: 'fr', title: 'Le la les de' }, corpus)).toEqual([]);
  });

  it('works before the base has any article in the language', () => {
    const empty = buildKeywordCorpus([]);
    expect(suggestKeywords(PASSWORD_FR, empty, { limit: 3 }).map((s) => s.keyword)[0]).toBe('mot de passe');
  });
});

describe('keyword keys and the frequent-words baseline', () => {
  it.each([
    ['Mot de passe', 'fr', 'mot pass'],
    ['mots de passe', 'fr', 'mot pass'],
    ['Wi-Fi', 'fr', 'wif'],
    ['wifi', 'fr', 'wif'],
    ['réseaux', 'fr', 'reseau'],
    ['de la', 'fr', ''],
    ['Lecture halls', 'en', 'lectur hall']
  ])('%s (%s) -> "%s"', (keyword, language, key) => {
    expect(keywordKey(keyword, language as 'fr' | 'en')).toBe(key);
  });

  it('counts the words of the article alike, most frequent first, stop words aside', () => {
    expect(frequentWords(PASSWORD_FR, 3).map((s) => s.keyword)).toEqual(['mot', 'passe', 'oublié']);
  });
});
