/**
 * The suggested keywords' engine (term analysis, the corpus read from the search index, the ranking): its own chunk,
 * loaded a tick after the draft page's first render with the base it reads (keywordsModel.useKeywordCorpus).
 */
export { buildKeywordCorpus, suggestKeywords } from '../../../domain/knowledge/keywordSuggestions';
export { IndexKeywordCorpus } from '../../../data/knowledge/authoring/keywordCorpusSource';
