import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { MessageBarType, Notice } from '../common/Notice';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ArticleLanguage, ArticleSummary, KnowledgeCategory, KnowledgeSearchResult, KnowledgeService } from '../../data/knowledge/types';
import { STILL_NEED_HELP_PARAMS } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LiveRegion } from '../common/LiveRegion';
import { formatString } from '../common/format';
import { useLoad } from '../common/useLoad';
import { KnowledgeFilters, KnowledgeFiltersToggle, KnowledgeFilterValues, activeFilters } from './KnowledgeFilters';
import { HOME_COUNT, KnowledgeHome } from './KnowledgeHome';
import { NoResults } from './NoResults';
import { ResultCard } from './ResultCard';
import { ResultsShimmer } from './ResultsShimmer';
import { StillNeedHelp } from './StillNeedHelp';
import { knowledgeClasses, KnowledgeClasses } from './knowledgeStyles';
import { useArticleRoute } from './useArticleRoute';
import { useRenderedMark } from '../common/rendered';
import { CommunityLink } from '../common/CommunityLink';
import { communityFor } from '../../domain/categories/community';

const ArticleView = React.lazy(() => import(/* webpackChunkName: 'help-center-article' */ './ArticleView'));

/** Props of {@link KnowledgeSearch}. */
export interface KnowledgeSearchProps {
  service: KnowledgeService;
  /** Property pane: default category, language filter, number of results, ticket form page. */
  defaultCategoryId?: number;
  defaultLanguage?: ArticleLanguage;
  resultCount?: number;
  ticketFormUrl?: string;
  /** Deep links: `?q=` (the help bar) and `?article=ID`. */
  initialQuery?: string;
  initialArticleId?: number;
}

const RECORD_AFTER_MS = 1500;
/** The pause in typing after which the query is searched (Enter searches at once). */
const TYPING_PAUSE_MS = 200;
/** Empty query over all categories: the pool the per-category "most read" cards are drawn from. */
const HOME_POOL = 60;

function logged<T>(what: string, work: Promise<T>): Promise<T> {
  return work.catch((e: unknown) => { console.error(`[HelpCenter] ${what} failed:`, e); throw e; });
}

/** The knowledge base: loads its categories and index (placeholder cards meanwhile), then {@link SearchPage}. */
export function KnowledgeSearch(props: KnowledgeSearchProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const theme = useTheme();
  const classes = React.useMemo(() => knowledgeClasses(theme), [theme]);
  const svc = props.service;
  const { state } = useLoad(() => logged('Loading the knowledge base', Promise.all([svc.ready(), svc.categories()])).then(([, cats]) => cats), [svc]);
  // The page says its first render is on screen (bench/run.mjs waits for it).
  useRenderedMark('knowledge', state.status !== 'loading');
  if (state.status === 'failed') return <Notice messageBarType={MessageBarType.error}>{strings.knowledge.loadFailed}</Notice>;
  if (state.status === 'loading') return <ResultsShimmer label={strings.knowledge.loading} classes={classes} />;
  return <SearchPage {...props} categories={state.value} classes={classes} />;
}

/** Search as you type, filters, the most read and recent articles, zero-result help, the article, and "still need help?". */
function SearchPage(props: KnowledgeSearchProps & { categories: KnowledgeCategory[]; classes: KnowledgeClasses }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const svc = props.service;
  const categories = props.categories;
  const [typed, setTyped] = React.useState(props.initialQuery || '');
  const [query, setQuery] = React.useState(props.initialQuery || '');
  const [filters, setFilters] = React.useState<KnowledgeFilterValues>({ categoryId: props.defaultCategoryId, language: props.defaultLanguage });
  // The filters show when the reader opens them, and whenever one is set (the page's defaults, a closest category).
  const [filtersOpen, setFiltersOpen] = React.useState(activeFilters(filters) > 0);
  React.useEffect(() => { if (activeFilters(filters) > 0) setFiltersOpen(true); }, [filters]);
  const recorded = React.useRef('');
  const root = React.useRef<HTMLDivElement>(null);
  const q = query.trim();

  React.useEffect(() => {
    const timer = setTimeout(() => setQuery(typed), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const { categoryId, language: onlyLanguage, kind } = filters;
  const found = useLoad<{ result?: KnowledgeSearchResult; home?: { popular: ArticleSummary[]; recent: ArticleSummary[] } }>(() => (q
    ? logged('Search', svc.search(q, { language: locale, onlyLanguage, categoryId, kind, limit: props.resultCount || 10 })).then(result => ({ result }))
    // All categories: enough of the most read to show a few per top-level category.
    : logged('Reading the most read articles', svc.popular({ language: locale, categoryId, limit: categoryId ? HOME_COUNT : HOME_POOL })).then(home => ({ home }))
  ), [svc, q, categoryId, onlyLanguage, kind, locale, props.resultCount]).state;
  const result = found.value && found.value.result;

  // "Still need help?": the experts of the chosen category, else of the best hit's, else of the closest one.
  const helpCategoryId = !q || !result ? undefined : categoryId || (result.hits[0] && result.hits[0].article.categoryId)
    || (result.closestCategories && result.closestCategories[0]);
  const experts = useLoad(() => (helpCategoryId && props.ticketFormUrl
    ? svc.experts(helpCategoryId, 3).catch((e: unknown) => { console.warn('[HelpCenter] The experts could not be read:', e); return []; })
    : Promise.resolve([])), [svc, helpCategoryId, props.ticketFormUrl]).state;

  // A search event when the person pauses (never per keystroke): anonymous analytics for deflection.
  React.useEffect(() => {
    if (!q || !result || recorded.current === q) return undefined;
    const timer = setTimeout(() => {
      recorded.current = q;
      svc.recordSearch({ query: q, resultCount: result.hits.length, language: locale }).catch(() => undefined);
    }, RECORD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [svc, q, result, locale]);

  const route = useArticleRoute(props.initialArticleId, root, id => {
    if (q) svc.recordSearch({ query: q, resultCount: result ? result.hits.length : 0, language: locale, openedArticleId: id }).catch(() => undefined);
  });
  const catName = (id?: number): string => { const k = categories.filter(x => x.id === id)[0]; return k ? (locale === 'en' ? k.titleEn : k.titleFr) : ''; };
  const ticketUrl = (): string | undefined => {
    if (!props.ticketFormUrl) return undefined;
    const p = STILL_NEED_HELP_PARAMS;
    const params = [`${p.query}=${encodeURIComponent(q)}`, categoryId ? `${p.category}=${categoryId}` : '', `${p.from}=search`].filter(Boolean).join('&');
    return `${props.ticketFormUrl}${props.ticketFormUrl.indexOf('?') >= 0 ? '&' : '?'}${params}`;
  };

  if (route.articleId) {
    return (
      <div ref={root}>
        <React.Suspense fallback={<ResultsShimmer label={s.loading} classes={c} count={1} />}>
          <ArticleView id={route.articleId} service={svc} classes={c} onOpen={route.open} onClose={route.close} />
        </React.Suspense>
      </div>
    );
  }
  const search = (text: string): void => { setTyped(text); setQuery(text); };
  const hits = result ? result.hits : [];
  // Nothing found: the categories of what the filters left out or of the correction, else the top-level ones.
  const closestIds = result && result.closestCategories && result.closestCategories.length ? result.closestCategories : categories.filter(k => !k.parentId).map(k => k.id);
  const closest = categories.filter(k => closestIds.indexOf(k.id) >= 0).sort((a, b) => closestIds.indexOf(a.id) - closestIds.indexOf(b.id)).slice(0, 4);
  const help = q ? ticketUrl() : undefined;
  // The community of the chosen category (or of the one the search points to), else of its nearest parent.
  const community = communityFor(categories, categoryId || helpCategoryId);
  return (
    <div className={c.page} ref={root}>
      <h2 className={c.heading}>{s.title}</h2>
      <div role="search">
        <Label htmlFor="hc-kb-q">{s.searchLabel}</Label>
        <div className={c.searchRow}>
          <div className={c.searchBox}>
            <SearchBox id="hc-kb-q" placeholder={s.searchPlaceholder} value={typed} autoComplete="off" clearButtonProps={{ ariaLabel: s.clear }}
              onChange={(_, v) => setTyped(v || '')} onSearch={search} onClear={() => search('')} />
          </div>
          <KnowledgeFiltersToggle values={filters} open={filtersOpen} onToggle={() => setFiltersOpen(!filtersOpen)} />
        </div>
      </div>
      {filtersOpen ? <KnowledgeFilters categories={categories} values={filters} onChange={setFilters} classes={c} /> : undefined}
      <LiveRegion message={result ? formatString(s.resultCount, hits.length) : ''} />
      {community ? <p className={c.community}><CommunityLink community={community} teamsText={s.communityTeams} engageText={s.communityEngage} /></p> : undefined}
      {found.status === 'failed' ? <Notice messageBarType={MessageBarType.error}>{s.searchFailed}</Notice> : undefined}
      {found.status === 'loading' ? <ResultsShimmer label={q ? s.searching : s.loading} classes={c} /> : undefined}
      {q && result ? (
        hits.length ? (
          <section aria-labelledby="hc-kb-results">
            <h3 id="hc-kb-results" className={c.sectionHeading}>{s.resultsLabel}</h3>
            <ul className={c.list} aria-labelledby="hc-kb-results">
              {hits.map(h => <ResultCard key={h.article.id} hit={h} words={result.matchedWords} categoryName={catName(h.article.categoryId)} onOpen={route.open} classes={c} />)}
            </ul>
          </section>
        ) : (
          <NoResults query={q} suggestion={result.suggestion} closest={closest} categoryName={catName} onSearch={search} classes={c}
            onCategory={id => { setFilters({ ...filters, categoryId: id }); search(''); }} />
        )
      ) : undefined}
      {!q && found.value && found.value.home ? (
        <KnowledgeHome popular={found.value.home.popular} recent={found.value.home.recent} categories={categories} categoryId={categoryId}
          categoryName={catName} onOpen={route.open} classes={c} />
      ) : undefined}
      {help && result ? (
        <StillNeedHelp ticketUrl={help} query={q} classes={c}
          experts={experts.value && helpCategoryId ? { categoryName: catName(helpCategoryId), list: experts.value } : undefined}
          onFileTicket={() => { svc.recordSearch({ query: q, resultCount: hits.length, language: locale, filedTicket: true }).catch(() => undefined); }} />
      ) : undefined}
    </div>
  );
}
