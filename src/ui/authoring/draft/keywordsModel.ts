import * as React from 'react';
import type { KeywordCorpus, KeywordSuggestion } from '../../../domain/knowledge/keywordSuggestions';
import { cleanInput, normalizeText } from '../../../domain/text/normalize';
import type { IndexKeywordCorpus } from '../../../data/knowledge/authoring/keywordCorpusSource';
import type { KnowledgeService } from '../../../data/knowledge/types';

/** The draft's text as the suggestions read it. */
export interface KeywordDraft { title: string; summary: string; bodyHtml: string; questions: string[]; language: 'fr' | 'en' }

/** Suggestions shown at most. */
export const SUGGESTIONS_SHOWN = 8;
/** Quiet time after the last change before the suggestions are computed again (no work on every keystroke). */
export const SUGGEST_DELAY_MS = 400;

/**
 * Where the base's statistics come from: the knowledge service's search index (loaded once per page, no second
 * download); 'draftOnly' when SharePoint Search answers (above the local limit, no local copy of the base): the
 * draft's own words weighted by field and use, without their rarity in the base.
 */
export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; source: IndexKeywordCorpus; suggest: SuggestKeywords }
  | { status: 'draftOnly'; corpus: KeywordCorpus; suggest: SuggestKeywords }
  | { status: 'failed' };

type SuggestKeywords = typeof import('../../../domain/knowledge/keywordSuggestions').suggestKeywords;

/**
 * Reads the analysed base once for the component's life, a tick after the page's first render (the draft page marks
 * it rendered in the same commit: the knowledge base's requests never count in its first render's).
 */
export function useKeywordCorpus(knowledge: KnowledgeService): CorpusState {
  const [state, setState] = React.useState<CorpusState>({ status: 'loading' });
  React.useEffect(() => {
    let alive = true;
    const timer = window.setTimeout(() => {
      Promise.all([
        knowledge.analysedIndex ? knowledge.analysedIndex() : Promise.resolve(undefined),
        import(/* webpackChunkName: 'help-center-keyword-suggestions' */ './keywordEngine')
      ])
        .then(([index, engine]) => {
          if (!alive) return;
          const suggest = engine.suggestKeywords;
          setState(index ? { status: 'ready', source: new engine.IndexKeywordCorpus(index), suggest } : { status: 'draftOnly', corpus: engine.buildKeywordCorpus([]), suggest });
        })
        .catch((e: unknown) => {
          console.error('[HelpCenter] The published articles could not be read for the suggested keywords:', e);
          if (alive) setState({ status: 'failed' });
        });
    }, 0);
    return () => { alive = false; window.clearTimeout(timer); };
  }, [knowledge]);
  return state;
}

/** A keyword as compared with another: spacing, case and the Unicode form do not make two keywords. */
export function sameKeyword(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** A typed keyword as stored: one line, single spaces, trimmed. */
export function keywordForm(typed: string): string {
  return cleanInput(typed).replace(/\s+/g, ' ').trim();
}

/**
 * The suggestions for the draft, computed SUGGEST_DELAY_MS after its text last changed (or at once when the
 * accepted or refused keywords change), never one accepted or refused.
 */
export function useSuggestions(draft: KeywordDraft, corpus: CorpusState, keywords: string[], rejected: string[], excludeArticleId?: number): KeywordSuggestion[] | undefined {
  const [suggestions, setSuggestions] = React.useState<KeywordSuggestion[] | undefined>(undefined);
  const questions = draft.questions.join('\n');
  const accepted = keywords.join('\n');
  const refused = rejected.join('\n');
  const textKey = [draft.title, draft.summary, draft.bodyHtml, questions, draft.language].join('\u0000');
  const lastText = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    if (corpus.status === 'loading' || corpus.status === 'failed') return undefined;
    const compute = (): void => {
      const article = { title: draft.title, summary: draft.summary, body: draft.bodyHtml, questions: draft.questions, keywords, language: draft.language };
      const excludeId = excludeArticleId === undefined ? undefined : String(excludeArticleId);
      const base = corpus.status === 'ready' ? corpus.source.corpusFor(article, excludeId) : corpus.corpus;
      setSuggestions(corpus.suggest(article, base, { limit: SUGGESTIONS_SHOWN, rejected, excludeId }));
    };
    const textChanged = lastText.current !== undefined && lastText.current !== textKey;
    lastText.current = textKey;
    if (!textChanged) { compute(); return undefined; }
    const timer = window.setTimeout(compute, SUGGEST_DELAY_MS);
    return () => window.clearTimeout(timer);
    // The text's fields are in textKey; the lists by their joined values (a new array with the same words changes nothing).
  }, [textKey, accepted, refused, corpus, excludeArticleId]);
  return suggestions;
}
