import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { ArticleHistory } from '../../../data/knowledge/authoring/articleHistory';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import { formatCount, formatString } from '../../common/format';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { Notice, MessageBarType } from '../../common/Notice';
import { useAlive } from '../../common/useLoad';
import { actionErrorText } from './actionError';
import { useHistoryClasses } from './article.styles';
import { rememberRejected } from './rejectedPhrasings';

/** Props of {@link LearnedPhrasings}. */
export interface LearnedPhrasingsProps {
  history: ArticleHistory;
  services: AuthoringServices;
  /** Where the rejections are remembered (the site's URL). */
  site: string;
  navigate(url: string): void;
  /** Says a result (a live region). */
  announce(message: string): void;
}

/**
 * Phrasings readers searched before finding the article helpful. Accepting one opens a draft of the article with
 * the phrasing added to its other phrasings (reviewed and published like any change); rejecting one is remembered.
 */
export function LearnedPhrasings(props: LearnedPhrasingsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.articleHistory;
  const classes = useHistoryClasses();
  const alive = useAlive();
  const [rejected, setRejected] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const shown = props.history.phrasings.filter(p => rejected.indexOf(p.text) < 0);
  const id = props.history.article.id;

  const accept = (text: string): void => {
    setBusy(true);
    setError(undefined);
    const authoring = props.services.authoring;
    authoring.draftFromArticle(id)
      .then(d => authoring.saveDraft(d.id, d.etag, { ...d.content, questions: d.content.questions.concat([text]) }))
      .then(d => props.navigate(props.services.links.authoring({ kind: 'draft', id: d.id })),
        (e: unknown) => { if (alive()) { setBusy(false); setError(actionErrorText(e, s.errors)); } });
  };
  const reject = (text: string): void => {
    rememberRejected(props.site, id, text);
    setRejected(rejected.concat([text]));
    props.announce(formatString(s.rejected, text));
    if (heading.current) heading.current.focus();
  };

  return (
    <section aria-labelledby="hc-history-phrasings" className={classes.section}>
      <h4 id="hc-history-phrasings" ref={heading} tabIndex={-1} className={classes.heading}>{s.phrasings}</h4>
      <p className={classes.muted}>{s.phrasingsIntro}</p>
      {error && <Notice messageBarType={MessageBarType.error}>{error}</Notice>}
      {shown.length === 0 ? <p>{s.phrasingsEmpty}</p> : (
        <ul className={classes.list}>
          {shown.map(p => (
            <li key={p.text} className={classes.item}>
              <span><q>{p.text}</q> ({formatCount(locale, p.people, s.people)})</span>
              <DefaultButton text={formatString(s.accept, p.text)} disabled={busy} onClick={() => accept(p.text)} />
              <DefaultButton text={formatString(s.reject, p.text)} disabled={busy} onClick={() => reject(p.text)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
