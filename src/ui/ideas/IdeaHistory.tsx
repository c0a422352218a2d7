import * as React from 'react';
import type { IdeaServices } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { dayText } from '../common/dates';
import { formatString } from '../common/format';
import { useAfterFirstRender } from '../common/rendered';
import { useLoad } from '../common/useLoad';

/** Props of {@link IdeaHistory}. */
export interface IdeaHistoryProps {
  services: IdeaServices;
  stateId: number;
  /** Changes when the state is written again (its ETag): the history is read again. */
  version?: string;
}

/** The idea's status steps (its state's versions), read after the page's first render. */
export function IdeaHistory(props: IdeaHistoryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ideas;
  const after = useAfterFirstRender();
  const { state } = useLoad(() => (after ? props.services.history(props.stateId) : new Promise<never>(() => undefined)), [after, props.stateId, props.version]);
  return (
    <section aria-labelledby="hc-idea-history">
      <h3 id="hc-idea-history">{s.history}</h3>
      {state.status === 'failed' ? <p>{s.historyFailed}</p> : undefined}
      {state.status === 'done'
        ? <ol>{state.value.map((step, i) => (
          <li key={i}>
            {formatString(s.historyStep, strings.ideaStatus[step.status], dayText(step.at, locale), step.by)}
            {step.answer ? <><br />{step.answer}</> : undefined}
          </li>))}
        </ol>
        : undefined}
    </section>
  );
}
