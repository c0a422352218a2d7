import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { helpList } from '../../sp/lists';
import { isPreconditionFailed } from '../../sp/errors';
import type { GraphClientLike } from '../../notifications/types';
import {
  applyArticleAction, type ArticleAction, type ArticleApplyOk, type ArticleWorkflowItem
} from '../../../domain/knowledge/articleWorkflow';
import type { ArticleContent } from '../../../domain/knowledge/articleEditConflict';
import { DraftRepository } from './drafts';
import { AuthoringPeople } from './people';
import type { AuthoringLinks } from './mails';
import { ArticleWriter } from './publication';
import { ARTICLE_STATE_EXPAND, ARTICLE_STATE_SELECT, type ArticleStateRow, articleWorkflowItem, draftWorkflowItem } from './workflowItems';
import { contentOf } from './rows';
import { ArticleEditConflictError, ArticleWorkflowError, type AuthoringActor, type Draft, type DraftFile, type DraftInput, type PastedFile } from './types';

/** What a workflow step did: the draft or article as it now is, and whether its mails went (or wait for a reviewer). */
export interface StepResult { mails: 'sent' | 'deferred' | 'none' | 'failed' }

/**
 * Writing, reviewing and publishing knowledge articles. Who may publish is decided twice: by SharePoint (only the
 * reviewers group and owners write KnowledgeArticles: anyone else gets 403, over REST as here) and by the page
 * through articleWorkflow.ts (the category's reviewers, four eyes). Every write carries the ETag the person read.
 */
export class AuthoringService {
  public readonly drafts: DraftRepository;
  public readonly people: AuthoringPeople;
  private me?: Promise<AuthoringActor>;

  /**
   * @param sp PnPjs as the person who acts; @param graph SPFx's MSGraphClientV3 (mails); @param links the mails' links;
   * @param now the clock.
   */
  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly links: AuthoringLinks,
    private readonly now: () => Date = () => new Date()) {
    this.drafts = new DraftRepository(sp);
    this.people = new AuthoringPeople(sp);
  }

  /** The person acting (read once). */
  public actor(): Promise<AuthoringActor> {
    if (!this.me) this.me = this.people.actor();
    return this.me;
  }

  /** A new draft. */
  public createDraft(input: DraftInput): Promise<Draft> {
    return this.drafts.create(input);
  }

  /** Saves a draft's text with the ETag read (see DraftRepository.save). */
  public saveDraft(id: number, etag: string, content: ArticleContent, base?: ArticleContent): Promise<Draft> {
    return this.drafts.save(id, etag, content, base);
  }

  /** Stores pasted images as the draft's attachments; the editor continues with the ETag returned. */
  public addImages(id: number, files: PastedFile[]): Promise<{ files: DraftFile[]; etag: string }> {
    return this.drafts.addFiles(id, files);
  }

  /** A draft editing a published article, prefilled with its text (its version label is the draft's base). */
  public async draftFromArticle(articleId: number): Promise<Draft> {
    const row = await helpList(this.sp, 'KnowledgeArticles').items.getById(articleId)
      .select('Id', 'Title', 'HCSummary', 'HCBody', 'HCKeywords', 'HCQuestions', 'HCCategoryId', 'HCArticleKind', 'HCReviewDate', 'HCLanguage', 'HCTranslationOfId', 'HCSourceTicket')<Record<string, never>>();
    const r = row as unknown as { HCLanguage?: 'fr' | 'en'; HCTranslationOfId?: number; HCSourceTicket?: number };
    return this.drafts.create({ content: contentOf(row), language: r.HCLanguage || 'fr', articleId, translationOfId: r.HCTranslationOfId || undefined, sourceTicketId: r.HCSourceTicket || undefined });
  }

  /**
   * The author (or a reviewer) sends the draft to review: a claim the reviewers act on. The mail to the category's
   * reviewers is recorded now when this person may (a reviewer), else by the next reviewer's housekeeping.
   */
  public async submit(draftId: number, etag: string): Promise<StepResult> {
    const { draft, next } = await this.decide(draftId, etag, { type: 'submitForReview' });
    await this.drafts.writeState(draftId, etag, { HCDraftStatus: 'review', HCWorkflowSequence: next.article.version });
    return this.mail(next, draft.content.title, draft, { draftId });
  }

  /** The author takes her draft back from review (to change it before a reviewer reads it). */
  public async withdraw(draftId: number, etag: string): Promise<StepResult> {
    const { next } = await this.decide(draftId, etag, { type: 'withdraw' });
    await this.drafts.writeState(draftId, etag, { HCDraftStatus: 'draft', HCWorkflowSequence: next.article.version });
    return { mails: 'none' };
  }

  /** A reviewer sends the draft back to its author with a comment. */
  public async sendBack(draftId: number, etag: string, comment: string): Promise<StepResult> {
    const { draft, next } = await this.decide(draftId, etag, { type: 'sendBack', comment });
    await this.drafts.writeState(draftId, etag, { HCDraftStatus: 'draft', HCReviewComment: comment.trim(), HCWorkflowSequence: next.article.version });
    return this.mail(next, draft.content.title, draft, { draftId });
  }

  /**
   * A reviewer publishes the draft they read (its ETag): copied into KnowledgeArticles, the draft then marked
   * published and kept (the history of who wrote what), its author informed.
   */
  public async publish(draftId: number, etag: string, reviewDate?: Date): Promise<StepResult & { articleId: number }> {
    const me = await this.actor();
    const { draft, next } = await this.decide(draftId, etag, { type: 'publish', reviewDate });
    if (!me.canPublish) throw new ArticleWorkflowError('notAllowed');
    const published = next.article;
    const reviewDay = (published.reviewDate as Date).toISOString().slice(0, 10);
    let sequence = 0;
    if (draft.articleId) {
      const current = await this.articleState(draft.articleId);
      sequence = current.version;
    }
    const articleId = await new ArticleWriter(this.sp).publish({ ...draft, content: { ...draft.content, reviewDate: reviewDay } }, {
      HCStatus: 'published', HCPublishedAt: this.now().toISOString(), HCPublishedById: me.person.id, HCWorkflowSequence: sequence + 1
    });
    // Read again: the publication of a new article wrote HCArticle on the draft (its ETag moved).
    const after = (await this.drafts.get(draftId)) as Draft;
    await this.drafts.writeState(draftId, after.etag, { HCDraftStatus: 'published', HCArticleId: articleId, HCReviewComment: null, HCWorkflowSequence: published.version });
    return { ...(await this.mail(next, draft.content.title, draft, { articleId })), articleId };
  }

  /** The owner or a reviewer marks a published article outdated (readers see it flagged; a draft rewrites it). */
  public async markOutdated(articleId: number, reason?: string): Promise<StepResult> {
    await this.articleStep(articleId, { type: 'markOutdated', reason }, { HCStatus: 'outdated' });
    return { mails: 'none' };
  }

  /** One workflow action on a published article: the rules, then its columns and the next sequence (IF-MATCH). */
  private async articleStep(articleId: number, action: ArticleAction,
    values: Record<string, unknown> | ((next: ArticleWorkflowItem) => Record<string, unknown>)): Promise<void> {
    const me = await this.actor();
    const article = await this.articleState(articleId);
    const who = await this.people.reviewersOf(article.categoryId);
    const next = applyArticleAction(article, action, AuthoringPeople.workflowActor(me), this.now(), who);
    if (!next.ok) throw new ArticleWorkflowError(next.error);
    // The workflow lets an article's owner (a contributor) act on it; SharePoint lets only reviewers and owners write
    // what readers read: she asks a reviewer, or flags it as a reader does.
    if (!me.canPublish) throw new ArticleWorkflowError('notAllowed');
    const own = typeof values === 'function' ? values(next.article) : values;
    await this.writeArticle(articleId, article, { ...own, HCWorkflowSequence: next.article.version });
  }

  /**
   * An outdated article back to draft: taken from the readers (HCStatus draft) and a draft opened on its text, which
   * a reviewer publishes again. Its owner or a reviewer; SharePoint lets only a reviewer or an owner write it.
   */
  public async rewrite(articleId: number): Promise<Draft> {
    await this.articleStep(articleId, { type: 'rewrite' }, { HCStatus: 'draft' });
    return this.draftFromArticle(articleId);
  }

  /** The review-date reminder's answer: the published article is still right, due again at `reviewDate` (or in a year). */
  public async confirmReviewed(articleId: number, reviewDate?: Date): Promise<void> {
    await this.articleStep(articleId, { type: 'confirmReviewed', reviewDate }, next => ({ HCReviewDate: (next.reviewDate as Date).toISOString().slice(0, 10) + 'T00:00:00Z' }));
  }

  /** A reviewer restores an earlier version's text as the current one (a new version; the history keeps all). */
  public async restoreVersion(articleId: number, etag: string, versionLabel: string): Promise<void> {
    const me = await this.actor();
    const article = await this.articleState(articleId);
    const who = await this.people.reviewersOf(article.categoryId);
    if (!me.canPublish || !(me.isSiteOwner || who.reviewers.concat(who.siteOwners).some(r => r.id === me.person.id))) throw new ArticleWorkflowError('notAllowed');
    await new ArticleWriter(this.sp).restore(articleId, etag, versionLabel, { HCPublishedAt: this.now().toISOString(), HCPublishedById: me.person.id, HCWorkflowSequence: article.version + 1 });
  }

  /** The workflow's verdict on a draft action, with the draft read now (its ETag must be the one the person read). */
  private async decide(draftId: number, etag: string, action: ArticleAction): Promise<{ draft: Draft; next: ArticleApplyOk }> {
    const [me, draft] = await Promise.all([this.actor(), this.drafts.get(draftId)]);
    if (!draft) throw new ArticleWorkflowError('notAllowed');
    if (draft.etag !== etag) throw new ArticleEditConflictError(draftId);
    const who = await this.people.reviewersOf(draft.content.categoryId);
    const next = applyArticleAction(draftWorkflowItem(draft), action, AuthoringPeople.workflowActor(me), this.now(), who);
    if (!next.ok) throw new ArticleWorkflowError(next.error);
    return { draft, next };
  }

  private async articleState(articleId: number): Promise<ArticleWorkflowItem & { etag: string }> {
    const row = await helpList(this.sp, 'KnowledgeArticles').items.getById(articleId).select(...ARTICLE_STATE_SELECT).expand(...ARTICLE_STATE_EXPAND)<ArticleStateRow & { 'odata.etag'?: string }>();
    return { ...articleWorkflowItem(row), etag: row['odata.etag'] || '*' };
  }

  /** Workflow columns of an article with IF-MATCH; a counter's move in between is read again once. */
  private async writeArticle(articleId: number, read: { etag: string }, values: Record<string, unknown>): Promise<void> {
    const item = helpList(this.sp, 'KnowledgeArticles').items.getById(articleId);
    try {
      await item.update(values, read.etag);
    } catch (e) {
      if (!isPreconditionFailed(e)) throw e;
      const again = await this.articleState(articleId);
      if (again.version !== (values.HCWorkflowSequence as number) - 1) throw new ArticleEditConflictError(articleId);
      await item.update(values, again.etag);
    }
  }

  private async mail(next: ArticleApplyOk, title: string, draft: Draft, link: { draftId?: number; articleId?: number }): Promise<StepResult> {
    if (!next.informed.length) return { mails: 'none' };
    const me = await this.actor();
    if (me.mayRecordMails === false) return { mails: 'deferred' };
    try {
      // The mailer (templates, outbox) in its own chunk: loaded by a step that informs someone.
      const { ArticleMailer } = await import(/* webpackChunkName: 'help-center-article-mails' */ './mails');
      const sent = await new ArticleMailer(this.sp, this.graph, me.person.id).inform(next.informed, {
        title, language: draft.language, actorName: me.person.displayName || me.person.email, link: this.links(link)
      });
      if (sent === 'deferred') return { mails: 'deferred' };
      return { mails: sent.some(r => r.outcome === 'failed') ? 'failed' : 'sent' };
    } catch (e) {
      // The step is written: a mail that failed is retried by the housekeeping (same change key), never the step.
      console.error('[HelpCenter] The article workflow\'s mails failed:', e);
      return { mails: 'failed' };
    }
  }
}
