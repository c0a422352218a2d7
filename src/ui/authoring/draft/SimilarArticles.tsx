import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Link } from '@fluentui/react/lib/Link';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ArticleSummary, KnowledgeCategory, KnowledgeService } from '../../../data/knowledge/types';
import { PAGE_PATHS, pageLinks } from '../../../data/pageLinks';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formClasses } from '../../common/formStyles';
import { formatCount } from '../../common/format';
import { LiveRegion } from '../../common/LiveRegion';
import { ThemeText } from '../../common/ThemeText';

/** Props of {@link SimilarArticles}. */
export interface SimilarArticlesProps {
  /** The title being typed. */
  title: string;
  /** The draft's language (its versions come first). */
  language: 'fr' | 'en';
  /** The published articles' search engine (services.knowledge). */
  knowledge: KnowledgeService;
  /** The published article this draft edits: not similar to itself. */
  excludeArticleId?: number;
  /** An article's page (default the help center's `Knowledge.aspx?article=ID`). */
  articleUrl?(id: number): string;
}

/** Articles shown at most. */
export const SIMILAR_SHOWN = 5;
/** Characters a title needs before it is searched. */
export const SIMILAR_MIN_LENGTH = 3;
/** Quiet time after the last keystroke before the search. */
export const SIMILAR_DELAY_MS = 300;

/**
 * Existing articles like the one being written, searched as its title is typed: a contributor sees a duplicate
 * before writing it. Each opens in a new tab (the draft stays as it is). Nothing for a short title; a failed
 * search shows nothing (the developer sees why in the console).
 */
export default function SimilarArticles(props: SimilarArticlesProps): React.ReactElement {
  const { strings, locale, siteUrl } = useHelpCenter();
  const s = strings.similarArticles;
  const classes = formClasses(useTheme());
  const { knowledge, language, excludeArticleId } = props;
  const query = props.title.trim();
  const [found, setFound] = React.useState<{ query: string; articles: ArticleSummary[] } | undefined>(undefined);
  const [categories, setCategories] = React.useState<KnowledgeCategory[]>([]);
  const headingId = React.useMemo(() => getId('hc-similar'), []);

  React.useEffect(() => {
    if (query.length < SIMILAR_MIN_LENGTH) { setFound(undefined); return undefined; }
    let alive = true;
    const timer = window.setTimeout(() => {
      Promise.all([knowledge.search(query, { language, limit: SIMILAR_SHOWN + 2 }), knowledge.categories()])
        .then(([result, tree]) => {
          if (!alive) return;
          const articles = result.hits.map(h => h.article)
            .filter(a => a.id !== excludeArticleId && (excludeArticleId === undefined || a.translationId !== excludeArticleId))
            .slice(0, SIMILAR_SHOWN);
          setCategories(tree);
          setFound({ query, articles });
        })
        .catch((e: unknown) => {
          // A contributor can write without this list: nothing shown, the cause in the console.
          console.warn('[HelpCenter] Searching articles similar to the title failed:', e);
          if (alive) setFound(undefined);
        });
    }, SIMILAR_DELAY_MS);
    return () => { alive = false; window.clearTimeout(timer); };
  }, [query, language, knowledge, excludeArticleId]);

  const urlOf = props.articleUrl || ((id: number) => (siteUrl ? pageLinks(siteUrl).article(id) : `${PAGE_PATHS.knowledge.split('/').pop()}?article=${id}`));
  const categoryName = (id: number | undefined): string => {
    const c = categories.filter(x => x.id === id)[0];
    return c ? (locale === 'en' ? c.titleEn || c.titleFr : c.titleFr) : s.noCategory;
  };
  const shown = found && query.length >= SIMILAR_MIN_LENGTH ? found.articles : undefined;
  const announcement = !shown ? '' : shown.length ? formatCount(locale, shown.length, s.count) : s.none;
  return (
    <div>
      <LiveRegion message={announcement} />
      {shown && shown.length > 0 && (
        <section aria-labelledby={headingId} className={classes.fieldset}>
          <ThemeText as="h3" variant="mediumPlus" id={headingId} className={classes.heading}>{formatCount(locale, shown.length, s.count)}</ThemeText>
          <p className={classes.help}>{s.help}</p>
          <ul className={classes.fieldset}>
            {shown.map(a => (
              <li key={a.id}>
                <Link href={urlOf(a.id)} target="_blank" rel="noopener noreferrer">
                  <span lang={a.language}>{a.title}</span><span className={classes.help}> {s.newTab}</span>
                </Link>
                <span className={classes.help}> — {categoryName(a.categoryId)} · {s.languages[a.language]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
