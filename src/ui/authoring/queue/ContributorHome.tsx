import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { AuthoringRoute } from '../../../data/pageLinks';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LoadingState } from '../../common/LoadingState';
import { Notice, MessageBarType } from '../../common/Notice';
import { formatString } from '../../common/format';
import { useLoad } from '../../common/useLoad';
import { useRenderedMark } from '../../common/rendered';
import type { AuthoringViewProps } from '../authoringTypes';
import { DraftCard, DueCard, GapCard, SignalCard } from './QueueCards';
import { QueueSection } from './QueueSection';
import { useQueueClasses } from './queue.styles';
import { useQueueHousekeeping } from './useQueueHousekeeping';
import type { QueueSnapshot, QueueSectionKey } from '../../../data/knowledge/authoring/queueSnapshot';

/**
 * The sections whose first page did not hold everything, read page by page once the first pages show (after the
 * first render: a busy site's queue shows at once, then completes). A failure keeps the first pages, logged.
 */
function useRestOfQueue(first: QueueSnapshot | undefined): QueueSnapshot | undefined {
  const [whole, setWhole] = React.useState<QueueSnapshot>();
  React.useEffect(() => {
    setWhole(undefined);
    if (!first || !first.more) return;
    let live = true;
    first.more().then(w => { if (live) setWhole(w); }, (e: unknown) => console.error('[HelpCenter] The rest of the queue could not be read:', e));
    return () => { live = false; };
  }, [first]);
  return whole;
}

/** How far back the readers' signals are read (days). */
export const SIGNAL_DAYS = 90;
/** How far back the searches are read for content gaps (days). */
export const GAP_DAYS = 30;
const DAY = 86400000;

/**
 * The contributor's and reviewer's daily page (`Articles.aspx`): drafts to review (reviewers and owners), my drafts,
 * readers' signals, articles due for review, content gaps. Read in one $batch after the frame's (two requests).
 */
export default function ContributorHome(props: AuthoringViewProps<Extract<AuthoringRoute, { kind: 'queue' }>>): React.ReactElement {
  const { services, actor } = props;
  const { strings } = useHelpCenter();
  const s = strings.authoringQueue;
  const frame = strings.authoring;
  const classes = useQueueClasses();
  const { state, reload } = useLoad(() => {
    const now = Date.now();
    return services.queue.snapshot(actor, { today: new Date(now), signalsSince: new Date(now - SIGNAL_DAYS * DAY), gapsSince: new Date(now - GAP_DAYS * DAY) }, { pageLater: true });
  }, [services, actor]);
  useRenderedMark('authoring', state.status !== 'loading');
  useQueueHousekeeping(services, actor, state.status === 'done');
  const whole = useRestOfQueue(state.status === 'done' ? state.value : undefined);
  if (state.status === 'loading') return <LoadingState label={frame.loading} />;
  if (state.status === 'failed') {
    console.error('[HelpCenter] The contributor\'s queue could not be read:', state.error);
    return <Notice messageBarType={MessageBarType.error} actions={<Link onClick={reload}>{frame.retry}</Link>}>{frame.loadFailed}</Notice>;
  }
  const q = whole || state.value;
  const pending = (key: QueueSectionKey): boolean => q.pending.indexOf(key) >= 0;
  const links = services.links;
  return (
    <div className={classes.page} role="region" aria-label={s.sectionsLabel}>
      {q.reviews && (
        <QueueSection id="hc-queue-review" pending={pending('toReview')} failed={q.failed.indexOf('toReview') >= 0} title={s.toReview} count={q.toReview.length} empty={s.toReviewEmpty}>
          {q.toReview.map(d => <DraftCard key={d.id} draft={d} links={links} categories={q.categories} mode="review" />)}
        </QueueSection>
      )}
      <QueueSection id="hc-queue-mine" pending={pending('mine')} failed={q.failed.indexOf('mine') >= 0} title={s.myDrafts} count={q.mine.length} empty={s.myDraftsEmpty}>
        {q.mine.map(d => <DraftCard key={d.id} draft={d} links={links} categories={q.categories} mode="mine" />)}
      </QueueSection>
      <QueueSection id="hc-queue-signals" pending={pending('signals')} failed={q.failed.indexOf('signals') >= 0} title={s.signals} count={q.signals.length} empty={formatString(s.signalsEmpty, SIGNAL_DAYS)}>
        {q.signals.map(g => <SignalCard key={g.articleId} group={g} links={links} />)}
      </QueueSection>
      <QueueSection id="hc-queue-due" pending={pending('due')} failed={q.failed.indexOf('due') >= 0} title={s.due} count={q.due.length} empty={s.dueEmpty}>
        {q.due.map(a => <DueCard key={a.id} article={a} links={links} categories={q.categories} />)}
      </QueueSection>
      <QueueSection id="hc-queue-gaps" pending={pending('gaps')} failed={q.failed.indexOf('gaps') >= 0} title={s.gaps} count={q.gaps.length} empty={formatString(s.gapsEmpty, GAP_DAYS)} intro={formatString(s.gapsIntro, GAP_DAYS)}>
        {q.gaps.map(g => <GapCard key={g.key} gap={g} links={links} />)}
      </QueueSection>
    </div>
  );
}
