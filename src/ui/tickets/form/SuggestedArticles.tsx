import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { ThemeText } from '../../common/ThemeText';
import type { KnowledgeHit } from '../../../data/knowledge/types';
import { formatString } from '../../common/format';
import { UserText } from '../../common/UserText';
import { useLoad } from '../../common/useLoad';
import type { FormClasses } from '../../common/formStyles';

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
const NONE: KnowledgeHit[] = [];

/** The value once it has stopped changing for `ms`: one search when the person pauses, not one per key. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = React.useState(value);
  React.useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Articles matching what the person is typing, shown next to the form: the cheapest ticket is the one not filed. */
export function SuggestedArticles(props: SuggestedArticlesProps): React.ReactElement {
  const query = useSettled(props.text.trim().slice(0, 300), DEBOUNCE_MS);
  const { suggest } = props;
  const { state } = useLoad<KnowledgeHit[]>(() => {
    if (!suggest || query.length < MIN_TEXT) return Promise.resolve(NONE);
    return suggest(query).then(found => found.slice(0, 3), (e: unknown) => {
      console.error('[HelpCenter] Article suggestions failed:', e);
      return NONE;
    });
  }, [suggest, query], { keepValue: true });
  const hits = state.value || NONE;
  if (!hits.length) return <></>;
  const s = props.strings;
  return (
    <section aria-labelledby="hc-suggestions" className={props.classes.panel}>
      <ThemeText as="h3" id="hc-suggestions" variant="mediumPlus" block extra={{ fontWeight: 600, margin: '0 0 8px' }}>{s.suggestionsHeading}</ThemeText>
      <ul className={props.classes.cards}>
        {hits.map(h => (
          <li key={h.article.id} className={props.classes.card}>
            {props.articleUrl
              ? <Link href={props.articleUrl(h.article.id)} target="_blank" rel="noopener noreferrer" underline={false}
                  aria-label={formatString(s.suggestionOpen, h.article.title)} styles={{ root: { fontWeight: 600 } }}>
                  <UserText text={h.article.title} />
                </Link>
              : <ThemeText extra={{ fontWeight: 600 }}><UserText text={h.article.title} /></ThemeText>}
            {h.article.summary ? <ThemeText variant="small" block><UserText text={h.article.summary} /></ThemeText> : undefined}
            <DefaultButton text={s.suggestionSolved} ariaDescription={h.article.title} onClick={() => props.onSolved(h, query)}
              styles={{ root: { alignSelf: 'flex-start', marginTop: 'auto' } }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
