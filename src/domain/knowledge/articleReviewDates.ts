/**
 * Review dates: the published articles whose review date has come, and the owner's reminder, once per due date.
 * The housekeeping run calls reviewReminders every day; the outbox's change key makes the repeats harmless.
 */
import type { PersonRef } from '../tickets/model';
import { ArticleNotice, ArticleRecipientRole, ArticleWorkflowItem, dayStart, responsible } from './articleWorkflow';

const DAY_MS = 86400000;

/** A published article whose review date has come (today or earlier), oldest due first. */
export function articlesDueForReview<T extends ArticleWorkflowItem>(articles: T[], today: Date): T[] {
  const limit = dayStart(today);
  return articles
    .filter(a => a.status === 'published' && a.reviewDate !== undefined && dayStart(a.reviewDate) <= limit)
    .sort((x, y) => (x.reviewDate as Date).getTime() - (y.reviewDate as Date).getTime() || x.id - y.id);
}

/**
 * The review-date reminders to send today: one per article due and per due date (the key names the date, so a run
 * that repeats every day informs once until the date is moved). To the owner; to the category's reviewers when
 * the article has no owner nor author left.
 */
export function reviewReminders(articles: ArticleWorkflowItem[], today: Date, reviewersOf: (a: ArticleWorkflowItem) => PersonRef[]): ArticleNotice[] {
  const out: ArticleNotice[] = [];
  for (const a of articlesDueForReview(articles, today)) {
    const due = (a.reviewDate as Date).toISOString().slice(0, 10);
    const changeKey = `article:${a.id}:review-${due}:reviewDue`;
    const owner = responsible(a);
    const to: { person: PersonRef; role: ArticleRecipientRole }[] = owner ? [{ person: owner, role: 'owner' }] : reviewersOf(a).map(r => ({ person: r, role: 'reviewer' as ArticleRecipientRole }));
    const overdueDays = Math.floor((dayStart(today) - dayStart(a.reviewDate as Date)) / DAY_MS);
    for (const r of to) {
      if (out.some(n => n.changeKey === changeKey && n.recipient.id === r.person.id)) continue;
      out.push({ recipient: r.person, role: r.role, event: 'reviewDue', articleId: a.id, changeKey, details: { reviewDate: due, overdueDays: String(overdueDays) } });
    }
  }
  return out;
}
