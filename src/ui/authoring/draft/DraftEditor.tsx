import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import type { AuthoringActor } from '../../../data/knowledge/authoring/types';
import { articleTemplate } from '../../../domain/knowledge/templates';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { ErrorSummary, type FieldProblem } from '../../common/ErrorSummary';
import { Notice, MessageBarType } from '../../common/Notice';
import { Pill } from '../../common/pills';
import { formatString } from '../../common/format';
import { useCategories } from './CategoryField';
import { ConflictView } from './ConflictView';
import { DraftFormFields } from './DraftFormFields';
import { DraftReadOnly } from './DraftReadOnly';
import { draftProblems } from './draftForm';
import { reviewOutcomeText } from './reviewModel';
import { draftClasses } from './draftPage.styles';
import { useDraftSession, type DraftStart } from './useDraftSession';

// A reviewer's actions show only on a draft in review: their own chunk.
const ReviewActions = React.lazy(() => import(/* webpackChunkName: 'help-center-authoring-review' */ './ReviewActions'));

/** Props of {@link DraftEditor}. */
export interface DraftEditorProps {
  services: AuthoringServices;
  actor: AuthoringActor;
  start: DraftStart;
  /** Where a new article comes from (a content gap, a ticket, a translation), said under the heading. */
  origin?: string[];
  /** Prefill problems to show (a ticket or an original that could not be read). */
  notices?: string[];
}

/**
 * A draft being written or read: the form (or the text, read-only), its state, the restore offer, the conflict, the
 * checks, and its steps — save, send to review, take back, and a reviewer's publish / send back.
 */
export function DraftEditor(props: DraftEditorProps): React.ReactElement {
  const { strings, locale, siteUrl } = useHelpCenter();
  const s = strings.articleDraft;
  const theme = useTheme();
  const c = React.useMemo(() => draftClasses(theme), [theme]);
  const { services, actor } = props;
  const session = useDraftSession(services, actor, props.start, siteUrl, s);
  const { draft, form } = session;
  const [uploading, setUploading] = React.useState(0);
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const messageRef = React.useRef<HTMLDivElement>(null);
  const categories = useCategories(services.knowledge);

  const status = draft ? draft.status : 'draft';
  const isAuthor = !draft || draft.author.id === actor.person.id;
  const reviewer = actor.canPublish || actor.isSiteOwner;
  const editable = status === 'draft' ? isAuthor || reviewer : status === 'review' ? reviewer : false;
  const template = form.template ? articleTemplate(form.template) : undefined;

  // After a step the buttons change (sent to review: the form is read-only): the message takes the focus if it was lost.
  React.useEffect(() => {
    if (session.message && messageRef.current && (!document.activeElement || document.activeElement === document.body)) messageRef.current.focus();
  }, [session.message]);

  const check = (forReview: boolean): boolean => {
    const found = draftProblems(form, s, strings.articleTemplates.sections, forReview);
    setProblems(found);
    setAttempt(a => a + 1);
    return !found.length;
  };
  const busy = session.busy !== undefined || uploading > 0;
  const categoryName = (id: number): string => {
    const cat = categories.status === 'done' ? categories.value.filter(x => x.id === id)[0] : undefined;
    return cat ? (locale === 'en' ? cat.titleEn || cat.titleFr : cat.titleFr) : String(id);
  };

  return (
    <div className={c.page}>
      <h3 className={c.heading} lang={form.title ? form.language : undefined}>{draft ? formatString(s.draftHeading, draft.content.title || s.untitled) : s.newHeading}</h3>
      <div className={c.meta}>
        <Pill tone={status === 'published' ? 'success' : status === 'review' ? 'warning' : 'info'}>{formatString(s.statusLabel, s.statuses[status])}</Pill>
        {template ? <span>{formatString(s.templateUsed, strings.articleTemplates.names[template.id])}</span> : undefined}
        <span>{formatString(s.kindLabel, strings.articleKind[form.kind])}</span>
        <span>{strings.language[form.language]}</span>
      </div>
      {(props.origin || []).map(o => <p key={o} className={c.origin}>{o}</p>)}
      {(props.notices || []).map(n => <Notice key={n} messageBarType={MessageBarType.warning}>{n}</Notice>)}
      {session.offer ? (
        <Notice messageBarType={MessageBarType.warning} isMultiline actions={<div className={c.choices}>
          <PrimaryButton text={s.restore} onClick={session.restore} /><DefaultButton text={s.discard} onClick={session.discard} /></div>}>
          <strong>{s.restoreTitle}</strong> {formatString(s.restoreText, new Date(session.offer.savedAt).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR'))}
        </Notice>
      ) : undefined}
      {draft && draft.reviewComment && status === 'draft' ? (
        <Notice messageBarType={MessageBarType.info}><strong>{s.reviewComment}</strong> <span lang={form.language}>{draft.reviewComment}</span></Notice>
      ) : undefined}
      {status === 'published' && draft ? (
        <Notice messageBarType={MessageBarType.success}>{s.published} {draft.articleId ? <Link href={services.links.article(draft.articleId)}>{s.openArticle}</Link> : undefined}</Notice>
      ) : !editable ? (
        <Notice messageBarType={MessageBarType.info}>{status === 'review' && isAuthor ? s.readOnlyInReview : s.readOnly}</Notice>
      ) : undefined}
      {session.conflict ? (
        <ConflictView conflict={session.conflict} onChoose={session.resolve} busy={session.busy !== undefined} locale={locale} siteUrl={siteUrl}
          language={form.language} classes={c} strings={s} categoryName={categoryName} />
      ) : undefined}
      <div className={c.summary}><ErrorSummary title={s.errorTitle} problems={problems} attempt={attempt} /></div>
      {editable ? (
        <DraftFormFields form={form} setForm={session.setForm} services={services} languageOpen={!draft} excludeArticleId={draft && draft.articleId}
          problems={problems} locale={locale} siteUrl={siteUrl} uploadImage={session.uploadImage} onUploadingChange={setUploading} classes={c} strings={strings} />
      ) : (
        <DraftReadOnly form={form} siteUrl={siteUrl} classes={c} strings={s} categoryName={categoryName} />
      )}
      <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite" aria-atomic="true">
        {session.message ? <p className={session.message.tone === 'error' ? c.messageError : c.message}>{session.message.text}</p> : undefined}
        {uploading > 0 ? <span>{s.uploadingWait}</span> : undefined}
      </div>
      <div className={c.actions}>
        {editable ? <DefaultButton text={session.busy === 'save' ? s.saving : s.save} disabled={busy} onClick={() => { if (check(false)) session.save().catch(() => undefined); }} /> : undefined}
        {editable && status === 'draft' ? <PrimaryButton text={session.busy === 'submit' ? s.submitting : s.submit} disabled={busy} onClick={() => { if (check(true)) session.submit().catch(() => undefined); }} /> : undefined}
        {status === 'review' && draft && draft.author.id === actor.person.id ? <DefaultButton text={s.withdraw} disabled={busy} onClick={() => { session.withdraw().catch(() => undefined); }} /> : undefined}
      </div>
      {status === 'review' && reviewer && draft ? (
        <React.Suspense fallback={null}>
          <ReviewActions draft={draft} actor={actor} services={services} onDone={r => {
            // The step and its mails' fate, said here: ReviewActions is gone once the draft is read again.
            session.setMessage({ text: reviewOutcomeText(strings.articleReview, r), tone: 'success' });
            session.reread().catch(() => undefined);
          }} />
        </React.Suspense>
      ) : undefined}
    </div>
  );
}
