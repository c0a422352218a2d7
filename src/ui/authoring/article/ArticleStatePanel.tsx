import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { ArticleHistory } from '../../../data/knowledge/authoring/articleHistory';
import type { PageLinks } from '../../../data/pageLinks';
import { dayText } from '../../common/dates';
import { formatString } from '../../common/format';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { categoryName } from '../queue/queueText';
import { useHistoryClasses } from './article.styles';

/** The article's current state, its reader's page and its other-language version (or the link to write it). */
export function ArticleStatePanel(props: { history: ArticleHistory; links: PageLinks }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.articleHistory;
  const classes = useHistoryClasses();
  const { article, translation, categories } = props.history;
  const owner = article.owner || article.author;
  const other = article.language === 'fr' ? 'en' : 'fr';
  const facts: [string, string][] = [
    [s.status, s.statuses[article.status]],
    [s.category, categoryName(categories, article.categoryId, locale) || s.noCategory],
    [s.owner, owner ? owner.displayName || owner.email : s.nobody],
    [s.language, s.languages[article.language]],
    [s.reviewDate, article.reviewDate ? dayText(article.reviewDate, locale) : s.none],
    [s.publishedAt, article.publishedAt ? dayText(article.publishedAt, locale) : s.none]
  ];
  return (
    <section aria-labelledby="hc-history-state" className={classes.section}>
      <h4 id="hc-history-state" className={classes.heading}>{s.state}</h4>
      <dl className={classes.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={classes.fact}><dt className={classes.term}>{term}</dt><dd className={classes.fact}>{value}</dd></div>
        ))}
      </dl>
      <div className={classes.row}>
        <Link href={props.links.article(article.id)}>{s.readerPage}</Link>
        {translation
          ? <Link href={props.links.authoring({ kind: 'article', id: translation.id })}>{formatString(s.translation, translation.title, s.languageAdjective[translation.language])}</Link>
          : <Link href={props.links.authoring({ kind: 'new', translationOf: article.id, language: other })}>{s.writeTranslation[other]}</Link>}
      </div>
    </section>
  );
}
