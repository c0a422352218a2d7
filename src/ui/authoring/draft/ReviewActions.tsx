import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { DefaultButton, PrimaryButton, type IButton } from '@fluentui/react/lib/Button';
import { DatePicker } from '@fluentui/react/lib/DatePicker';
import { Link } from '@fluentui/react/lib/Link';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import { getId } from '@fluentui/react/lib/Utilities';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import type { StepResult } from '../../../data/knowledge/authoring/AuthoringService';
import type { AuthoringActor, Draft } from '../../../data/knowledge/authoring/types';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { formClasses } from '../../common/formStyles';
import { LoadingState } from '../../common/LoadingState';
import { MessageBarType, Notice } from '../../common/Notice';
import { ThemeText } from '../../common/ThemeText';
import { useAlive, useLoad } from '../../common/useLoad';
import {
  defaultPickedDate, formatPickedDate, keepComment, keptComment, parsePickedDate, pickedInPast, reviewChoice, reviewDateOf, reviewFailure, reviewOutcomeText
} from './reviewModel';

/** What a review step did. */
export interface ReviewOutcome { action: 'published' | 'sentBack'; articleId?: number; mails: StepResult['mails'] }

/** Props of {@link ReviewActions}. */
export interface ReviewActionsProps {
  /** The draft in review, as read (its ETag is the one the reviewer read). */
  draft: Draft;
  /** Who acts. */
  actor: AuthoringActor;
  services: AuthoringServices;
  /** After a step went through (the draft changed: read it again). */
  onDone(result: ReviewOutcome): void;
}

type Busy = 'publish' | 'sendBack' | undefined;
type Failure = { text: string; retry?: () => void };

/**
 * A reviewer's two actions on a draft in review: publish it with its review date, or send it back to its author
 * with a comment. Four eyes: the draft's author sees why she cannot publish it rather than a dead button.
 */
export default function ReviewActions(props: ReviewActionsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.articleReview;
  const classes = formClasses(useTheme());
  const { draft, actor, services } = props;
  const alive = useAlive();
  const { state: who } = useLoad(() => services.authoring.people.reviewersOf(draft.content.categoryId), [services, draft.content.categoryId]);
  const [picked, setPicked] = React.useState<Date>(() => defaultPickedDate(new Date(), draft.content.reviewDate));
  const [dateError, setDateError] = React.useState<string | undefined>(undefined);
  const [writing, setWriting] = React.useState(() => keptComment(draft.id) !== '');
  const [comment, setComment] = React.useState(() => keptComment(draft.id));
  const [commentError, setCommentError] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState<Busy>(undefined);
  const [failure, setFailure] = React.useState<Failure | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<ReviewOutcome | undefined>(undefined);
  const ids = React.useMemo(() => ({ heading: getId('hc-review'), comment: getId('hc-review-comment'), outcome: getId('hc-review-outcome') }), []);
  const sendBackButton = React.useRef<IButton | null>(null);
  const commentField = React.useRef<ITextField | null>(null);
  const outcomeRef = React.useRef<HTMLDivElement | null>(null);

  React.useEffect(() => { if (outcome && outcomeRef.current) outcomeRef.current.focus(); }, [outcome]);
  React.useEffect(() => {
    if (who.status === 'failed') console.warn('[HelpCenter] The category\'s reviewers could not be read: the service decides on the click.', who.error);
  }, [who]);

  const run = (kind: 'publish' | 'sendBack', step: () => Promise<ReviewOutcome>): void => {
    setBusy(kind);
    setFailure(undefined);
    step().then(result => {
      if (!alive()) return;
      setBusy(undefined);
      setOutcome(result);
      props.onDone(result);
    }, (e: unknown) => {
      console.error(`[HelpCenter] The review step '${kind}' on draft ${draft.id} failed:`, e);
      if (!alive()) return;
      setBusy(undefined);
      const f = reviewFailure(e);
      setFailure({ text: s.errors[f.key], retry: f.retry ? () => run(kind, step) : undefined });
    });
  };

  const publish = (): void => {
    if (pickedInPast(picked, new Date())) { setDateError(s.errors.reviewDateInPast); return; }
    setDateError(undefined);
    const reviewDate = reviewDateOf(picked);
    run('publish', () => services.authoring.publish(draft.id, draft.etag, reviewDate)
      .then(r => ({ action: 'published' as const, articleId: r.articleId, mails: r.mails })));
  };
  const sendBack = (): void => {
    const text = comment.trim();
    if (!text) {
      setCommentError(s.errors.commentRequired);
      if (commentField.current) commentField.current.focus();
      return;
    }
    setCommentError(undefined);
    run('sendBack', () => services.authoring.sendBack(draft.id, draft.etag, text).then(r => {
      keepComment(draft.id, '');
      return { action: 'sentBack' as const, mails: r.mails };
    }));
  };
  const openForm = (): void => { setWriting(true); setFailure(undefined); };
  const closeForm = (): void => {
    setWriting(false);
    setCommentError(undefined);
    window.setTimeout(() => { if (sendBackButton.current) sendBackButton.current.focus(); }, 0);
  };
  React.useEffect(() => { if (writing && commentField.current && !keptComment(draft.id)) commentField.current.focus(); }, [writing, draft.id]);

  let body: React.ReactNode;
  if (outcome) {
    body = (
      <div ref={outcomeRef} tabIndex={-1} id={ids.outcome}>
        <Notice messageBarType={outcome.mails === 'failed' || outcome.mails === 'deferred' ? MessageBarType.warning : MessageBarType.success}>
          {reviewOutcomeText(s, outcome)}
        </Notice>
      </div>
    );
  } else if (draft.status !== 'review') {
    body = <p className={classes.help}>{s.notInReview}</p>;
  } else if (who.status === 'loading') {
    body = <LoadingState label={s.heading} />;
  } else {
    const choice = who.status === 'done' ? reviewChoice(draft, actor, who.value, new Date()) : {};
    body = (
      <>
        {choice.publish === 'ownArticle' && <p className={classes.help}>{s.ownArticle}</p>}
        {choice.publish === 'notAllowed' && choice.sendBack === 'notAllowed' && <p className={classes.help}>{s.notReviewer}</p>}
        {!choice.publish && (
          <div className={classes.field}>
            <DatePicker label={s.reviewDateLabel} value={picked} firstDayOfWeek={locale === 'en' ? 0 : 1} strings={s.datePicker} placeholder={s.pickDate}
              allowTextInput formatDate={formatPickedDate} parseDateFromString={t => parsePickedDate(t) || null} // eslint-disable-line @rushstack/no-new-null
              textField={{ description: s.reviewDateHelp, errorMessage: dateError }} disabled={!!busy}
              onSelectDate={d => { if (d) { setPicked(d); setDateError(pickedInPast(d, new Date()) ? s.errors.reviewDateInPast : undefined); } }} />
            <div className={classes.actions}>
              <PrimaryButton text={busy === 'publish' ? s.publishing : s.publish} onClick={publish} disabled={!!busy} allowDisabledFocus />
            </div>
          </div>
        )}
        {!choice.sendBack && (
          writing ? (
            <div className={classes.field}>
              <TextField id={ids.comment} label={s.commentLabel} description={s.commentHelp} required multiline rows={4} value={comment} lang={draft.language}
                componentRef={commentField} errorMessage={commentError} disabled={!!busy}
                onChange={(_e, v) => { setComment(v || ''); keepComment(draft.id, v || ''); if (commentError) setCommentError(undefined); }} />
              <div className={classes.actions}>
                <PrimaryButton text={busy === 'sendBack' ? s.sendingBack : s.confirmSendBack} onClick={sendBack} disabled={!!busy} allowDisabledFocus />
                <DefaultButton text={s.cancel} onClick={closeForm} disabled={!!busy} />
              </div>
            </div>
          ) : (
            <div className={classes.actions}>
              <DefaultButton text={s.sendBack} onClick={openForm} componentRef={sendBackButton} disabled={!!busy} />
            </div>
          )
        )}
        {failure && (
          <Notice messageBarType={MessageBarType.error} actions={failure.retry ? <Link onClick={failure.retry}>{s.retry}</Link> : undefined}>{failure.text}</Notice>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby={ids.heading} className={classes.form}>
      <ThemeText as="h3" variant="large" id={ids.heading} className={classes.heading}>{s.heading}</ThemeText>
      {body}
    </section>
  );
}
