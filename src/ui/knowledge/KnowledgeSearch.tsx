import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ARTICLE_KINDS } from '../../domain/vocabulary';
import type { ArticleKind, ArticleLanguage, ArticleSummary, ExpertSummary, KnowledgeCategory, KnowledgeSearchResult, KnowledgeService } from '../../data/knowledge/types';
import { STILL_NEED_HELP_PARAMS } from '../../data/knowledge/types';
import { categoryTree, categoryWithAncestors } from '../../data/knowledge/categoryTree';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { LiveRegion } from '../common/LiveRegion';
import { formatString } from '../common/format';
import { formClasses } from '../tickets/form/formStyles';
import { teamsChatLink } from '../desk/teamsLinks';
import { Highlight } from './Highlight';

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
/** Empty query: articles per list, and the pool the per-category lists are drawn from. */
const HOME_COUNT = 5;
const PER_CATEGORY = 3;
const HOME_POOL = 60;
/** Links in lists: at least 24 px high (WCAG 2.2 target size). */
const LINK: React.CSSProperties = { display: 'inline-block', minHeight: 24, lineHeight: '24px' };

/** Search as you type, facets, popular and recent articles, zero-result help, the article, and "still need help?". */
export function KnowledgeSearch(props: KnowledgeSearchProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.knowledge;
  const c = formClasses(useTheme());
  const svc = props.service;
  const [ready, setReady] = React.useState<boolean | 'failed'>(false);
  const [categories, setCategories] = React.useState<KnowledgeCategory[]>([]);
  const [query, setQuery] = React.useState(props.initialQuery || '');
  const [categoryId, setCategoryId] = React.useState<number | undefined>(props.defaultCategoryId);
  const [onlyLanguage, setOnlyLanguage] = React.useState<ArticleLanguage | undefined>(props.defaultLanguage);
  const [kind, setKind] = React.useState<ArticleKind | undefined>();
  const [result, setResult] = React.useState<KnowledgeSearchResult | undefined>();
  const [home, setHome] = React.useState<{ popular: ArticleSummary[]; recent: ArticleSummary[] } | undefined>();
  const [active, setActive] = React.useState(-1);
  const [articleId, setArticleId] = React.useState<number | undefined>(props.initialArticleId);
  const recorded = React.useRef('');
  const [experts, setExperts] = React.useState<{ categoryId: number; list: ExpertSummary[] } | undefined>();

  React.useEffect(() => {
    let live = true;
    Promise.all([svc.ready(), svc.categories()]).then(([, cats]) => { if (live) { setCategories(cats); setReady(true); } },
      (e: unknown) => { console.error('[HelpCenter] Loading the knowledge base failed:', e); if (live) setReady('failed'); });
    return () => { live = false; };
  }, [svc]);

  const q = query.trim();
  React.useEffect(() => {
    if (ready !== true) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      if (!q) {
        setResult(undefined);
        // All categories: enough of the most read to show a few per top-level category.
        svc.popular({ language: locale, categoryId, limit: categoryId ? HOME_COUNT : HOME_POOL }).then(h => { if (live) setHome(h); }, () => undefined);
        return;
      }
      svc.search(q, { language: locale, onlyLanguage, categoryId, kind, limit: props.resultCount || 10 }).then(r => { if (live) { setResult(r); setActive(-1); } },
        (e: unknown) => console.error('[HelpCenter] Search failed:', e));
    }, 120);
    return () => { live = false; clearTimeout(timer); };
  }, [svc, ready, q, categoryId, onlyLanguage, kind, locale, props.resultCount]);

  // "Still need help?": the experts of the chosen category, else of the best hit's, else of the closest one.
  const helpCategoryId = !q || !result ? undefined : categoryId || (result.hits[0] && result.hits[0].article.categoryId)
    || (result.closestCategories && result.closestCategories[0]);
  React.useEffect(() => {
    if (!helpCategoryId || !props.ticketFormUrl) return undefined;
    let live = true;
    svc.experts(helpCategoryId, 3).then(list => { if (live) setExperts({ categoryId: helpCategoryId, list }); },
      (e: unknown) => console.warn('[HelpCenter] The experts could not be read:', e));
    return () => { live = false; };
  }, [svc, helpCategoryId, props.ticketFormUrl]);

  // A search event when the person pauses (never per keystroke): anonymous analytics for deflection.
  React.useEffect(() => {
    if (!q || !result || recorded.current === q) return undefined;
    const timer = setTimeout(() => {
      recorded.current = q;
      svc.recordSearch({ query: q, resultCount: result.hits.length, language: locale }).catch(() => undefined);
    }, RECORD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [svc, q, result, locale]);

  const open = (id: number | undefined): void => {
    setArticleId(id);
    if (id && q) svc.recordSearch({ query: q, resultCount: result ? result.hits.length : 0, language: locale, openedArticleId: id }).catch(() => undefined);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('article', String(id)); else url.searchParams.delete('article');
    window.history.pushState({}, '', url.toString());
  };
  const stillNeedHelpUrl = (): string | undefined => {
    if (!props.ticketFormUrl) return undefined;
    const p = STILL_NEED_HELP_PARAMS;
    const params = [`${p.query}=${encodeURIComponent(q)}`, categoryId ? `${p.category}=${categoryId}` : '', `${p.from}=search`].filter(Boolean).join('&');
    return `${props.ticketFormUrl}${props.ticketFormUrl.indexOf('?') >= 0 ? '&' : '?'}${params}`;
  };
  const catName = (id?: number): string => { const k = categories.filter(x => x.id === id)[0]; return k ? (locale === 'en' ? k.titleEn : k.titleFr) : ''; };
  const date = (iso: string): string => new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR');

  if (ready === 'failed') return <MessageBar messageBarType={MessageBarType.error}>{s.loadFailed}</MessageBar>;
  if (!ready) return <LoadingState label={s.loading} />;
  if (articleId) {
    return (
      <React.Suspense fallback={<LoadingState label={s.loading} />}>
        <ArticleView id={articleId} service={svc} classes={c} onOpen={open} onClose={() => open(undefined)} />
      </React.Suspense>
    );
  }
  const hits = result ? result.hits : [];
  const listId = 'hc-kb-results';
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' && hits.length) { e.preventDefault(); setActive((active + 1) % hits.length); }
    else if (e.key === 'ArrowUp' && hits.length) { e.preventDefault(); setActive((active - 1 + hits.length) % hits.length); }
    else if (e.key === 'Enter' && active >= 0 && hits[active]) { e.preventDefault(); open(hits[active].article.id); }
    else if (e.key === 'Escape') { setQuery(''); }
  };
  const help = stillNeedHelpUrl();
  // Nothing found: the categories of what the facets left out or of the correction, else the top-level ones.
  const closestIds = result && result.closestCategories && result.closestCategories.length ? result.closestCategories : categories.filter(k => !k.parentId).map(k => k.id);
  const closest = categories.filter(k => closestIds.indexOf(k.id) >= 0).sort((a, b) => closestIds.indexOf(a.id) - closestIds.indexOf(b.id)).slice(0, 4);
  const summaryList = (title: string, list: ArticleSummary[]): React.ReactNode => (list.length ? (
    <section aria-label={title}><h3>{title}</h3><ul>{list.map(a => <li key={a.id}><a href={`?article=${a.id}`} style={LINK} onClick={e => { e.preventDefault(); open(a.id); }}>{a.title}</a></li>)}</ul></section>
  ) : undefined);
  const rootOf = (id: number | undefined): number | undefined => (id === undefined ? undefined : categoryWithAncestors(categories, id).pop());
  const popularByCategory = (list: ArticleSummary[]): React.ReactNode => {
    const groups = categories.filter(k => !k.parentId).map(k => ({ k, articles: list.filter(a => rootOf(a.categoryId) === k.id).slice(0, PER_CATEGORY) }))
      .filter(g => g.articles.length);
    return groups.length ? (
      <section aria-labelledby="hc-kb-popular"><h3 id="hc-kb-popular">{s.popular}</h3>
        {groups.map(g => (
          <div key={g.k.id}><h4>{catName(g.k.id)}</h4>
            <ul>{g.articles.map(a => <li key={a.id}><a href={`?article=${a.id}`} style={LINK} onClick={e => { e.preventDefault(); open(a.id); }}>{a.title}</a></li>)}</ul></div>
        ))}
      </section>
    ) : undefined;
  };
  return (
    <div className={c.form} style={{ maxWidth: 860 }}>
      <h2>{s.title}</h2>
      <div className={c.field}>
        <label htmlFor="hc-kb-q" className={c.label}>{s.searchLabel}</label>
        <input id="hc-kb-q" type="search" className={c.input} role="combobox" aria-autocomplete="list" aria-expanded={hits.length > 0} aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined} placeholder={s.searchPlaceholder} value={query} autoComplete="off"
          onChange={e => setQuery(e.target.value)} onKeyDown={onKeyDown} />
      </div>
      <div className={c.actions}>
        <div className={c.field}><label htmlFor="hc-kb-cat" className={c.label}>{s.filterCategory}</label>
          <select id="hc-kb-cat" className={c.select} value={categoryId || ''} onChange={e => setCategoryId(Number(e.target.value) || undefined)}>
            <option value="">{s.all}</option>{categoryTree(categories).map(({ k, depth }) => <option key={k.id} value={k.id}>{'— '.repeat(depth)}{locale === 'en' ? k.titleEn : k.titleFr}</option>)}
          </select></div>
        <div className={c.field}><label htmlFor="hc-kb-lang" className={c.label}>{s.filterLanguage}</label>
          <select id="hc-kb-lang" className={c.select} value={onlyLanguage || ''} onChange={e => setOnlyLanguage((e.target.value || undefined) as ArticleLanguage | undefined)}>
            <option value="">{s.all}</option><option value="fr">{strings.language.fr}</option><option value="en">{strings.language.en}</option>
          </select></div>
        <div className={c.field}><label htmlFor="hc-kb-kind" className={c.label}>{s.filterKind}</label>
          <select id="hc-kb-kind" className={c.select} value={kind || ''} onChange={e => setKind((e.target.value || undefined) as ArticleKind | undefined)}>
            <option value="">{s.all}</option>{ARTICLE_KINDS.map(k => <option key={k} value={k}>{strings.articleKind[k]}</option>)}
          </select></div>
      </div>
      <LiveRegion message={result ? formatString(s.resultCount, hits.length) : ''} />
      {q && result ? (
        hits.length ? (
          <ul id={listId} role="listbox" aria-label={s.resultsLabel} className={c.fieldset} style={{ listStyle: 'none', padding: 0 }}>
            {hits.map((h, i) => (
              <li key={h.article.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} onClick={() => open(h.article.id)}
                style={{ cursor: 'pointer', padding: 8, outline: i === active ? '2px solid' : undefined }}>
                <strong lang={h.article.language}><Highlight text={h.article.title} words={result.matchedWords} /></strong>
                <div className={c.help} lang={h.article.language}><Highlight text={h.article.summary} words={result.matchedWords} /></div>
                <div className={c.help}>
                  {catName(h.article.categoryId)}{' · '}{strings.language[h.article.language]}
                  {h.otherLanguage ? ` · ${h.article.translationId ? s.translation : formatString(s.otherLanguage, strings.language[h.article.language])}` : ''}
                  {' · '}{formatString(s.updated, date(h.article.modified))}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <div role="status">
            <p>{formatString(s.noResults, q)}</p>
            {result.suggestion ? <DefaultButton text={formatString(s.didYouMean, result.suggestion)} onClick={() => setQuery(result.suggestion as string)} /> : undefined}
            {closest.length ? (
              <nav aria-label={s.closestCategories}><p>{s.closestCategories}</p>
                <ul>{closest.map(k => <li key={k.id}><a href={`?category=${k.id}`} style={LINK} onClick={e => { e.preventDefault(); setCategoryId(k.id); setQuery(''); }}>{catName(k.id)}</a></li>)}</ul>
              </nav>
            ) : undefined}
          </div>
        )
      ) : undefined}
      {!q && home ? (
        <>
          {categoryId ? summaryList(s.popular, home.popular.slice(0, HOME_COUNT)) : popularByCategory(home.popular)}
          {summaryList(s.recent, home.recent.slice(0, HOME_COUNT))}
        </>
      ) : undefined}
      {help && q ? <p><a href={help} onClick={() => { svc.recordSearch({ query: q, resultCount: hits.length, language: locale, filedTicket: true }).catch(() => undefined); }}>{s.stillNeedHelp}</a></p> : undefined}
      {help && q && experts && experts.categoryId === helpCategoryId && experts.list.length ? (
        <section aria-labelledby="hc-kb-experts"><p id="hc-kb-experts">{formatString(s.experts, catName(experts.categoryId))}</p>
          <ul>{experts.list.map(x => (
            <li key={x.id}>
              <a href={teamsChatLink(x.email, q)} target="_blank" rel="noopener noreferrer" style={LINK}>{formatString(s.chatWith, x.name)}</a>
              {' · '}{strings.expertAvailability[x.availability]}{x.skills.length ? ` · ${x.skills.slice(0, 3).join(', ')}` : ''}
            </li>
          ))}</ul>
        </section>
      ) : undefined}
    </div>
  );
}
