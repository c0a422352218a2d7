import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Shimmer } from '@fluentui/react/lib/Shimmer';
import { articleCounts, currentAnnouncements, popularArticles, recentArticles } from '../../data/home/homeModel';
import type { HomeServices } from '../../data/home/services';
import type { ArticleSummary } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Notice, MessageBarType } from '../common/Notice';
import { useRenderedMark } from '../common/rendered';
import { useLoad } from '../common/useLoad';
import { CategoryTiles } from './CategoryTiles';
import { ContactPaths } from './ContactPaths';
import { HomeAnnouncements } from './HomeAnnouncements';
import { HomeArticles } from './HomeArticles';
import { HomeSearch } from './HomeSearch';
import { MyOpenRequests } from './MyOpenRequests';
import { useHomeClasses } from './homeStyles';

// Below the fold, read after the first render: the experts (the directory's reader) and the communities.
const HomeExperts = React.lazy(() => import(/* webpackChunkName: 'help-center-home-experts' */ './HomeExperts'));

/** Articles per list. */
const LIST_COUNT = 5;

/** Every published article the knowledge index holds, both languages (the index the knowledge page builds and caches). */
async function publishedArticles(services: HomeServices): Promise<ArticleSummary[]> {
  const all = Number.MAX_SAFE_INTEGER;
  const [fr, en] = await Promise.all([services.knowledge.popular({ language: 'fr', limit: all }), services.knowledge.popular({ language: 'en', limit: all })]);
  return fr.popular.concat(en.popular);
}

/**
 * The help center's home: the search first, then the announcements, the categories with their article counts, the most
 * read and recent articles, her open requests, the ways to reach the support with its hours, and the experts.
 * First render: one `$batch` (two on a first visit); the knowledge index (or its delta) is read once that is on screen.
 */
export function HomePage(props: { services: HomeServices }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.home;
  const c = useHomeClasses();
  const svc = props.services;
  const first = useLoad(() => svc.first().catch((e: unknown) => { console.error('[HelpCenter] Loading the help center home failed:', e); throw e; }), [svc]);
  const ready = first.state.status !== 'loading';
  useRenderedMark('home', ready);
  // After the mark (effects run in order): the knowledge index, for the counts, the lists and the type-ahead.
  const articles = useLoad(() => (ready ? publishedArticles(svc) : new Promise<ArticleSummary[]>(() => undefined)), [svc, ready]).state;
  const data = first.state.status === 'done' ? first.state.value : undefined;
  // One task after the content is on screen (and marked): the experts' chunk is not part of the first render.
  const [experts, setExperts] = React.useState(false);
  React.useEffect(() => {
    if (!data || experts) return undefined;
    const timer = setTimeout(() => setExperts(true), 0);
    return () => clearTimeout(timer);
  }, [data, experts]);
  const counts = React.useMemo(() => (data && articles.value ? articleCounts(data.categories, articles.value.filter(a => a.language === locale)) : undefined),
    [data, articles.value, locale]);
  const lists = React.useMemo(() => (articles.value ? { popular: popularArticles(articles.value, locale, LIST_COUNT), recent: recentArticles(articles.value, locale, LIST_COUNT) } : undefined),
    [articles.value, locale]);
  const announcements = React.useMemo(() => (data ? currentAnnouncements(data.announcements, locale, new Date()) : []), [data, locale]);
  const listsState = articles.status === 'failed' ? articles : lists ? { status: 'done' as const, value: lists } : { status: 'loading' as const };

  return (
    <div className={c.page}>
      <HomeSearch knowledge={svc.knowledge} links={svc.links} classes={c} />
      {first.state.status === 'failed' ? (
        <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={s.retry} onClick={first.reload} />}>{s.loadFailed}</Notice>
      ) : undefined}
      {first.state.status === 'loading' ? <div aria-busy="true"><Shimmer ariaLabel={s.loading} /><Shimmer width="70%" /></div> : undefined}
      {data ? <HomeAnnouncements announcements={announcements} classes={c} /> : undefined}
      {data ? (
        <div className={c.columns}>
          <div className={c.main}>
            <CategoryTiles categories={data.categories} counts={counts} links={svc.links} classes={c} />
            <HomeArticles state={listsState} links={svc.links} classes={c} />
          </div>
          <div className={c.side}>
            <MyOpenRequests requests={data.requests} links={svc.links} classes={c} />
            <ContactPaths settings={data.settings} links={svc.links} classes={c} />
          </div>
        </div>
      ) : undefined}
      {data && experts ? (
        <React.Suspense fallback={<p className={c.muted}>{s.expertsLoading}</p>}>
          <HomeExperts services={svc} categories={data.categories} classes={c} />
        </React.Suspense>
      ) : undefined}
    </div>
  );
}
