import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { AuthoringRoute } from '../../../data/pageLinks';
import type { Language } from '../../../domain/vocabulary';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { EmptyState } from '../../common/EmptyState';
import { LoadingState } from '../../common/LoadingState';
import { Notice, MessageBarType } from '../../common/Notice';
import { useRenderedMark } from '../../common/rendered';
import { useLoad } from '../../common/useLoad';
import type { AuthoringViewProps } from '../authoringTypes';
import { DraftEditor } from './DraftEditor';
import { TemplateChooser } from './TemplateChooser';
import { draftClasses } from './draftPage.styles';
import { newArticleStart, routeTemplate, type NewRoute } from './newArticle';

type DraftViewProps = AuthoringViewProps<Extract<AuthoringRoute, { kind: 'draft' | 'new' }>>;

/** `?draft=ID`: the draft read (one request: the frame has read the actor), then the editor or the reader's view. */
function ExistingDraft(props: AuthoringViewProps<Extract<AuthoringRoute, { kind: 'draft' }>>): React.ReactElement {
  const s = useHelpCenter().strings.articleDraft;
  const { services, route } = props;
  const { state, reload } = useLoad(() => services.authoring.drafts.get(route.id), [services, route.id]);
  useRenderedMark('authoring', state.status !== 'loading');
  if (state.status === 'loading') return <LoadingState label={s.loading} />;
  if (state.status === 'failed') {
    console.error('[HelpCenter] The draft could not be loaded:', state.error);
    return <Notice messageBarType={MessageBarType.error} actions={<Link onClick={reload}>{s.retry}</Link>}>{s.loadFailed}</Notice>;
  }
  if (!state.value) return <EmptyState message={s.notFound} />;
  return <DraftEditor key={state.value.id} services={services} actor={props.actor} start={{ kind: 'draft', draft: state.value }} />;
}

/** `?new=1…`: the template and language (unless the address gives them), then the form prefilled from the address. */
function NewArticle(props: AuthoringViewProps<NewRoute>): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const theme = useTheme();
  const c = React.useMemo(() => draftClasses(theme), [theme]);
  const { services, route } = props;
  const [chosen, setChosen] = React.useState<{ template: string; language: Language } | undefined>(() => {
    const t = routeTemplate(route);
    return t ? { template: t, language: route.language || locale } : undefined;
  });
  const { state } = useLoad(() => (chosen
    ? newArticleStart(route, chosen.template, chosen.language, services, { draft: strings.articleDraft, sections: strings.articleTemplates.sections }, locale)
    : Promise.resolve(undefined)), [chosen, route, services]);
  useRenderedMark('authoring', state.status !== 'loading');
  if (!chosen) {
    return (
      <div className={c.page}>
        <h3 className={c.heading}>{strings.articleDraft.newHeading}</h3>
        <TemplateChooser language={route.language || locale} onStart={(template, language) => setChosen({ template, language })} classes={c} strings={strings} />
      </div>
    );
  }
  if (state.status !== 'done' || !state.value) return <LoadingState label={strings.articleDraft.loading} />;
  return <DraftEditor services={services} actor={props.actor} start={state.value.start} origin={state.value.origin} notices={state.value.notices} />;
}

/** The draft page of the contributors' page: a new article (`?new=1…`) or a draft (`?draft=ID`). */
export default function DraftPage(props: DraftViewProps): React.ReactElement {
  const { route } = props;
  return route.kind === 'draft'
    ? <ExistingDraft {...props} route={route} />
    : <NewArticle {...props} route={route} />;
}
