import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { AuthoringRoute } from '../../../data/pageLinks';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { EmptyState } from '../../common/EmptyState';
import { LiveRegion } from '../../common/LiveRegion';
import { LoadingState } from '../../common/LoadingState';
import { Notice, MessageBarType } from '../../common/Notice';
import { useLoad } from '../../common/useLoad';
import { useRenderedMark } from '../../common/rendered';
import type { AuthoringViewProps } from '../authoringTypes';
import { ArticleActions } from './ArticleActions';
import { ArticleSignalsList } from './ArticleSignalsList';
import { ArticleStatePanel } from './ArticleStatePanel';
import { LearnedPhrasings } from './LearnedPhrasings';
import { VersionHistory } from './VersionHistory';
import { useHistoryClasses } from './article.styles';
import { readRejected } from './rejectedPhrasings';

/** Props of {@link ArticleHistoryPage}: the view's, and how it leaves for another page (a draft's). */
export type ArticleHistoryPageProps = AuthoringViewProps<Extract<AuthoringRoute, { kind: 'article' }>> & { navigate?: (url: string) => void };

function assign(url: string): void {
  window.location.assign(url);
}

/**
 * An article's page for contributors (`?article=ID`): its state and translation, what this person may do with it,
 * its versions (compare, restore), phrasings learnt from readers, readers' signals. Read in one $batch.
 */
export default function ArticleHistoryPage(props: ArticleHistoryPageProps): React.ReactElement {
  const { services, actor, route } = props;
  const navigate = props.navigate || assign;
  const { strings, siteUrl } = useHelpCenter();
  const s = strings.articleHistory;
  const frame = strings.authoring;
  const classes = useHistoryClasses();
  const site = siteUrl || '';
  const [message, setMessage] = React.useState('');
  const { state, reload } = useLoad(() => services.queue.history(route.id, readRejected(site, route.id)), [services, route.id], { keepValue: true });
  useRenderedMark('authoring', state.status !== 'loading');
  const changed = React.useCallback((m: string) => { setMessage(m); reload(); }, [reload]);
  let body: React.ReactNode;
  if (state.status === 'loading') body = <LoadingState label={frame.loading} />;
  else if (state.status === 'failed') {
    console.error('[HelpCenter] The article\'s history could not be read:', state.error);
    body = <Notice messageBarType={MessageBarType.error} actions={<Link onClick={reload}>{frame.retry}</Link>}>{frame.loadFailed}</Notice>;
  } else if (!state.value) body = <EmptyState message={s.notFound} />;
  else {
    const h = state.value;
    body = (
      <>
        <h3 className={classes.title}>{h.article.content.title || h.article.title}</h3>
        {/* Said by the live region below; shown here too. */}
        {message && <p className={classes.done} aria-hidden="true">{message}</p>}
        <ArticleStatePanel history={h} links={services.links} />
        <ArticleActions history={h} services={services} actor={actor} onChanged={changed} navigate={navigate} />
        <VersionHistory key={h.article.versionLabel} history={h} services={services} actor={actor} onChanged={changed} />
        <LearnedPhrasings history={h} services={services} site={site} navigate={navigate} announce={setMessage} />
        <ArticleSignalsList signals={h.signals} />
      </>
    );
  }
  return (
    <div className={classes.page}>
      <Link href={services.links.authoring()}>{s.back}</Link>
      {body}
      <LiveRegion message={message} />
    </div>
  );
}
