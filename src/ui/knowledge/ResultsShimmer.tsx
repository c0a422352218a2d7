import * as React from 'react';
import { Shimmer, ShimmerElementType } from '@fluentui/react/lib/Shimmer';
import type { KnowledgeClasses } from './knowledgeStyles';

/** Props of {@link ResultsShimmer}. */
export interface ResultsShimmerProps {
  /** What is loading, for screen readers (said once, by the first card). */
  label: string;
  classes: KnowledgeClasses;
  /** How many placeholder cards. */
  count?: number;
}

const LINE = { type: ShimmerElementType.line, height: 12 };

/** Placeholder cards shaped like results while the knowledge base loads or searches. */
export function ResultsShimmer(props: ResultsShimmerProps): React.ReactElement {
  const cards: React.ReactNode[] = [];
  for (let i = 0; i < (props.count || 3); i++) {
    cards.push(
      <div key={i} className={props.classes.shimmerCard}>
        <Shimmer width="60%" shimmerElements={[{ ...LINE, height: 16 }]} ariaLabel={i === 0 ? props.label : undefined} />
        <Shimmer width="100%" shimmerElements={[LINE]} />
        <Shimmer width="40%" shimmerElements={[LINE]} />
      </div>
    );
  }
  return <div className={props.classes.list} aria-busy="true">{cards}</div>;
}
