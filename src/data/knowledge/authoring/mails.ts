import type { SPFI } from '@pnp/sp';
import { NotificationOutbox } from '../../notifications/NotificationOutbox';
import { mailTemplateSource } from '../../notifications/templateCatalog';
import { ARTICLE_MAIL } from '../../notifications/mailTemplates/article';
import type { DeliveryResult, GraphClientLike, NotificationRecipient } from '../../notifications/types';
import { httpStatus } from '../../sp/errors';
import type { ArticleNotice } from '../../../domain/knowledge/articleWorkflow';
import type { Language } from '../../../domain/vocabulary';

/** The knowledge workflow's outbox list. */
const ARTICLE_OUTBOX = 'ArticleNotifications';

/** Where a mail's link leads: the draft in the editor, or the published article. */
export type AuthoringLinks = (target: { draftId?: number; articleId?: number }) => string;

/** The mail each event is told with; the workflow's other events inform nobody by mail. */
const TEMPLATE_OF: { [event: string]: string | undefined } = {
  submitForReview: ARTICLE_MAIL.submitted,
  sendBack: ARTICLE_MAIL.sentBack,
  publish: ARTICLE_MAIL.published,
  reviewDue: ARTICLE_MAIL.reviewDue
};

/** What a change's mails say besides each notice's details. */
export interface ArticleMailContext {
  title: string;
  language: Language;
  actorName: string;
  link: string;
}

/**
 * The knowledge workflow's mails through the notification outbox, in its own list (ArticleNotifications, never the
 * tickets' HelpNotifications): one row per change and recipient under the notice's change key
 * (`article:<id>:<sequence>:<event>`), so a retry of the same change mails nobody twice. Reviewers, agents and owners
 * record mails there, so a reviewer's publish or send back is told at once; contributors may not (a row of theirs
 * could take a key first): their submission is told to the reviewers by the next reviewer's, agent's or owner's
 * housekeeping (see AuthoringHousekeeping), and `inform` answers 'deferred' meanwhile.
 */
export class ArticleMailer {
  /**
   * @param sp PnPjs as the person who acts; @param graph SPFx's MSGraphClientV3; @param senderId their site user id.
   */
  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly senderId: number) {}

  /** Records and sends the notices of one change; 'deferred' when this person may not record mail. */
  public async inform(notices: ArticleNotice[], context: ArticleMailContext): Promise<DeliveryResult[] | 'deferred'> {
    const byKey: { [key: string]: ArticleNotice[] } = {};
    const keys: string[] = [];
    notices.forEach(n => {
      if (!TEMPLATE_OF[n.event] || !n.recipient.email) return;
      if (!byKey[n.changeKey]) { byKey[n.changeKey] = []; keys.push(n.changeKey); }
      byKey[n.changeKey].push(n);
    });
    if (!keys.length) return [];
    const outbox = await this.outbox();
    const results: DeliveryResult[] = [];
    for (const key of keys) {
      const group = byKey[key];
      const details = group[0].details;
      const recipients: NotificationRecipient[] = group.map(n => ({
        email: n.recipient.email, displayName: n.recipient.displayName || n.recipient.email, language: n.recipient.language || context.language
      }));
      try {
        results.push(...await outbox.notify({
          changeKey: key,
          template: TEMPLATE_OF[group[0].event] as string,
          recipients,
          values: {
            title: context.title, actorName: context.actorName, link: context.link,
            comment: details.comment || '', reviewDate: details.reviewDate ? dayInWords(details.reviewDate) : ''
          }
        }));
      } catch (e) {
        // Only reviewers, agents and owners may write ArticleNotifications.
        if (httpStatus(e) === 403 || httpStatus(e) === 404) return 'deferred';
        throw e;
      }
    }
    return results;
  }

  /**
   * This person's own article mails recorded in the last days and not sent (Graph failed, the tab closed): sent now,
   * once (the outbox's claim). Nothing for someone who cannot read the article outbox.
   */
  public async retryUnsent(now: Date = new Date()): Promise<DeliveryResult[]> {
    return (await this.outbox()).retryUnsent(now);
  }

  private async outbox(): Promise<NotificationOutbox> {
    return new NotificationOutbox(this.sp, await this.graph(), mailTemplateSource(this.sp), this.senderId, { list: ARTICLE_OUTBOX });
  }
}

/** A `YYYY-MM-DD` day as each language writes it ("10 mars 2027", "10 March 2027"): the recipient's is kept. */
export function dayInWords(day: string): { fr: string; en: string } {
  const at = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (isNaN(at.getTime())) return { fr: day, en: day };
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
  return { fr: at.toLocaleDateString('fr-FR', options), en: at.toLocaleDateString('en-GB', options) };
}
