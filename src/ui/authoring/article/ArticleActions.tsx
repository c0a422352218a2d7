import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { ArticleHistory } from '../../../data/knowledge/authoring/articleHistory';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import type { AuthoringActor } from '../../../data/knowledge/authoring/types';
import { availableArticleActions } from '../../../domain/knowledge/articleWorkflow';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { Notice, MessageBarType } from '../../common/Notice';
import { formClasses } from '../../common/formStyles';
import { useAlive } from '../../common/useLoad';
import { useTheme } from '@fluentui/react/lib/Theme';
import { actionErrorText, workflowActorOf } from './actionError';
import { useHistoryClasses } from './article.styles';

/** Props of {@link ArticleActions}. */
export interface ArticleActionsProps {
  history: ArticleHistory;
  services: AuthoringServices;
  actor: AuthoringActor;
  /** After a change of the article: read it again, and say `message`. */
  onChanged(message: string): void;
  /** Goes to another page (a draft's). */
  navigate(url: string): void;
}

type Open = 'none' | 'outdated' | 'reviewed';

/**
 * What this person may do with the article, as the workflow (articleWorkflow) and SharePoint allow: a reviewer or an
 * owner marks it outdated, confirms it reviewed, rewrites an outdated one; every writer opens a draft of it.
 */
export function ArticleActions(props: ArticleActionsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.articleHistory;
  const classes = useHistoryClasses();
  const form = formClasses(useTheme());
  const alive = useAlive();
  const { article, who } = props.history;
  const [open, setOpen] = React.useState<Open>('none');
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [reason, setReason] = React.useState('');
  const [nextDate, setNextDate] = React.useState('');
  const firstField = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => { if (open !== 'none' && firstField.current) firstField.current.focus(); }, [open]);
  const publisher = props.actor.canPublish;
  const available = availableArticleActions(article, workflowActorOf(props.actor), who);
  const may = (a: 'markOutdated' | 'confirmReviewed' | 'rewrite'): boolean => publisher && available.indexOf(a) >= 0;

  const act = (work: () => Promise<string | undefined>): void => {
    setBusy(true);
    setError(undefined);
    work().then(message => {
      if (!alive()) return;
      setBusy(false);
      setOpen('none');
      if (message) props.onChanged(message);
    }, (e: unknown) => { if (alive()) { setBusy(false); setError(actionErrorText(e, s.errors)); } });
  };
  const toDraft = (make: () => Promise<{ id: number }>): void => act(() => make().then(d => { props.navigate(props.services.links.authoring({ kind: 'draft', id: d.id })); return undefined; }));

  return (
    <section aria-labelledby="hc-history-actions" className={classes.section}>
      <h4 id="hc-history-actions" className={classes.heading}>{s.actions}</h4>
      {error && <Notice messageBarType={MessageBarType.error}>{error}</Notice>}
      <div className={classes.row}>
        <DefaultButton text={s.edit} disabled={busy} onClick={() => toDraft(() => props.services.authoring.draftFromArticle(article.id))} />
        {may('rewrite') && <DefaultButton text={s.rewrite} disabled={busy} onClick={() => toDraft(() => props.services.authoring.rewrite(article.id))} />}
        {may('markOutdated') && <DefaultButton text={s.markOutdated} disabled={busy} aria-expanded={open === 'outdated'} onClick={() => setOpen(open === 'outdated' ? 'none' : 'outdated')} />}
        {may('confirmReviewed') && <DefaultButton text={s.confirmReviewed} disabled={busy} aria-expanded={open === 'reviewed'} onClick={() => setOpen(open === 'reviewed' ? 'none' : 'reviewed')} />}
      </div>
      {open === 'outdated' && (
        <form className={classes.confirm} onSubmit={e => { e.preventDefault(); act(() => props.services.authoring.markOutdated(article.id, reason).then(() => s.markedOutdated)); }}>
          <label className={form.label} htmlFor="hc-history-reason">{s.outdatedReason}</label>
          <input ref={firstField} id="hc-history-reason" className={form.input} value={reason} onChange={e => setReason(e.target.value)} />
          <div className={classes.row}>
            <PrimaryButton type="submit" text={busy ? s.working : s.confirmOutdated} disabled={busy} />
            <DefaultButton text={s.cancel} onClick={() => setOpen('none')} />
          </div>
        </form>
      )}
      {open === 'reviewed' && (
        <form className={classes.confirm} onSubmit={e => {
          e.preventDefault();
          act(() => props.services.authoring.confirmReviewed(article.id, nextDate ? new Date(`${nextDate}T00:00:00Z`) : undefined).then(() => s.reviewedConfirmed));
        }}>
          <label className={form.label} htmlFor="hc-history-next">{s.nextReviewDate}</label>
          <input ref={firstField} id="hc-history-next" type="date" className={form.input} value={nextDate} onChange={e => setNextDate(e.target.value)} />
          <div className={classes.row}>
            <PrimaryButton type="submit" text={busy ? s.working : s.confirmReviewedSubmit} disabled={busy} />
            <DefaultButton text={s.cancel} onClick={() => setOpen('none')} />
          </div>
        </form>
      )}
    </section>
  );
}
