import { informedFromTicket } from './notificationLog';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { viewerReader } from './viewer';
import type { TicketStatus } from '../../domain/vocabulary';
import { ClaimView, TicketPage, TicketPageData, TicketRepository } from './TicketRepository';
import { RequesterAction, addClaim } from './claims';
import { FollowedPage, FollowedRequest, followedRequest, followedRequests } from './followedRequests';

export type { RequesterAction } from './claims';
export type { FollowedPage, FollowedRequest, FollowedRequestSummary, SharedFile } from './followedRequests';

/** Everything the MyTickets ui needs. */
export interface MyTicketsServices {
  /** Who is looking, and whether they are an agent (who also files for other people). */
  viewer(): Promise<{ userId: number; isAgent: boolean }>;
  /** The person's own tickets, or (agents) those they filed for other people, newest first, optionally in one status. */
  list(tab: 'mine' | 'filedForOthers', status?: TicketStatus): Promise<TicketPage>;
  /** The ticket page in one round trip; undefined when the person cannot read it. */
  ticketPage(id: number): Promise<TicketPageData | undefined>;
  addAttachment(id: number, name: string, content: Blob): Promise<void>;
  /**
   * Sends a requester's action to the desk (answer, comment, accept, reopen, rate) as their claim: `key` is drawn
   * once per click (newClaimKey) and reused by a retry, so a retried click is one action. The desk applies it.
   */
  act(id: number, action: RequesterAction, key: string): Promise<ClaimView>;
  /** The requests the person is kept informed of (a professor, a referent), newest first. */
  followed(): Promise<FollowedPage>;
  /** One request the person is kept informed of, as the desk shows it to them, with the files the requester shared. */
  followedRequest(ticketId: number): Promise<FollowedRequest>;
}

/** MyTickets' services over PnPjs. */
export function createMyTicketsServices(sp: SPFI): MyTicketsServices {
  const repo = new TicketRepository(sp);
  const viewer = viewerReader(sp);
  // My requests' first render reads her first page and the requests she follows in ONE $batch (≤ 2 requests with
  // the viewer's): the first list('mine') and the first followed() share it; later calls (refresh, paging) read alone.
  let first: { page: Promise<TicketPage>; followed: Promise<FollowedPage> } | undefined;
  let used = { page: false, followed: false };
  const firstReads = async (): Promise<NonNullable<typeof first>> => {
    if (!first) {
      const { userId } = await viewer();
      if (!first) {
        let followed: Promise<FollowedPage> | undefined;
        const page = repo.mine(userId, { alongside: batched => { followed = followedRequests(batched, userId, undefined, sp); } });
        first = { page, followed: page.then(() => followed as Promise<FollowedPage>) };
      }
    }
    return first;
  };
  return {
    viewer,
    list: async (tab, status) => {
      if (tab === 'mine' && !status && !used.page) { used = { ...used, page: true }; return (await firstReads()).page; }
      const { userId } = await viewer();
      return tab === 'mine' ? repo.mine(userId, { status }) : repo.filedBy(userId);
    },
    // Who was informed comes from the desk's state (HCInformed): HelpNotifications is the support's.
    ticketPage: async id => {
      const page = await repo.ticketPage(id);
      return page && { ...page, informed: informedFromTicket(page.ticket.item.HCInformed || undefined) };
    },
    // A name SharePoint refuses, or one the ticket already has, is stored under a safe one instead of failing each retry.
    // (The naming rules load with the first file added: the page's first render does not need them.)
    addAttachment: async (id, name, content) => {
      const [{ safeAttachmentName }, files] = await Promise.all([
        import(/* webpackChunkName: 'help-center-file-names' */ '../../domain/intake/attachmentNames'), repo.attachments(id)]);
      return repo.addAttachment(id, safeAttachmentName(name, files.map(f => f.name)), content);
    },
    act: async (id, action, key) => addClaim(sp, id, action, key, (await viewer()).userId),
    followed: async () => {
      if (!used.followed) { used = { ...used, followed: true }; return (await firstReads()).followed; }
      return followedRequests(sp, (await viewer()).userId);
    },
    followedRequest: async ticketId => followedRequest(sp, (await viewer()).userId, ticketId)
  };
}
