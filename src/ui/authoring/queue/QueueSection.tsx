import * as React from 'react';
import { EmptyState } from '../../common/EmptyState';
import { Notice, MessageBarType } from '../../common/Notice';
import { formatString } from '../../common/format';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { useQueueClasses } from './queue.styles';

/** Props of {@link QueueSection}. */
export interface QueueSectionProps {
  /** The heading's id (the section is labelled by it). */
  id: string;
  title: string;
  count: number;
  /** What the section says when it holds nothing. */
  empty: string;
  /** The section could not be read: said instead of its cards (the page's other sections still show). */
  failed?: boolean;
  /** Only the first page shows yet (the rest is being read). */
  pending?: boolean;
  /** A line under the heading. */
  intro?: string;
  /** The cards (list items). */
  children?: React.ReactNode;
}

/** One section of the queue: a heading with its count, then its cards or an empty state. */
export function QueueSection(props: QueueSectionProps): React.ReactElement {
  const s = useHelpCenter().strings.authoringQueue;
  const classes = useQueueClasses();
  return (
    <section aria-labelledby={props.id} className={classes.section}>
      <h3 id={props.id} className={classes.heading}>
        {props.title} {!props.failed && <span className={classes.count}>{formatString(s.countLabel, props.count)}</span>}
      </h3>
      {props.intro && <p className={classes.intro}>{props.intro}</p>}
      {props.pending && !props.failed && <p className={classes.intro} role="status">{s.loadingMore}</p>}
      {props.failed ? <Notice messageBarType={MessageBarType.warning}>{s.sectionFailed}</Notice>
        : props.count === 0 ? <EmptyState message={props.empty} /> : <ul className={classes.cards}>{props.children}</ul>}
    </section>
  );
}
