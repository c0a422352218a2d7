import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { safeAttachmentNames } from '../../domain/intake';
import { cleanInput, stripBidiControls } from '../../domain/text/normalize';
import type { GraphClientLike } from '../notifications/types';
import type { NewTicketInput, TicketAttachment } from '../tickets/ticketTypes';
import { IntakeFormData, IntakeService, PersonOption } from './IntakeService';
import type { AskedExpert } from './askExpert';

/** A person named on the form (watcher), with what the mail needs. */
export interface NamedPerson extends PersonOption {
  siteUserId: number;
}

/** What the form submits. */
export interface TicketSubmission {
  ticket: NewTicketInput;
  attachments: TicketAttachment[];
  /** Filed by an agent (for themself or someone else): their desk receives it at once. */
  filedByAgent?: boolean;
  /** Absolute link to the ticket's page (MyTickets). */
  ticketLink: (id: number) => string;
}

/** The result the confirmation shows. */
export interface SubmitResult {
  ticketId: number;
  /**
   * The desk has received the ticket already (an agent filed it). A requester's ticket is received by the desk
   * (its state written, the confirmation mail sent from the desk) as soon as a desk is open.
   */
  received: boolean;
  /** False when the desk received it but a mail could not be sent yet (retried on the next desk load). */
  mailSent: boolean;
}

/** Everything the TicketForm ui needs from SharePoint and Graph. */
export interface TicketFormServices {
  loadFormData(): Promise<IntakeFormData>;
  searchPeople(query: string): Promise<PersonOption[]>;
  ensureUserId(loginName: string): Promise<number>;
  submit(submission: TicketSubmission): Promise<SubmitResult>;
  /** "Ask this expert": the person an address names (undefined: nobody known), loaded only when the page names one. */
  findExpert?(email: string): Promise<AskedExpert | undefined>;
}

/** A one-line label as stored: NFC, no invisible characters, no bidi controls (a title cannot read reversed). */
export function storedLabel(text: string): string {
  return stripBidiControls(text).trim();
}

/** What the ticket stores of the typed text: the same text searches, compares and deduplicates alike everywhere. */
export function storedTicket(t: NewTicketInput): NewTicketInput {
  return { ...t, title: storedLabel(t.title), description: cleanInput(t.description), course: t.course === undefined ? undefined : storedLabel(t.course) };
}

/**
 * Files under names SharePoint takes (see safeAttachmentName): a refused name no longer leaves a filed ticket whose
 * upload fails on every retry, and the same files get the same names again, so a retried submit adds none twice.
 */
export function storedAttachments(files: TicketAttachment[]): TicketAttachment[] {
  const names = safeAttachmentNames(files.map(f => f.name));
  return files.map((f, i) => ({ name: names[i], content: f.content }));
}

/**
 * The form's services over PnPjs: the ticket is created idempotently (with its files). It holds what the requester
 * asked; the desk receives it — writes its state, tells the requester, the watchers and the team's queue — as soon
 * as a desk is open, or at once when an agent files it (their own desk receives it, with the Graph client of SPFx).
 */
export function createTicketFormServices(sp: SPFI, graph: () => Promise<GraphClientLike>): TicketFormServices {
  const intake = new IntakeService(sp);
  return {
    loadFormData: () => intake.loadFormData(),
    searchPeople: (query: string) => intake.searchPeople(query),
    ensureUserId: (loginName: string) => intake.ensureUserId(loginName),
    findExpert: email => import(/* webpackChunkName: 'help-center-form-expert' */ './askExpert').then(m => m.findAskedExpert(sp, email)),
    async submit(s: TicketSubmission): Promise<SubmitResult> {
      // The writer loads with the submit, not with the form.
      const { TicketRepository } = await import(/* webpackChunkName: 'help-center-ticket-write' */ '../tickets/TicketRepository');
      const created = await new TicketRepository(sp).create(storedTicket(s.ticket), storedAttachments(s.attachments));
      const id = created.item.Id;
      if (!s.filedByAgent) return { ticketId: id, received: false, mailSent: false };
      try {
        // The desk's code loads only when an agent files: it is not in the form's first bundle.
        const [{ TicketActionService }, { TicketIntake }] = await Promise.all([
          import(/* webpackChunkName: 'help-center-actions' */ '../tickets/TicketActionService'),
          import(/* webpackChunkName: 'help-center-actions' */ '../desk/TicketIntake')
        ]);
        const reception = await new TicketIntake(sp, new TicketActionService(sp, graph, s.ticketLink)).receiveFiledByMe(id);
        return { ticketId: id, received: !!reception, mailSent: !!reception && reception.mailSent };
      } catch (e) {
        // The ticket is recorded: the next desk load receives it.
        console.error('[HelpCenter] The desk could not receive the ticket yet:', e);
        return { ticketId: id, received: false, mailSent: false };
      }
    }
  };
}
