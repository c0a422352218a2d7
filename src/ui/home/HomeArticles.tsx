import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Shimmer } from '@fluentui/react/lib/Shimmer';
import type { ArticleSummary } from '../../data/knowledge/types';
import type { PageLinks } from '../../data/pageLinks';
import type { LoadState } from '../common/useLoad';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { HomeClasses } from './homeStyles';

/** Props of {@link HomeArticles}. */
export interface HomeArticlesProps {
  /** The most read and the recently updated articles, the reader's language first (loading while the index loads). */
  state: LoadState<{ popular: ArticleSummary[]; recent: ArticleSummary[] }>;
  links: PageLinks;
  classes: HomeClasses;
}

function ArticleList(props: { id: string; heading: string; articles: ArticleSummary[]; links: PageLinks; classes: HomeClasses }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const c = props.classes;
  return (
    <section className={`${c.section} ${c.card}`} aria-labelledby={props.id}>
      <h3 id={props.id} className={c.sectionHeading}>{props.heading}</h3>
      <ul className={c.links}>
        {props.articles.map(a => (
          <li key={a.id}>
            <Link href={props.links.article(a.id)} lang={a.language !== locale ? a.language : undefined}>{a.title}</Link>
            {a.language !== locale ? <span className={c.optionMeta}> {strings.home.otherLanguage}</span> : undefined}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The most read articles and the recently updated ones, each a link to the article on the knowledge page. */
export function HomeArticles(props: HomeArticlesProps): React.ReactElement {
  const s = useHelpCenter().strings.home;
  const c = props.classes;
  const st = props.state;
  if (st.status === 'loading') {
    return <div className={c.card} aria-busy="true"><Shimmer ariaLabel={s.articlesLoading} /><Shimmer width="80%" /><Shimmer width="60%" /></div>;
  }
  if (st.status === 'failed') return <p className={c.muted} role="alert">{s.articlesFailed}</p>;
  if (!st.value.popular.length) return <p className={c.muted}>{s.articlesNone}</p>;
  return (
    <>
      <ArticleList id="hc-home-popular" heading={s.popularHeading} articles={st.value.popular} links={props.links} classes={c} />
      <ArticleList id="hc-home-recent" heading={s.recentHeading} articles={st.value.recent} links={props.links} classes={c} />
      <Link className={c.more} href={props.links.knowledge()}>{s.seeKnowledge}</Link>
    </>
  );
}
