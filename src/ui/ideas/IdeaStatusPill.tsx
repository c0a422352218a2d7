import * as React from 'react';
import type { IdeaStatus } from '../../domain/vocabulary';
import { Pill, type PillTone } from '../common/pills';

/** The tone of each idea status (its text says it too). */
export const IDEA_STATUS_TONE: { [S in IdeaStatus]: PillTone } = {
  new: 'info', under_study: 'progress', planned: 'warning', done: 'success', declined: 'neutral'
};

/** An idea's status in the reader's words. */
export function IdeaStatusPill(props: { status: IdeaStatus; labels: Record<IdeaStatus, string> }): React.ReactElement {
  return <Pill tone={IDEA_STATUS_TONE[props.status]}>{props.labels[props.status]}</Pill>;
}
