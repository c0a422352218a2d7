import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { useTheme } from '@fluentui/react/lib/Theme';
import { categoryWithDescendants } from '../../domain/categories/categoryTree';
import { searchExperts } from '../../domain/experts/directory';
import type { DirectoryData, ExpertProfile, ExpertsServices, MyEntry } from '../../data/experts/services';
import { expertsQueryFromUrl, type ExpertsQuery } from '../../data/pageLinks';
import { HelpCenterContextValue, useHelpCenter } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { LiveRegion } from '../common/LiveRegion';
import { LoadingState } from '../common/LoadingState';
import { Notice, MessageBarType } from '../common/Notice';
import { ThemeText } from '../common/ThemeText';
import { formatString } from '../common/format';
import { useRenderedMark } from '../common/rendered';
import { useLoad } from '../common/useLoad';
import { ExpertCard } from './ExpertCard';
import { ExpertsToolbar } from './ExpertsToolbar';
import { TopContributors } from './TopContributors';
import { expertsClasses } from './expertsStyles';
import { useRecordsRefresh } from './useRecordsRefresh';

const MyEntryPanel = React.lazy(() => import(/* webpackChunkName: 'help-center-experts-entry' */ './MyEntryPanel'));

/** Props of {@link ExpertsDirectoryRoot}. */
export interface ExpertsDirectoryRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: ExpertsServices;
  /** The page's address query (`window.location.search`). */
  search: string;
}

/** Cards shown at first, and added by "show more". */
const PAGE = 24;

/** The address's query part for a view (the filters written back: a link reproduces the view). */
function writeAddress(services: ExpertsServices, q: ExpertsQuery): void {
  try {
    const link = services.links.experts(q);
    const i = link.indexOf('?');
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${i >= 0 ? link.slice(i) : ''}${window.location.hash}`);
  } catch { /* a sandboxed frame may refuse: the view still changes */ }
}

function Directory(props: { services: ExpertsServices; search: string }): React.ReactElement {
  const { strings, siteUrl } = useHelpCenter();
  const s = strings.experts;
  const classes = expertsClasses(useTheme());
  const [round, setRound] = React.useState(0);
  const load = useLoad<DirectoryData>(() => props.services.directory(), [round], { keepValue: true });
  const [query, setQuery] = React.useState<ExpertsQuery>(() => expertsQueryFromUrl(props.search));
  const [limit, setLimit] = React.useState(PAGE);
  const [panel, setPanel] = React.useState(false);
  const [saved, setSaved] = React.useState('');
  const entryButton = React.useRef<HTMLButtonElement>(null);
  const data = load.state.value;
  useRenderedMark('experts', load.state.status !== 'loading');
  useRecordsRefresh(props.services, data, () => setRound(r => r + 1));
  const logins = data ? data.experts.map(e => e.loginName || '').filter(Boolean).slice(0, 100) : [];
  const profiles = useLoad<{ [login: string]: ExpertProfile }>(() => (logins.length ? props.services.profiles(logins) : Promise.resolve({})), [logins.join('|')]);

  const now = React.useMemo(() => new Date(), [data]);
  React.useEffect(() => {
    if (load.state.status === 'failed') console.error('[HelpCenter] The experts directory could not be read:', load.state.error);
  }, [load.state]);
  const change = (q: ExpertsQuery): void => { setQuery(q); setLimit(PAGE); writeAddress(props.services, q); };

  if (!data) {
    if (load.state.status === 'failed') {
      return <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={s.retry} onClick={load.reload} />}>{s.loadFailed}</Notice>;
    }
    return <LoadingState label={s.loading} />;
  }
  const scope = query.categoryId ? categoryWithDescendants(data.categories, query.categoryId) : undefined;
  const shown = searchExperts(data.experts, { text: query.text, categoryScope: scope, language: query.language, availability: query.availability },
    query.sort === 'name' ? 'name' : 'relevance', now);
  const count = shown.length === 0 ? s.resultsNone : shown.length === 1 ? s.resultsOne : formatString(s.resultsMany, shown.length);
  const onSaved = (entry: MyEntry): void => {
    setPanel(false);
    setSaved(s.saved + (entry.listed ? '' : ` ${s.notListed}`));
    setRound(r => r + 1);
    if (entryButton.current) entryButton.current.focus();
  };
  return (
    <div className={classes.page}>
      <div className={classes.header}>
        <div>
          <ThemeText as="h2" variant="xLarge" id="hc-experts-title" className={classes.heading}>{s.title}</ThemeText>
          <p className={classes.intro}>{s.intro}</p>
        </div>
        <DefaultButton elementRef={entryButton} iconProps={{ iconName: 'Contact' }} text={s.myEntry} onClick={() => { setSaved(''); setPanel(true); }} />
      </div>
      {saved && <Notice messageBarType={MessageBarType.success}>{saved}</Notice>}
      <ExpertsToolbar query={query} categories={data.categories} onChange={change} classes={classes} />
      <div className={classes.layout}>
        <section aria-labelledby="hc-experts-count" style={{ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 }}>
          <p id="hc-experts-count" className={classes.count} aria-hidden="true">{count}</p>
          <LiveRegion message={count} />
          {data.experts.length === 0 && <p className={classes.meta}>{s.emptyDirectory}</p>}
          {shown.length > 0 && (
            <ul className={classes.cards} data-testid="experts-cards">
              {shown.slice(0, limit).map(e => (
                <ExpertCard key={e.personId} expert={e} profile={profiles.state.value ? profiles.state.value[(e.loginName || '').toLowerCase()] : undefined}
                  categories={data.categories} chosen={query.categoryId && scope ? { categoryId: query.categoryId, scope } : undefined}
                  askable={data.agentIds.indexOf(e.personId) >= 0} links={props.services.links} now={now} classes={classes} />
              ))}
            </ul>
          )}
          {shown.length > limit && <DefaultButton text={s.showMore} onClick={() => setLimit(l => l + PAGE)} style={{ alignSelf: 'flex-start' }} />}
        </section>
        <TopContributors experts={data.experts} scope={scope} now={now} classes={classes} />
      </div>
      {panel && (
        <React.Suspense fallback={<LoadingState label={s.loading} />}>
          <MyEntryPanel services={props.services} me={{ id: data.actor.id, name: data.actor.name }} entry={data.myEntry} categories={data.categories}
            draftKey={`hc-expert-draft|${siteUrl || ''}|${data.actor.id}`} onSaved={onSaved} onDismiss={() => setPanel(false)} classes={classes} />
        </React.Suspense>
      )}
    </div>
  );
}

/** The ui root the web part and the workbench page both render. */
export function ExpertsDirectoryRoot(props: ExpertsDirectoryRootProps): React.ReactElement {
  return <HelpCenterRoot context={props.context} theme={props.theme}><Directory services={props.services} search={props.search} /></HelpCenterRoot>;
}
