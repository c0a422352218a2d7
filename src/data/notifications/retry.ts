import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { DeliveryResult, GraphClientLike } from './types';

/**
 * The outbox's retry as the desk's housekeeping runs it when the desk loads: the person's own mails recorded in the
 * last days but not sent (Graph failed, a tab closed mid-way) are rendered and sent now, each once even when other
 * tabs run it at the same time (see NotificationOutbox), in both outboxes (tickets' and articles'). Rows queued
 * for the server-side flow are left to it. The outbox loads with it, not with the desk's queues.
 */
export async function retryUnsentMails(sp: SPFI, graph: () => Promise<GraphClientLike>, now: Date = new Date()): Promise<DeliveryResult[]> {
  // The built-in templates come with it: a retried mail may be written with one no owner stored.
  const [{ NotificationOutbox }, { mailTemplateSource }] = await Promise.all([
    import(/* webpackChunkName: 'help-center-outbox' */ './NotificationOutbox'),
    import(/* webpackChunkName: 'help-center-outbox' */ './templateCatalog')
  ]);
  const me = await sp.web.currentUser.select('Id')<{ Id: number }>();
  const client = await graph();
  const tickets = await new NotificationOutbox(sp, client, mailTemplateSource(sp), me.Id).retryUnsent(now);
  // The knowledge workflow's own outbox: an agent's or an owner's article mails (someone without access has none).
  const articles = await new NotificationOutbox(sp, client, mailTemplateSource(sp), me.Id, { list: 'ArticleNotifications' }).retryUnsent(now);
  return tickets.concat(articles);
}
