import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { KnowledgeHit } from '../../../data/knowledge/types';
import { formatString } from '../../common/format';
import type { FormClasses } from './formStyles';

/** Props of {@link SuggestedArticles}. */
export interface SuggestedArticlesProps {
  /** What the person wrote so far (title and description). */
  text: string;
  /** Finds articles for a text; undefined when no knowledge base is connected. */
  suggest?: (text: string) => Promise<KnowledgeHit[]>;
  /** Link to an article in the knowledge search page (`?article=ID`). */
  articleUrl?: (id: number) => string;
  strings: IHelpCenterStrings['ticketForm'];
  classes: FormClasses;
  /** The person says this article solved their problem: the form closes and a deflection is recorded. */
  onSolved(hit: KnowledgeHit, query: string): void;
}

const MIN_TEXT = 8;
const DEBOUNCE_MS = 500;

/** Articles matching what the person is typing, shown next to the form: the cheapest ticket is the one not filed. */
export function SuggestedArticles(props: SuggestedArticlesProps): React.ReactElement {
  const [hits, setHits] = React.useState<KnowledgeHit[]>([]);
  const query = props.text.trim().slice(0, 300);
  const { suggest } = props;
  React.useEffect(() => {
    if (!suggest || query.length < MIN_TEXT) { setHits([]); return undefined; }
    let live = true;
    const timer = setTimeout(() => {
      suggest(query).then(found => { if (live) setHits(found.slice(0, 3)); },
        (e: unknown) => console.error('[HelpCenter] Article suggestions failed:', e));
    }, DEBOUNCE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [suggest, query]);
  if (!hits.length) return <></>;
  const s = props.strings;
  return (
    <section aria-labelledby="hc-suggestions" className={props.classes.panel} aria-live="polite">
      <h3 id="hc-suggestions">{s.suggestionsHeading}</h3>
      <ul className={props.classes.fieldset}>
        {hits.map(h => (
          <li key={h.article.id}>
            {props.articleUrl
              ? <a href={props.articleUrl(h.article.id)} target="_blank" rel="noopener noreferrer">{formatString(s.suggestionOpen, h.article.title)}</a>
              : <strong>{h.article.title}</strong>}
            <p className={props.classes.help}>{h.article.summary}</p>
            <DefaultButton text={s.suggestionSolved} ariaDescription={h.article.title} onClick={() => props.onSolved(h, query)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
