/**
 * Stop words: function words that carry no topic. Based on the Snowball lists, trimmed of words that matter
 * on a help desk ("impossible", "marche", "bloque" are not stop words), plus the question
 * words people type in front of every query ("comment", "how"), which would otherwise favour articles that
 * happen to phrase their alternative questions that way. Entries are accent-folded.
 */
const FRENCH = 'a ai aie aient aies ait alors as au aucun aucune aupres aussi autre aux avaient avais avait avec avez aviez avions avoir avons ayant c ca car ce ceci cela celle celles celui ces cet cette ceux chaque chez comme comment d dans de des deja depuis dois doit donc dont du elle elles en encore est et etaient etais etait etant ete etes etre eu eux faire fais fait faut il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont ou par pas peut peux plus pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se ses si sien soi soit sommes son sont sous suis sur t ta te tes toi ton tous tout toute toutes tres tu un une vos votre vous y'
  .split(' ');

const ENGLISH = 'a about after again all am an and any are as at be been before being both but by can cannot cant could couldnt d did didn didnt do does doesn doesnt doing don dont down during each few for from further had has have having he her here hers him his how i if in into is isn isnt it its itself just me more most my myself no nor not now of off on once only or other our ours out over own s same she should so some such t than that the their theirs them then there these they this those through to too under until up very was wasn wasnt we were what when where which while who whom why will with won wont would you your yours'
  .split(' ');

/** Accent-folded stop words per language. */
export const STOP_WORDS: { fr: Set<string>; en: Set<string> } = {
  fr: toSet(FRENCH),
  en: toSet(ENGLISH)
};

function toSet(words: string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) { set.add(w); }
  return set;
}

/** True when the folded word is a stop word in the given language, or in either when none is given. */
export function isStopWord(word: string, language?: 'fr' | 'en'): boolean {
  if (language) { return STOP_WORDS[language].has(word); }
  return STOP_WORDS.fr.has(word) || STOP_WORDS.en.has(word);
}
