import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBarType, Notice } from '../common/Notice';
import type { ArticleDetail, ArticleVote, KnowledgeService } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Pill } from '../common/pills';
import { dayText, isoText } from '../common/dates';
import { formatString } from '../common/format';
import { useAlive, useLoad } from '../common/useLoad';
import { ResultsShimmer } from './ResultsShimmer';
import type { KnowledgeClasses } from './knowledgeStyles';
import { sanitizeArticleHtml } from '../authoring/editor/sanitizeArticleHtml';

// The comment field and "send" load once the reader answers (most readers read and leave): not with the article.
const FeedbackComment = React.lazy(() => import(/* webpackChunkName: 'help-center-article-feedback' */ './FeedbackComment'));

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  id: number;
  service: KnowledgeService;
  classes: KnowledgeClasses;
  /** Opens another article (the other language, a related one) in its place. */
  onOpen(id: number): void;
  /** Back to the search ("back" button or Escape). */
  onClose(): void;
}

/**
 * Article HTML as the page may show it: the same allow-list as the editor saves with (sanitizeArticleHtml: no
 * script, handler, frame, style or `javascript:` link; images only as the site's list attachments).
 */
export function sanitizeArticle(html: string, siteUrl?: string): string {
  return sanitizeArticleHtml(html, { siteUrl });
}

/** One article: sanitized body, attachments, the other language, related articles, "was this helpful?" and "outdated". Loaded lazily. */
export default function ArticleView(props: ArticleViewProps): React.ReactElement {
  const { strings, locale, siteUrl } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const svc = props.service;
  const { state } = useLoad(() => Promise.all([svc.article(props.id), svc.related(props.id, 4), svc.myVote(props.id)])
    .catch((e: unknown) => { console.error('[HelpCenter] Loading the article failed:', e); throw e; }), [svc, props.id]);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const article = state.value && state.value[0];
  React.useEffect(() => { if (article && heading.current) heading.current.focus(); }, [article]);
  const back = <div><DefaultButton text={s.close} onClick={props.onClose} /></div>;
  if (state.status === 'loading') return <ResultsShimmer label={s.loading} classes={c} count={1} />;
  if (!article) return <Notice messageBarType={MessageBarType.warning} actions={back}>{s.articleNotFound}</Notice>;
  const related = (state.value && state.value[1]) || [];
  const onKeyDown = (e: React.KeyboardEvent): void => { if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); props.onClose(); } };
  const other = article.language === 'fr' ? 'en' : 'fr';
  return (
    <article aria-labelledby="hc-article-title" className={c.article} onKeyDown={onKeyDown}>
      {back}
      <h2 id="hc-article-title" tabIndex={-1} ref={heading} className={c.heading} lang={article.language}>{article.title}</h2>
      <div className={c.meta}>
        <Pill tone="info">{strings.language[article.language]}</Pill>
        <span>{strings.articleKind[article.kind]}</span>
        <time dateTime={isoText(article.modified)}>{formatString(s.updated, dayText(article.modified, locale))}</time>
      </div>
      {article.translationId ? <div><DefaultButton text={formatString(s.readIn, strings.language[other])} lang={other} onClick={() => props.onOpen(article.translationId as number)} /></div> : undefined}
      <div className={c.body} lang={article.language} dangerouslySetInnerHTML={{ __html: sanitizeArticle(article.bodyHtml, siteUrl) }} />
      {article.attachments.length ? (
        <section aria-labelledby="hc-article-files"><h3 id="hc-article-files" className={c.sectionHeading}>{s.attachments}</h3>
          <ul className={c.links}>{article.attachments.map(a => <li key={a.url}><Link href={a.url}>{a.name}</Link></li>)}</ul></section>
      ) : undefined}
      <ArticleFeedback key={article.id} article={article} initialVote={state.value && state.value[2]} service={svc} classes={c} />
      {related.length ? (
        <section aria-labelledby="hc-related"><h3 id="hc-related" className={c.sectionHeading}>{s.related}</h3>
          <ul className={c.links}>{related.map(r => (
            <li key={r.id}><Link href={`?article=${r.id}`} lang={r.language} onClick={e => { e.preventDefault(); props.onOpen(r.id); }}>{r.title}</Link></li>
          ))}</ul></section>
      ) : undefined}
    </article>
  );
}

/** "Was this article helpful?": yes/no as toggle buttons, a comment, and "outdated"; the person's earlier vote is shown. */
function ArticleFeedback(props: { article: ArticleDetail; initialVote?: ArticleVote; service: KnowledgeService; classes: KnowledgeClasses }): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const alive = useAlive();
  const [vote, setVote] = React.useState<ArticleVote>(props.initialVote || { outdated: false });
  const [comment, setComment] = React.useState((props.initialVote && props.initialVote.comment) || '');
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>();
  const send = (next: ArticleVote, done: string): void => {
    props.service.vote(props.article.id, next).then(() => { if (alive()) { setVote(next); setNotice({ ok: true, text: done }); } },
      (e: unknown) => { console.error('[HelpCenter] Saving the vote failed:', e); if (alive()) setNotice({ ok: false, text: s.voteFailed }); });
  };
  return (
    <section aria-labelledby="hc-helpful" className={c.helpful}>
      <h3 id="hc-helpful" className={c.sectionHeading}>{s.helpfulQuestion}</h3>
      <div className={c.actions}>
        <DefaultButton text={s.yes} toggle checked={vote.helpful === true} onClick={() => setVote({ ...vote, helpful: true })} />
        <DefaultButton text={s.no} toggle checked={vote.helpful === false} onClick={() => setVote({ ...vote, helpful: false })} />
      </div>
      {vote.helpful !== undefined ? (
        <React.Suspense fallback={<></>}>
          <FeedbackComment comment={comment} onComment={setComment} classes={c} onSend={() => send({ ...vote, comment: comment.trim() || undefined }, s.thanks)} />
        </React.Suspense>
      ) : undefined}
      <div className={c.actions}>
        <DefaultButton text={s.outdated} disabled={vote.outdated} onClick={() => send({ ...vote, outdated: true, comment: comment.trim() || undefined }, s.outdatedDone)} />
      </div>
      {notice ? <Notice messageBarType={notice.ok ? MessageBarType.success : MessageBarType.error}>{notice.text}</Notice> : undefined}
    </section>
  );
}
