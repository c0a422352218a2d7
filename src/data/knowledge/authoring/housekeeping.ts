import type { SPFI } from '@pnp/sp';
import type { GraphClientLike } from '../../notifications/types';
import { applyArticleAction, type ArticleNotice } from '../../../domain/knowledge/articleWorkflow';
import { reviewReminders } from '../../../domain/knowledge/articleReviewDates';
import { ArticleMailer, type AuthoringLinks } from './mails';
import { AuthoringPeople } from './people';
import { ContributorQueue } from './queue';
import { draftWorkflowItem } from './workflowItems';
import type { Draft } from './types';

/** What a housekeeping run informed. */
export interface AuthoringHousekeepingReport {
  /** Drafts in review whose reviewers' mail was recorded (or found recorded) in this run. */
  submitted: number;
  /** Articles whose owner's review-date reminder was recorded (or found recorded). */
  reviewDue: number;
  /** Changes whose mails failed (left to the next run: same change keys). */
  failed: number;
  /** This person's own article mails recorded earlier but not sent, sent (or tried) in this run. */
  retried: number;
}

/**
 * The knowledge workflow's mails nobody could record when they happened, sent by a reviewer's or an owner's page
 * load (like the desk's intake): contributors cannot write ArticleNotifications, so a draft they send to review is
 * told to its category's reviewers here, under the change key the submission made (article:<draft>:<n>:
 * submitForReview) — recorded once, however many runs and reviewers. And the review-date reminders, once per due
 * date, to each article's owner; and this person's own article mails that did not go. Runs after 'deferred' steps
 * are harmless: the outbox looks every key up first.
 */
export class AuthoringHousekeeping {
  /**
   * @param sp PnPjs as a reviewer or an owner; @param graph SPFx's MSGraphClientV3; @param links the mails' links;
   * @param senderId their site user id.
   */
  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly links: AuthoringLinks,
    private readonly senderId: number) {}

  /** One run: submissions told to reviewers, reminders of the review dates come by `today`. */
  public async run(today: Date = new Date()): Promise<AuthoringHousekeepingReport> {
    const people = new AuthoringPeople(this.sp);
    const queue = new ContributorQueue(this.sp, people);
    const mailer = new ArticleMailer(this.sp, this.graph, this.senderId);
    const report: AuthoringHousekeepingReport = { submitted: 0, reviewDue: 0, failed: 0, retried: 0 };
    // This person's own mails of earlier steps that did not go (Graph failed, the tab closed) go first.
    report.retried = (await mailer.retryUnsent(today)).length;
    for (const draft of await queue.draftsInReview()) {
      const notices = await this.submissionNotices(draft, people, today);
      if (!notices.length) continue;
      const sent = await mailer.inform(notices, { title: draft.content.title, language: draft.language, actorName: draft.author.displayName || draft.author.email, link: this.links({ draftId: draft.id }) });
      if (sent === 'deferred' || sent.some(r => r.outcome === 'failed')) report.failed++;
      else report.submitted++;
    }
    const due = await queue.dueForReview(today);
    const reviewersById: { [id: string]: Awaited<ReturnType<AuthoringPeople['reviewersOf']>> } = {};
    for (const a of due) reviewersById[String(a.id)] = await people.reviewersOf(a.categoryId);
    const reminders = reviewReminders(due, today, a => reviewersById[String(a.id)].reviewers);
    for (const a of due) {
      const mine = reminders.filter(n => n.articleId === a.id);
      if (!mine.length) continue;
      const sent = await mailer.inform(mine, { title: a.title, language: a.language, actorName: '', link: this.links({ articleId: a.id }) });
      if (sent === 'deferred' || sent.some(r => r.outcome === 'failed')) report.failed++;
      else report.reviewDue++;
    }
    return report;
  }

  /**
   * The articles' counters (views, votes), once a day per browser: since only reviewers and owners write
   * KnowledgeArticles, their pages recount (the desk's agents no longer can). Never the page's concern when it fails.
   */
  public refreshCountersDaily(): Promise<number | undefined> {
    return import(/* webpackChunkName: 'help-center-knowledge-stats' */ '../statsSchedule')
      .then(m => m.refreshArticleStatsDaily(this.sp, `hc-kb-stats|${this.sp.web.toUrl()}`))
      .catch((e: unknown) => { console.warn('[HelpCenter] Refreshing the articles\' counters failed:', e); return undefined; });
  }

  /**
   * The notices the submission of a draft in review made: the workflow applied again to the draft as it was before
   * (one change earlier, by its author), which yields the same change key and recipients.
   */
  private async submissionNotices(draft: Draft, people: AuthoringPeople, today: Date): Promise<ArticleNotice[]> {
    const before = { ...draftWorkflowItem(draft), status: 'draft' as const, submittedBy: undefined, version: Math.max(0, draft.sequence - 1) };
    const author = { person: draft.author, isSiteOwner: false, isContributor: true };
    const applied = applyArticleAction(before, { type: 'submitForReview' }, author, today, await people.reviewersOf(draft.content.categoryId));
    return applied.ok ? applied.informed : [];
  }
}
