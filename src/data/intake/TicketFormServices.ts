import { appendInformed } from '../../domain/tickets/informed';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { GraphClientLike, NotificationRecipient } from '../notifications/types';
import { NewTicketInput, TicketAttachment, TicketRepository } from '../tickets/TicketRepository';
import { IntakeFormData, IntakeService, PersonOption } from './IntakeService';
import type { Language } from '../../domain/vocabulary';

/** A person named on the form (watcher), with what the mail needs. */
export interface NamedPerson extends PersonOption {
  siteUserId: number;
}

/** What the form submits. */
export interface TicketSubmission {
  ticket: NewTicketInput;
  attachments: TicketAttachment[];
  watchers: NamedPerson[];
  requester: { displayName: string; email: string; language: Language };
  /** The person an agent files for (they become the ticket's requester). */
  beneficiary?: NamedPerson;
  /** The team's queue address, informed of every new ticket. */
  queueEmail?: string;
  teamName: string;
  /** Absolute link to the ticket's page (MyTickets). */
  ticketLink: (id: number) => string;
  /** The team's calendar (HelpTeams.HCBusinessHours) and the category's resolution target: the due date is counted in business hours. */
  sla?: { calendarJson?: string; resolutionHours?: number };
}

/** The resolution due date in the team's business hours (the SLA module loads with the submit, not the form). */
async function dueDate(sla: TicketSubmission['sla'], from: Date): Promise<string | undefined> {
  if (!sla || !sla.calendarJson || !sla.resolutionHours) return undefined;
  const m = await import(/* webpackChunkName: 'help-center-sla' */ '../../domain/sla');
  const parsed = m.parseCalendar(sla.calendarJson);
  return parsed.ok ? m.addBusinessMinutes(parsed.calendar, from, sla.resolutionHours * 60).toISOString() : undefined;
}

/** The result the confirmation shows. */
export interface SubmitResult {
  ticketId: number;
  /** False when the ticket is recorded but a mail could not be sent yet (retried on the next desk load). */
  mailSent: boolean;
}

/** Everything the TicketForm ui needs from SharePoint and Graph. */
export interface TicketFormServices {
  loadFormData(): Promise<IntakeFormData>;
  searchPeople(query: string): Promise<PersonOption[]>;
  ensureUserId(loginName: string): Promise<number>;
  submit(submission: TicketSubmission): Promise<SubmitResult>;
}

/**
 * The form's services over PnPjs and the Graph client of SPFx (`msGraphClientFactory.getClient('3')`):
 * the ticket is created idempotently, then the requester, the watchers and the team's queue are informed
 * through the notification outbox (a failed mail never loses the ticket: it is retried later).
 */
export function createTicketFormServices(sp: SPFI, graph: () => Promise<GraphClientLike>): TicketFormServices {
  const intake = new IntakeService(sp);
  const tickets = new TicketRepository(sp);
  let currentUserId: Promise<number> | undefined;
  const me = (): Promise<number> => {
    if (!currentUserId) currentUserId = sp.web.currentUser.select('Id')().then((u: { Id: number }) => u.Id);
    return currentUserId;
  };
  return {
    loadFormData: () => intake.loadFormData(),
    searchPeople: (query: string) => intake.searchPeople(query),
    ensureUserId: (loginName: string) => intake.ensureUserId(loginName),
    async submit(s: TicketSubmission): Promise<SubmitResult> {
      const due = s.ticket.dueDate || await dueDate(s.sla, new Date()).catch(() => undefined);
      // Filed for someone else: they are the requester the mail speaks to.
      const requester = s.beneficiary ? { email: s.beneficiary.email, displayName: s.beneficiary.displayName } : s.requester;
      // Who the filing informs, on the ticket itself (the requester cannot read HelpNotifications' other rows).
      const informed = appendInformed(undefined, [{
        at: new Date().toISOString(), event: 'file',
        to: [{ role: s.beneficiary ? 'beneficiary' : 'requester', name: requester.displayName, email: requester.email },
          ...s.watchers.map(w => ({ role: 'watcher' as const, name: w.displayName, email: w.email })),
          ...(s.queueEmail ? [{ role: 'teamQueue' as const, name: s.teamName || '' }] : [])]
      }]);
      const created = await tickets.create({ ...s.ticket, dueDate: due, informed }, s.attachments);
      const id = created.item.Id;
      try {
        // The outbox and its template engine load only when a mail is due: they are not in the form's first bundle.
        const [{ NotificationOutbox }, { settingsTemplateSource }, { languagesFor }] = await Promise.all([
          import(/* webpackChunkName: 'help-center-outbox' */ '../notifications/NotificationOutbox'),
          import(/* webpackChunkName: 'help-center-outbox' */ '../notifications/templateSource'),
          import(/* webpackChunkName: 'help-center-outbox' */ '../notifications/languages')
        ]);
        // Each person is written to in their own language (their profile's); the form's language for the requester.
        // Profiles are keyed by login name (the people picker's claim holds the UPN, which may differ from the e-mail address).
        const langs = await languagesFor(sp, [...s.watchers.map(w => w.loginName), ...(s.beneficiary ? [s.beneficiary.loginName] : [])]);
        const lang = (p: NamedPerson): Language => langs[(p.loginName || '').toLowerCase()] || 'fr';
        const recipients: NotificationRecipient[] = [
          { email: requester.email, displayName: requester.displayName, language: s.beneficiary ? lang(s.beneficiary) : s.requester.language },
          ...s.watchers.map(w => ({ email: w.email, displayName: w.displayName, language: lang(w) })),
          ...(s.queueEmail ? [{ email: s.queueEmail, displayName: s.teamName, language: 'fr' as Language }] : [])
        ];
        const outbox = new NotificationOutbox(sp, await graph(), settingsTemplateSource(sp), await me());
        const results = await outbox.notify({
          ticketId: id,
          changeKey: `${id}:created`,
          template: 'ticket_created',
          recipients,
          values: { ticketId: id, title: s.ticket.title, teamName: s.teamName, requesterName: requester.displayName, link: s.ticketLink(id) }
        });
        return { ticketId: id, mailSent: results.every(r => r.outcome !== 'failed') };
      } catch (e) {
        console.error('[HelpCenter] The confirmation mail could not be recorded or sent:', e);
        return { ticketId: id, mailSent: false };
      }
    }
  };
}
