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
    return services.queue.snapshot(actor, { today: new Date(now), signalsSince: new Date(now - SIGNAL_DAYS * DAY), gapsSince: new Date(now - GAP_DAYS * DAY) });
  }, [services, actor]);
  useRenderedMark('authoring', state.status !== 'loading');
  useQueueHousekeeping(services, actor, state.status === 'done');
  if (state.status === 'loading') return <LoadingState label={frame.loading} />;
  if (state.status === 'failed') {
    console.error('[HelpCenter] The contributor\'s queue could not be read:', state.error);
    return <Notice messageBarType={MessageBarType.error} actions={<Link onClick={reload}>{frame.retry}</Link>}>{frame.loadFailed}</Notice>;
  }
  const q = state.value;
  const links = services.links;
  return (
    <div className={classes.page} role="region" aria-label={s.sectionsLabel}>
      {q.reviews && (
        <QueueSection id="hc-queue-review" failed={q.failed.indexOf('toReview') >= 0} title={s.toReview} count={q.toReview.length} empty={s.toReviewEmpty}>
          {q.toReview.map(d => <DraftCard key={d.id} draft={d} links={links} categories={q.categories} mode="review" />)}
        </QueueSection>
      )}
      <QueueSection id="hc-queue-mine" failed={q.failed.indexOf('mine') >= 0} title={s.myDrafts} count={q.mine.length} empty={s.myDraftsEmpty}>
        {q.mine.map(d => <DraftCard key={d.id} draft={d} links={links} categories={q.categories} mode="mine" />)}
      </QueueSection>
      <QueueSection id="hc-queue-signals" failed={q.failed.indexOf('signals') >= 0} title={s.signals} count={q.signals.length} empty={formatString(s.signalsEmpty, SIGNAL_DAYS)}>
        {q.signals.map(g => <SignalCard key={g.articleId} group={g} links={links} />)}
      </QueueSection>
      <QueueSection id="hc-queue-due" failed={q.failed.indexOf('due') >= 0} title={s.due} count={q.due.length} empty={s.dueEmpty}>
        {q.due.map(a => <DueCard key={a.id} article={a} links={links} categories={q.categories} />)}
      </QueueSection>
      <QueueSection id="hc-queue-gaps" failed={q.failed.indexOf('gaps') >= 0} title={s.gaps} count={q.gaps.length} empty={formatString(s.gapsEmpty, GAP_DAYS)} intro={formatString(s.gapsIntro, GAP_DAYS)}>
        {q.gaps.map(g => <GapCard key={g.key} gap={g} links={links} />)}
      </QueueSection>
    </div>
  );
}
