import * as React from 'react';
import * as DOMPurify from 'dompurify';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { ArticleDetail, ArticleSummary, ArticleVote, KnowledgeService } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { formatString } from '../common/format';
import type { FormClasses } from '../tickets/form/formStyles';

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  id: number;
  service: KnowledgeService;
  classes: FormClasses;
  onOpen(id: number): void;
  onClose(): void;
}

/** Article HTML as the page may show it: DOMPurify keeps formatting, drops scripts, handlers and frames. */
export function sanitizeArticle(html: string): string {
  const purify = ((DOMPurify as unknown as { default?: typeof DOMPurify }).default || DOMPurify) as unknown as { sanitize(h: string, o: object): string };
  return purify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'iframe'], FORBID_ATTR: ['style'] });
}

/** One article: sanitized body, attachments, the other language, related articles, "was this helpful?" and "outdated". Loaded lazily. */
export default function ArticleView(props: ArticleViewProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const [article, setArticle] = React.useState<ArticleDetail | undefined | 'missing'>();
  const [related, setRelated] = React.useState<ArticleSummary[]>([]);
  const [vote, setVote] = React.useState<ArticleVote>({ outdated: false });
  const [comment, setComment] = React.useState('');
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    let live = true;
    setArticle(undefined);
    setNotice(undefined);
    Promise.all([props.service.article(props.id), props.service.related(props.id, 4), props.service.myVote(props.id)]).then(([a, r, v]) => {
      if (!live) return;
      setArticle(a || 'missing');
      setRelated(r);
      if (v) { setVote(v); setComment(v.comment || ''); }
    }, (e: unknown) => { console.error('[HelpCenter] Loading the article failed:', e); if (live) setArticle('missing'); });
    return () => { live = false; };
  }, [props.service, props.id]);
  React.useEffect(() => { if (article && heading.current) heading.current.focus(); }, [article]);
  const close = <div><DefaultButton text={s.close} onClick={props.onClose} /></div>;
  if (!article) return <LoadingState label={s.loading} />;
  if (article === 'missing') return <MessageBar messageBarType={MessageBarType.warning} actions={close}>{s.articleNotFound}</MessageBar>;
  const send = (next: ArticleVote, done: string): void => {
    props.service.vote(article.id, next).then(() => { setVote(next); setNotice({ ok: true, text: done }); },
      (e: unknown) => { console.error('[HelpCenter] Saving the vote failed:', e); setNotice({ ok: false, text: s.voteFailed }); });
  };
  const other = article.language === 'fr' ? 'en' : 'fr';
  return (
    <article aria-labelledby="hc-article-title" className={c.form} style={{ maxWidth: 860 }}>
      {close}
      <h2 id="hc-article-title" tabIndex={-1} ref={heading}>{article.title}</h2>
      <p className={c.help}>
        {strings.language[article.language]}{' · '}{strings.articleKind[article.kind]}{' · '}
        {formatString(s.updated, new Date(article.modified).toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR'))}
      </p>
      {article.translationId ? <div><DefaultButton text={formatString(s.readIn, strings.language[other])} lang={other} onClick={() => props.onOpen(article.translationId as number)} /></div> : undefined}
      <div lang={article.language} dangerouslySetInnerHTML={{ __html: sanitizeArticle(article.bodyHtml) }} />
      {article.attachments.length ? (
        <section aria-labelledby="hc-article-files"><h3 id="hc-article-files">{s.attachments}</h3>
          <ul>{article.attachments.map(a => <li key={a.url}><a href={a.url} style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }}>{a.name}</a></li>)}</ul></section>
      ) : undefined}
      <section aria-labelledby="hc-helpful" className={c.panel}>
        <h3 id="hc-helpful">{s.helpfulQuestion}</h3>
        <div className={c.actions}>
          <DefaultButton text={s.yes} toggle checked={vote.helpful === true} onClick={() => setVote({ ...vote, helpful: true })} />
          <DefaultButton text={s.no} toggle checked={vote.helpful === false} onClick={() => setVote({ ...vote, helpful: false })} />
        </div>
        <div className={c.field}>
          <label htmlFor="hc-vote-comment" className={c.label}>{s.commentLabel}</label>
          <textarea id="hc-vote-comment" className={c.textarea} style={{ minHeight: 60 }} value={comment} onChange={e => setComment(e.target.value)} />
        </div>
        <div className={c.actions}>
          <PrimaryButton text={s.sendVote} disabled={vote.helpful === undefined} onClick={() => send({ ...vote, comment: comment.trim() || undefined }, s.thanks)} />
          <DefaultButton text={s.outdated} disabled={vote.outdated} onClick={() => send({ ...vote, outdated: true, comment: comment.trim() || undefined }, s.outdatedDone)} />
        </div>
        {notice ? <MessageBar messageBarType={notice.ok ? MessageBarType.success : MessageBarType.error}>{notice.text}</MessageBar> : undefined}
      </section>
      {related.length ? (
        <section aria-labelledby="hc-related"><h3 id="hc-related">{s.related}</h3>
          <ul>{related.map(r => <li key={r.id}><a href={`?article=${r.id}`} style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }} onClick={e => { e.preventDefault(); props.onOpen(r.id); }}>{r.title}</a></li>)}</ul></section>
      ) : undefined}
    </article>
  );
}
