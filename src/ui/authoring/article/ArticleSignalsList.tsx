import * as React from 'react';
import type { ReaderSignal } from '../../../data/knowledge/authoring/queue';
import { dayText } from '../../common/dates';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { useHistoryClasses } from './article.styles';

/** The readers' outdated flags and unhelpful votes with a comment on this article, newest first (their words as text). */
export function ArticleSignalsList(props: { signals: ReaderSignal[] }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.articleHistory;
  const classes = useHistoryClasses();
  return (
    <section aria-labelledby="hc-history-signals" className={classes.section}>
      <h4 id="hc-history-signals" className={classes.heading}>{s.signals}</h4>
      {props.signals.length === 0 ? <p>{s.signalsEmpty}</p> : (
        <ul className={classes.list}>
          {props.signals.map(x => (
            <li key={x.id}>
              <strong>{x.outdated ? s.signalOutdated : s.signalUnhelpful}</strong> ({dayText(x.at, locale)}) — {x.comment || s.noComment}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
