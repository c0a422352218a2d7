import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { Link } from '@fluentui/react/lib/Link';
import type { AuthoringServices } from '../../data/knowledge/authoring/services';
import type { AuthoringRoute } from '../../data/pageLinks';
import { HelpCenterContextValue, useHelpCenter } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { LoadingState } from '../common/LoadingState';
import { EmptyState } from '../common/EmptyState';
import { ThemeText } from '../common/ThemeText';
import { Notice, MessageBarType } from '../common/Notice';
import { useLoad } from '../common/useLoad';
import { useRenderedMark } from '../common/rendered';
import { mayWrite } from './authoringTypes';

/** Props of {@link ArticleEditorRoot}. */
export interface ArticleEditorRootProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
  services: AuthoringServices;
  /** What the address asks for (`authoringRouteFromUrl`). */
  route: AuthoringRoute;
}

// Each view in its own chunk: a contributor opening a draft does not download the queue, and the reverse.
const ContributorHome = React.lazy(() => import(/* webpackChunkName: 'help-center-authoring-queue' */ './queue/ContributorHome'));
const DraftPage = React.lazy(() => import(/* webpackChunkName: 'help-center-authoring-draft' */ './draft/DraftPage'));
const ArticleHistoryPage = React.lazy(() => import(/* webpackChunkName: 'help-center-authoring-article' */ './article/ArticleHistoryPage'));

function AuthoringFrame(props: { services: AuthoringServices; route: AuthoringRoute }): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.authoring;
  const { services, route } = props;
  const { state, reload } = useLoad(() => services.authoring.actor(), [services]);
  const allowed = state.status === 'done' && mayWrite(state.value);
  // The views mark the page rendered when their data shows; the frame does when it stops there.
  useRenderedMark('authoring', state.status === 'failed' || (state.status === 'done' && !allowed));
  let body: React.ReactNode;
  if (state.status === 'loading') body = <LoadingState label={s.loading} />;
  else if (state.status === 'failed') {
    body = <Notice messageBarType={MessageBarType.error} actions={<Link onClick={reload}>{s.retry}</Link>}>{s.loadFailed}</Notice>;
  } else if (!allowed) body = <EmptyState message={s.notAllowed} />;
  else {
    const view = { services, actor: state.value };
    body = (
      <React.Suspense fallback={<LoadingState label={s.loading} />}>
        {route.kind === 'queue' ? <ContributorHome {...view} route={route} />
          : route.kind === 'article' ? <ArticleHistoryPage {...view} route={route} />
            : <DraftPage {...view} route={route} />}
      </React.Suspense>
    );
  }
  return (
    <section aria-labelledby="hc-authoring-title">
      <ThemeText as="h2" variant="xLarge" id="hc-authoring-title">{s.title}</ThemeText>
      {allowed && (
        <nav aria-label={s.navLabel}>
          <Link href={services.links.authoring()} aria-current={route.kind === 'queue' ? 'page' : undefined}>{s.queueLink}</Link>
          {' · '}
          <Link href={services.links.authoring({ kind: 'new' })} aria-current={route.kind === 'new' ? 'page' : undefined}>{s.newArticleLink}</Link>
        </nav>
      )}
      {body}
    </section>
  );
}

/** The ui root the ArticleEditor web part and the workbench page both render. */
export function ArticleEditorRoot(props: ArticleEditorRootProps): React.ReactElement {
  return (
    <HelpCenterRoot context={props.context} theme={props.theme}>
      <AuthoringFrame services={props.services} route={props.route} />
    </HelpCenterRoot>
  );
}
