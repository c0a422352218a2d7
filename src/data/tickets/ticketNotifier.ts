import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Actor, Ticket } from '../../domain/tickets/model';
import type { DomainEvent } from '../../domain/tickets/actions';
import type { RawHelpTeamsItem } from '../schema/items.generated';
import { NotificationOutbox } from '../notifications/NotificationOutbox';
import type { GraphClientLike, NotificationRecipient, SenderMode } from '../notifications/types';
import { settingsSenderMode, settingsTemplateSource } from '../notifications/templateSource';
import { languagesOfUsers } from '../notifications/languages';
import { withApprovalTemplates } from './approvalTemplates';
import { MAIL_STATUS_LABELS } from '../../loc/mail/labels';
import { helpList } from '../sp/lists';
import { idIn } from '../sp/odata';

/** Builds the link to a ticket put in the mails (`approval`: the page where the named approver decides that request). */
export type TicketLinks = (id: number, purpose?: 'approval', request?: { ticketId: number; requestSequence: number; approverId?: number; token?: string }) => string;

/** The template each event is told with (HelpSettings `notifications.template.<key>`). */
export function templateFor(e: DomainEvent): string {
  if (e.type === 'askForInformation') return 'awaiting_user';
  if (e.type === 'resolve' || e.type === 'resolvedByProblem') return 'ticket_resolved';
  // People the desk now keeps informed learn of the request as it was filed.
  if (e.type === 'file' || e.type === 'confirmWatchers') return 'ticket_created';
  if (e.type === 'decideApproval') return 'approval_decided';
  if (e.type === 'rate') return 'ticket_rated';
  return 'status_changed';
}

/**
 * Tells the people a change informs (the domain's events and their recipients) through the notification outbox,
 * each in their language, under the domain's change keys (a retried action is recorded and sent once). Only the
 * desk runs it: HelpNotifications is the support group's and the owners'.
 */
export class TicketNotifier {
  /** @param sp PnPjs bound to the help center site; @param graph SPFx's MSGraphClientV3; @param links the mails' links. */
  /** The sender mode (HelpSettings `notifications.sender`), read once per notifier, not once per mail. */
  private readonly senderMode: () => Promise<SenderMode>;

  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly links: TicketLinks) {
    // Read once per desk session (an owner's switch applies from the next page load); a failed read is tried again.
    let read = settingsSenderMode(sp);
    this.senderMode = () => read().catch((e: unknown) => { read = settingsSenderMode(sp); throw e; });
  }

  /** Records and sends the events' mails; false when one could not be sent yet (it stays in the outbox and is retried). */
  public async notify(ticket: Ticket, events: DomainEvent[], actor: Actor, senderId: number = actor.person.id): Promise<boolean> {
    if (!events.some(e => e.recipients.length)) return true;
    let ok = true;
    try {
      const outbox = new NotificationOutbox(this.sp, await this.graph(), withApprovalTemplates(settingsTemplateSource(this.sp)), senderId, { senderMode: this.senderMode });
      const queues = await this.queueAddresses(events);
      // Each person's language from their profile, found by their login name (UPN), not their e-mail address.
      const people: number[] = [];
      events.forEach(e => e.recipients.forEach(r => { if (r.person && r.person.email && !r.person.language) people.push(r.person.id); }));
      const langs = await languagesOfUsers(this.sp, people);
      for (const e of events) {
        // The approver of a request gets their own mail, with the link to the page where they decide.
        const groups: { template: string; link: string; recipients: NotificationRecipient[] }[] = [
          { template: templateFor(e), link: this.links(ticket.id), recipients: [] },
          { template: 'approval_requested', link: this.links(ticket.id, 'approval', ticket.approval && ticket.approval.requestSequence !== undefined
            ? { ticketId: ticket.id, requestSequence: ticket.approval.requestSequence, approverId: ticket.approval.approver.id, token: ticket.approval.token } : undefined),
            recipients: [] }
        ];
        e.recipients.forEach(r => {
          const group = groups[e.type === 'requestApproval' && r.role === 'approver' ? 1 : 0];
          if (r.person && r.person.email) {
            const language = r.person.language || langs[r.person.id] || ticket.language;
            group.recipients.push({ email: r.person.email, displayName: r.person.displayName || r.person.email, language });
          }
          else if (r.role === 'teamQueue' && r.teamId && queues[r.teamId]) group.recipients.push({ email: queues[r.teamId], displayName: queues[r.teamId], language: 'fr' });
        });
        const details = e.details || {};
        const approval = ticket.approval;
        for (const g of groups) {
          if (!g.recipients.length) continue;
          const results = await outbox.notify({
            ticketId: ticket.id, changeKey: e.changeKey, template: g.template, recipients: g.recipients,
            values: {
              ticketId: ticket.id, title: ticket.title, status: MAIL_STATUS_LABELS[e.toStatus], link: g.link, agentName: actor.person.displayName,
              requesterName: ticket.requester.displayName, message: details.message || details.reason, resolution: ticket.resolution,
              approverName: approval ? approval.approver.displayName || approval.approver.email : undefined,
              decisionFr: details.decision === 'approved' ? 'accordée' : details.decision === 'refused' ? 'refusée' : undefined,
              decisionEn: details.decision, ...details
            }
          });
          ok = ok && results.every(r => r.outcome !== 'failed');
        }
      }
    } catch (e) {
      console.error('[HelpCenter] Notifications could not be recorded or sent:', e);
      ok = false;
    }
    return ok;
  }

  private async queueAddresses(events: DomainEvent[]): Promise<{ [teamId: number]: string }> {
    const ids: number[] = [];
    events.forEach(e => e.recipients.forEach(r => { if (r.role === 'teamQueue' && r.teamId && ids.indexOf(r.teamId) < 0) ids.push(r.teamId); }));
    if (!ids.length) return {};
    const rows = await helpList(this.sp, 'HelpTeams').items.select('Id', 'HCQueueEmail').filter(idIn(ids)).top(ids.length)() as Pick<RawHelpTeamsItem, 'Id' | 'HCQueueEmail'>[];
    const out: { [teamId: number]: string } = {};
    rows.forEach(r => { if (r.HCQueueEmail) out[r.Id] = r.HCQueueEmail; });
    return out;
  }
}
