import * as React from 'react';
import type { ArticleSummary, KnowledgeCategory } from '../../data/knowledge/types';
import { categoryWithAncestors } from '../../data/knowledge/categoryTree';
import { useHelpCenter } from '../common/HelpCenterContext';
import { ArticleLink, OpenArticle } from './ArticleLink';
import type { KnowledgeClasses } from './knowledgeStyles';
import { CommunityLink } from '../common/CommunityLink';

/** Articles per list, and per top-level category in "most read". */
export const HOME_COUNT = 5;
const PER_CATEGORY = 3;

/** Props of {@link KnowledgeHome}. */
export interface KnowledgeHomeProps {
  popular: ArticleSummary[];
  recent: ArticleSummary[];
  categories: KnowledgeCategory[];
  /** The category filter: one list of the most read instead of one card per top-level category. */
  categoryId?: number;
  categoryName(id?: number): string;
  onOpen: OpenArticle;
  classes: KnowledgeClasses;
}

/** The empty query: the most read articles (a card per top-level category) and the recently updated ones. */
export function KnowledgeHome(props: KnowledgeHomeProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const links = (list: ArticleSummary[], key: string): React.ReactNode => (
    <ul className={c.links}>{list.map(a => <li key={a.id}><ArticleLink id={a.id} opener={`${key}-${a.id}`} onOpen={props.onOpen} lang={a.language}>{a.title}</ArticleLink></li>)}</ul>
  );
  const rootOf = (id: number | undefined): number | undefined => (id === undefined ? undefined : categoryWithAncestors(props.categories, id).pop());
  const groups = props.categoryId ? [] : props.categories.filter(k => !k.parentId)
    .map(k => ({ k, articles: props.popular.filter(a => rootOf(a.categoryId) === k.id).slice(0, PER_CATEGORY) }))
    .filter(g => g.articles.length);
  const popular = props.categoryId ? props.popular.slice(0, HOME_COUNT) : [];
  const recent = props.recent.slice(0, HOME_COUNT);
  return (
    <>
      {groups.length || popular.length ? (
        <section aria-labelledby="hc-kb-popular">
          <h3 id="hc-kb-popular" className={c.sectionHeading}>{s.popular}</h3>
          {popular.length ? <div className={c.card}>{links(popular, 'popular')}</div> : (
            <ul className={c.grid}>
              {groups.map(g => (
                <li key={g.k.id} className={c.card}>
                  <h4 id={`hc-kb-cat-${g.k.id}`} className={c.cardTitle} style={{ margin: 0 }}>{props.categoryName(g.k.id)}</h4>
                  {links(g.articles, 'popular')}
                  {g.k.community ? <CommunityLink community={g.k.community} teamsText={s.communityTeams} engageText={s.communityEngage} className={c.cardCommunity} /> : undefined}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : undefined}
      {recent.length ? (
        <section aria-labelledby="hc-kb-recent">
          <h3 id="hc-kb-recent" className={c.sectionHeading}>{s.recent}</h3>
          <div className={c.card}>{links(recent, 'recent')}</div>
        </section>
      ) : undefined}
    </>
  );
}
