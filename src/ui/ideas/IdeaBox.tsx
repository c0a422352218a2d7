import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IdeaBoxFirstPage, IdeaQuery, IdeaServices, IdeaSummary } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { Notice, MessageBarType } from '../common/Notice';
import { EmptyState } from '../common/EmptyState';
import { LiveRegion } from '../common/LiveRegion';
import { ThemeText } from '../common/ThemeText';
import { formatCount, formatString } from '../common/format';
import { useRenderedMark } from '../common/rendered';
import { useAlive, useLoad } from '../common/useLoad';
import { IdeaCard } from './IdeaCard';
import { IdeaFilters } from './IdeaFilters';
import { IDEA_DRAFT_KEY } from './NewIdeaForm.types';
import { readKept } from './ideaView';

const NewIdeaForm = React.lazy(() => import(/* webpackChunkName: 'help-center-ideas-form' */ './NewIdeaForm'));

const classes = mergeStyleSets({
  box: { display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' },
  list: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))', gap: 12, padding: 0, margin: 0 }
});

/** Props of {@link IdeaBox}. */
export interface IdeaBoxProps {
  services: IdeaServices;
  initial: IdeaQuery;
}

/**
 * The box: filters, the ideas as cards (most supported or newest), "more", and the new idea form (lazy; opened at
 * once when a draft was kept). A team member's visit receives new ideas and recounts tallies after the first render.
 */
export function IdeaBox(props: IdeaBoxProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ideas;
  const [query, setQuery] = React.useState<IdeaQuery>(props.initial);
  const [round, setRound] = React.useState(0);
  const { state, reload } = useLoad(() => props.services.first(query), [query, round], { keepValue: true });
  const [page, setPage] = React.useState<IdeaBoxFirstPage | undefined>();
  const [message, setMessage] = React.useState('');
  const [formOpen, setFormOpen] = React.useState<'restored' | 'asked' | undefined>(() => (readKept(IDEA_DRAFT_KEY) ? 'restored' : undefined));
  const [sent, setSent] = React.useState('');
  const [moreBusy, setMoreBusy] = React.useState(false);
  const [moreFailed, setMoreFailed] = React.useState(false);
  const alive = useAlive();
  const housekept = React.useRef(false);
  // After a submit the confirmation takes the focus (the form it replaces is gone).
  const sentRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => { if (sent && sentRef.current) sentRef.current.focus(); }, [sent]);
  useRenderedMark('ideas', state.status !== 'loading' || !!page);

  React.useEffect(() => {
    if (state.status !== 'done') return;
    setPage(state.value);
    if (round || query !== props.initial) setMessage(formatCount(locale, state.value.ideas.length, s.shown));
    if (state.value.actor.isTeam && !housekept.current) {
      housekept.current = true;
      const off = state.value.ideas.filter(i => !i.state || i.state.countedVotes !== i.votes).map(i => i.id);
      props.services.team().then(t => t.housekeep(off)).catch((e: unknown) => console.warn('[HelpCenter] Idea box housekeeping failed:', e));
    }
  }, [state]);

  const more = (): void => {
    if (!page || !page.more) return;
    setMoreBusy(true);
    setMoreFailed(false);
    props.services.more(query, page.more, page.actor.id, page.categories).then(next => {
      if (!alive()) return;
      setMoreBusy(false);
      setPage({ ...page, ideas: page.ideas.concat(next.ideas.filter(n => !page.ideas.some(i => i.id === n.id))), more: next.more });
      setMessage(formatCount(locale, page.ideas.length + next.ideas.length, s.shown));
    }, (e: unknown) => {
      console.error('[HelpCenter] More ideas not loaded:', e);
      if (!alive()) return;
      setMoreBusy(false);
      setMoreFailed(true);
    });
  };
  const voted = (idea: IdeaSummary): void => {
    if (page) setPage({ ...page, ideas: page.ideas.map(i => (i.id === idea.id ? idea : i)) });
  };

  let body: React.ReactNode;
  if (!page && state.status === 'loading') body = <LoadingState label={s.loading} />;
  else if (!page) {
    body = <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={s.retry} onClick={reload} />}>{s.loadFailed}</Notice>;
  } else {
    body = (
      <>
        {state.status === 'failed' ? <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={s.retry} onClick={reload} />}>{s.loadFailed}</Notice> : undefined}
        <IdeaFilters query={query} categories={page.categories} onChange={q => { setQuery(q); }} />
        {page.ideas.length
          ? <ul className={classes.list} aria-labelledby="hc-ideas-title" aria-busy={state.status === 'loading'}>
            {page.ideas.map(i => <IdeaCard key={i.id} idea={i} categories={page.categories} services={props.services} onVote={voted} announce={setMessage} />)}
          </ul>
          : <EmptyState message={s.empty} />}
        {page.more ? <div><DefaultButton text={s.more} onClick={more} disabled={moreBusy} /></div> : undefined}
        {moreFailed ? <Notice messageBarType={MessageBarType.error}>{s.loadFailed}</Notice> : undefined}
      </>
    );
  }
  return (
    <section aria-labelledby="hc-ideas-title" className={classes.box}>
      <div className={classes.head}>
        <ThemeText as="h2" variant="xLarge" id="hc-ideas-title" extra={{ margin: 0 }}>{s.listHeading}</ThemeText>
        {page && !formOpen ? <PrimaryButton text={s.newIdea} iconProps={{ iconName: 'Lightbulb' }} onClick={() => { setSent(''); setFormOpen('asked'); }} /> : undefined}
      </div>
      <ThemeText as="p" extra={{ margin: 0 }}>{s.intro}</ThemeText>
      {page && formOpen
        ? <React.Suspense fallback={<LoadingState label={strings.ideaForm.loadingForm} />}>
          <NewIdeaForm services={props.services} categories={page.categories} defaultCategory={query.categoryId} autoFocus={formOpen === 'asked'}
            onClose={() => setFormOpen(undefined)}
            onSent={(title) => { setFormOpen(undefined); setSent(formatString(strings.ideaForm.sent, title)); setQuery({ order: 'newest' }); setRound(r => r + 1); }} />
        </React.Suspense>
        : undefined}
      {sent ? <div ref={sentRef} tabIndex={-1}><Notice messageBarType={MessageBarType.success}>{sent}</Notice></div> : undefined}
      {body}
      <LiveRegion message={message} />
    </section>
  );
}
