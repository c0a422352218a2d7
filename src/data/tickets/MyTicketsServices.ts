import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { HELP_CENTER_GROUPS } from '../schema';
import type { TicketStatus } from '../../domain/vocabulary';
import { StoredTicket, TicketPage, TicketPageData, TicketRepository } from './TicketRepository';

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
}

/** The field changes of a requester action (status codes from the domain vocabulary). */
export function requesterChanges(action: RequesterAction, now: Date): { changes: Record<string, unknown>; comment?: string } {
  switch (action.kind) {
    case 'answer': return { changes: { HCStatus: 'in_progress' as TicketStatus }, comment: action.text };
    case 'accept': return { changes: { HCStatus: 'closed' as TicketStatus, HCClosedAt: now.toISOString() } };
    case 'reopen': return { changes: { HCStatus: 'in_progress' as TicketStatus, HCClosedAt: null }, comment: action.text };
    case 'rate': {
      const rating = Math.round(action.rating);
      if (rating < 1 || rating > 5) throw new RangeError('A rating is between 1 and 5.');
      return { changes: { HCSatisfaction: rating, HCSatisfactionComment: (action.comment || '').slice(0, 2000) } };
    }
    default: throw new Error('Unknown action');
  }
}

/** MyTickets' services over PnPjs. */
export function createMyTicketsServices(sp: SPFI): MyTicketsServices {
  const repo = new TicketRepository(sp);
  let me: Promise<{ userId: number; isAgent: boolean }> | undefined;
  const viewer = (): Promise<{ userId: number; isAgent: boolean }> => {
    if (!me) {
      const [batched, execute] = sp.batched();
      const user = batched.web.currentUser.select('Id')();
      const groups = batched.web.currentUser.groups.select('Title')();
      const support = HELP_CENTER_GROUPS.filter(g => g.key === 'support')[0];
      me = execute().then(async () => ({
        userId: (await user as { Id: number }).Id,
        isAgent: !!support && (await groups as { Title: string }[]).some(g => g.Title === support.title)
      }));
    }
    return me;
  };
  return {
    viewer,
    list: async (tab, status) => {
      const { userId } = await viewer();
      return tab === 'mine' ? repo.mine(userId, { status }) : repo.filedBy(userId);
    },
    ticketPage: id => repo.ticketPage(id),
    addComment: (id, text) => repo.addComment(id, text),
    addAttachment: (id, name, content) => repo.addAttachment(id, name, content),
    async act(id, etag, action) {
      const { changes, comment } = requesterChanges(action, new Date());
      // The status is written first (with the ETag): if the desk changed the ticket meanwhile, nothing is
      // posted and the person keeps their text.
      const updated = await repo.update(id, etag, changes);
      if (comment && comment.trim()) await repo.addComment(id, comment.trim());
      return updated;
    }
  };
}
