import type { SPFI } from '@pnp/sp';
import { NotificationOutbox } from '../notifications/NotificationOutbox';
import { mailTemplateSource } from '../notifications/templateCatalog';
import { IDEA_MAIL, IDEA_STATUS_WORDS, NO_ANSWER_WORDS } from '../notifications/mailTemplates/idea';
import { languagesOfUsers } from '../notifications/languages';
import type { DeliveryResult, GraphClientLike } from '../notifications/types';
import { ideaChangeKey, type IdeaPerson } from '../../domain/ideas';
import type { IdeaStatus } from '../../domain/vocabulary';
import type { IdeaMailsOutcome } from './types';

/** What a status change's mail says. */
export interface IdeaChange {
  ideaId: number;
  title: string;
  sequence: number;
  status: IdeaStatus;
  answer: string;
  actorName: string;
  link: string;
}

/**
 * The idea box's mails through the notification outbox, in its own list (IdeaNotifications: the team's and the
 * owners' only), one row per change and recipient under `idea:<id>:<sequence>:<status>|<address>`: a retried
 * change mails nobody twice. Each recipient reads the mail in their own language (their profile's).
 */
export class IdeaMailer {
  /** @param sp PnPjs as the team member; @param graph SPFx's MSGraphClientV3; @param senderId their site user id. */
  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly senderId: number) {}

  /** Records and sends the change's mails to these people. */
  public async inform(change: IdeaChange, people: IdeaPerson[]): Promise<{ outcome: IdeaMailsOutcome; results: DeliveryResult[] }> {
    if (!people.length) return { outcome: 'none', results: [] };
    const languages = await languagesOfUsers(this.sp, people.map(p => p.id));
    const results = await (await this.outbox()).notify({
      changeKey: ideaChangeKey(change.ideaId, change.sequence, change.status),
      template: IDEA_MAIL.statusChanged,
      recipients: people.map(p => ({ email: p.email, displayName: p.displayName || p.email, language: languages[p.id] || 'fr' })),
      values: {
        title: change.title, status: IDEA_STATUS_WORDS[change.status], answer: change.answer.trim() || NO_ANSWER_WORDS,
        actorName: change.actorName, link: change.link
      }
    });
    const failed = results.some(r => r.outcome === 'failed');
    const queued = results.some(r => r.outcome === 'queued');
    return { outcome: failed ? 'failed' : queued ? 'queued' : 'sent', results };
  }

  /** The team member's own idea mails recorded and not sent (Graph failed, the tab closed): sent now, once. */
  public async retryUnsent(now: Date = new Date()): Promise<DeliveryResult[]> {
    return (await this.outbox()).retryUnsent(now);
  }

  private async outbox(): Promise<NotificationOutbox> {
    return new NotificationOutbox(this.sp, await this.graph(), mailTemplateSource(this.sp), this.senderId, { list: 'IdeaNotifications' });
  }
}
