import { informedFromTicket } from './notificationLog';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { viewerReader } from './viewer';
import type { TicketStatus } from '../../domain/vocabulary';
import { StoredTicket, TicketPage, TicketPageData, TicketRepository } from './TicketRepository';
import type { TicketActionService } from './TicketActionService';
import type { TicketAction } from '../../domain/tickets/actions';
import type { GraphClientLike } from '../notifications/types';

/** What a requester can do on their ticket. */
export type RequesterAction =
  | { kind: 'answer'; text: string }
  | { kind: 'accept' }
  | { kind: 'reopen'; text: string }
  | { kind: 'rate'; rating: number; comment?: string };

/** Everything the MyTickets ui needs. */
export interface MyTicketsServices {
  /** Who is looking, and whether they are an agent (who also files for other people). */
  viewer(): Promise<{ userId: number; isAgent: boolean }>;
  /** The person's own tickets, or (agents) those they filed for other people, newest first, optionally in one status. */
  list(tab: 'mine' | 'filedForOthers', status?: TicketStatus): Promise<TicketPage>;
  /** The ticket page in one round trip; undefined when the person cannot read it. */
  ticketPage(id: number): Promise<TicketPageData | undefined>;
  addComment(id: number, text: string): Promise<void>;
  addAttachment(id: number, name: string, content: Blob): Promise<void>;
  /** Applies a requester action, checked against the ETag read (TicketConflictError when someone changed it). */
  act(id: number, etag: string, action: RequesterAction): Promise<StoredTicket>;
  /** Sends the person's own mails recorded but not sent (Graph failed, a tab closed), each once. */
  retryUnsentMails(): Promise<void>;
}

/** The domain action of a requester's action. */
export function requesterAction(action: RequesterAction): TicketAction {
  switch (action.kind) {
    case 'answer': return { type: 'requesterAnswered', message: action.text };
    case 'accept': return { type: 'acceptResolution' };
    case 'reopen': return { type: 'reopen', reason: action.text };
    case 'rate': return { type: 'rate', rating: action.rating, comment: action.comment };
    default: throw new Error('Unknown action');
  }
}

/** MyTickets' services over PnPjs. */
export function createMyTicketsServices(sp: SPFI, graph: () => Promise<GraphClientLike>, ticketLink: (id: number) => string): MyTicketsServices {
  const repo = new TicketRepository(sp);
  // The domain, the outbox and the templates load with the first action, not with the list.
  let actions: Promise<TicketActionService> | undefined;
  const loadActions = (): Promise<TicketActionService> => {
    if (!actions) actions = import(/* webpackChunkName: 'help-center-actions' */ './TicketActionService').then(m => new m.TicketActionService(sp, graph, ticketLink));
    return actions;
  };
  const viewer = viewerReader(sp);
  return {
    viewer,
    list: async (tab, status) => {
      const { userId } = await viewer();
      return tab === 'mine' ? repo.mine(userId, { status }) : repo.filedBy(userId);
    },
    // Who was informed comes from the ticket itself (HCInformed): HelpNotifications shows a requester only their own rows.
    ticketPage: async id => {
      const page = await repo.ticketPage(id);
      return page && { ...page, informed: informedFromTicket(page.ticket.item.HCInformed || undefined) };
    },
    addComment: (id, text) => repo.addComment(id, text),
    addAttachment: (id, name, content) => repo.addAttachment(id, name, content),
    // Through the domain: guards, the ETag that was read (nothing is posted when the desk changed the
    // ticket meanwhile, and the person keeps their text), the message, and the mails to the assignee and watchers.
    act: async (id, etag, action) => (await (await loadActions()).act(id, etag, requesterAction(action))).ticket,
    // The outbox loads on its own, after the page: only the rows this person wrote (see NotificationOutbox.retryUnsent).
    retryUnsentMails: async () => {
      await (await import(/* webpackChunkName: 'help-center-outbox' */ '../notifications/retry')).retryUnsentMails(sp, graph);
    }
  };
}
