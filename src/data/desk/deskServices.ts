import { SPFI } from '@pnp/sp';
import { IntakeService } from '../intake/IntakeService';
import type { PersonOption } from '../intake/IntakeService';
import { DeskRepository, RESOLVED_RECENTLY_DAYS } from './DeskRepository';
import type { DeskQueueRow } from '../../domain/desk/queues';
import type { IntakeFormData } from '../intake/IntakeService';
import type { TicketPageData } from '../tickets/TicketRepository';
import type { TicketActionService } from '../tickets/TicketActionService';
import type { TicketAction } from '../../domain/tickets/actions';
import type { GraphClientLike } from '../notifications/types';
import type { AnnouncementInput } from './ProblemRepository';
import { parseApproval } from '../../domain/tickets/approval';
import type { CategoryApproval } from './categoryApproval';
import { ensureSiteUser } from '../sp/siteUsers';

/** What the desk reads and writes. */
export interface DeskDataServices {
  loadReference(): Promise<IntakeFormData>;
  /** Open tickets and those finished in the last RESOLVED_RECENTLY_DAYS days (one $batch). */
  snapshot(): Promise<DeskQueueRow[]>;
  page(id: number): Promise<TicketPageData | undefined>;
  addNote(id: number, text: string): Promise<void>;
  act(id: number, etag: string, action: TicketAction): Promise<{ mailSent: boolean }>;
  /**
   * Receives new tickets (intake), applies requesters' claims and approvers' decisions, closes stale tickets
   * (awaiting the requester too long, resolved and not reopened) and sends the mails not sent yet; returns how many tickets changed.
   */
  housekeep(): Promise<number>;
  /** Incidents linked to a problem (HCProblem is indexed), newest first. */
  linkedIncidents(problemId: number): Promise<DeskQueueRow[]>;
  /** Publishes an announcement (help bar, knowledge search) about a problem; returns its id. */
  publishAnnouncement(input: AnnouncementInput): Promise<number>;
  /** People of the organisation, to name an approver. */
  searchPeople(query: string): Promise<PersonOption[]>;
  /** Site user id and e-mail of a person found by the search. */
  resolvePerson(person: PersonOption): Promise<{ id: number; email: string; displayName: string }>;
  /** Whether a category's requests need an approval, and by whom by default (HelpCategories, one item). */
  categoryApproval(categoryId: number): Promise<CategoryApproval>;
}

/** The desk's services: reference data (one batch) and the ticket snapshot (one batch) in parallel; a ticket's page in one batch. */
export function createDeskServices(sp: SPFI, graph: () => Promise<GraphClientLike>, ticketLink: (id: number, purpose?: 'approval', request?: { ticketId: number; requestSequence: number; approverId?: number }) => string): DeskDataServices {
  // The domain, the outbox and the templates load with the first action, not with the queues.
  let actions: Promise<TicketActionService> | undefined;
  const loadActions = (): Promise<TicketActionService> => {
    if (!actions) actions = import(/* webpackChunkName: 'help-center-actions' */ '../tickets/TicketActionService').then(m => new m.TicketActionService(sp, graph, ticketLink));
    return actions;
  };
  // Problems and announcements load with the ticket page's extra panels.
  const loadExtras = (): Promise<typeof import('./ProblemRepository')> => import(/* webpackChunkName: 'help-center-desk-extra' */ './ProblemRepository');
  // Decisions approvers gave from their mail link: applied when the desk opens the ticket, and after the desk loads.
  const loadDecisions = (): Promise<typeof import('../tickets/approverDecisionsOnDesk')> =>
    import(/* webpackChunkName: 'help-center-desk-extra' */ '../tickets/approverDecisionsOnDesk');
  // Requesters' actions and new tickets are received by the desk (only agents write the desk's state).
  const loadClaims = (): Promise<typeof import('./claimsOnDesk')> => import(/* webpackChunkName: 'help-center-actions' */ './claimsOnDesk');
  const loadIntake = (): Promise<typeof import('./TicketIntake')> => import(/* webpackChunkName: 'help-center-actions' */ './TicketIntake');
  const intake = new IntakeService(sp);
  const desk = new DeskRepository(sp);
  // A ticket's page loads its reader with the first ticket opened, not with the queues.
  let ticketReader: Promise<import('../tickets/TicketRepository').TicketRepository> | undefined;
  const loadTickets = (): Promise<import('../tickets/TicketRepository').TicketRepository> => {
    if (!ticketReader) ticketReader = import(/* webpackChunkName: 'help-center-ticket-page' */ '../tickets/TicketRepository').then(m => new m.TicketRepository(sp));
    return ticketReader;
  };
  const page = async (id: number): Promise<TicketPageData | undefined> => {
    const tickets = await loadTickets();
    const data = await tickets.ticketPage(id, { internalNotes: true, informed: true });
    if (!data) return data;
    // What the requester asked meanwhile (an answer, a reopening …) is applied as the ticket opens.
    let applied = data.claims.some(c => !c.applied)
      ? await (await loadClaims()).applyPendingClaims(await loadActions(), sp, new Date(), id).then(n => n > 0, (e: unknown) => {
        console.error('[HelpCenter] Applying the requester\'s actions failed:', e);
        return false;
      })
      : false;
    const approval = parseApproval(data.ticket.item.HCApproval);
    if (approval && !approval.decision && approval.requestSequence !== undefined) {
      applied = await (await loadDecisions()).applyApproverDecision(await loadActions(), sp, id).catch((e: unknown) => {
        console.error('[HelpCenter] Applying the approver\'s decision failed:', e);
        return false;
      }) || applied;
    }
    return applied ? tickets.ticketPage(id, { internalNotes: true, informed: true }) : data;
  };
  return {
    loadReference: () => intake.loadFormData(),
    snapshot: async () => {
      const s = await desk.snapshot(new Date(Date.now() - RESOLVED_RECENTLY_DAYS * 86400000));
      return s.open.concat(s.finished);
    },
    page,
    addNote: async (id, text) => (await loadTickets()).addInternalNote(id, text),
    act: async (id, etag, action) => (await loadActions()).act(id, etag, action),
    housekeep: async () => {
      const actions = await loadActions();
      // New tickets first (a submit the browser sent twice is received once, its copy recycled), then what requesters asked.
      const intake = new (await loadIntake()).TicketIntake(sp, actions);
      const received = (await intake.receiveNew()).length;
      // A received ticket whose Created By was rewritten since goes back to its requester.
      await intake.restoreRequesters().catch((e: unknown) => console.warn('[HelpCenter] Restoring the requesters failed:', e));
      const claims = await (await loadClaims()).applyPendingClaims(actions, sp);
      const closed = await actions.housekeep();
      const applied = await (await loadDecisions()).applyRecentApproverDecisions(actions, sp);
      // Mails recorded but not sent yet (Graph failed, a tab closed): sent once, even with other desks doing the same.
      await import(/* webpackChunkName: 'help-center-outbox' */ '../notifications/retry').then(m => m.retryUnsentMails(sp, graph))
        .catch((e: unknown) => console.warn('[HelpCenter] Retrying the unsent mails failed:', e));
      // Once a day, in the background (the articles' counters, the proven expertise): never the desk's concern.
      import(/* webpackChunkName: 'help-center-daily-refresh' */ './dailyRefresh').then(m => m.runDailyRefresh(sp))
        .catch((e: unknown) => console.warn('[HelpCenter] The daily refresh failed:', e));
      // Once a month, in the background: the reports' summary of the month that ended to its subscribers (issue 17).
      // The reports page is found from the desk's links in that chunk: the desk's first render carries none of it.
      import(/* webpackChunkName: 'help-center-reports-summary' */ '../reports/monthlySummaryQueue').then(m => m.queueMonthlySummaryFromDesk(sp, graph, ticketLink))
        .catch((e: unknown) => console.warn('[HelpCenter] Queuing the reports\' monthly summary failed:', e));
      return received + claims + closed + applied;
    },
    linkedIncidents: async problemId => new (await loadExtras()).ProblemRepository(sp).linkedIncidents(problemId),
    publishAnnouncement: async input => new (await loadExtras()).ProblemRepository(sp).publishAnnouncement(input),
    searchPeople: query => intake.searchPeople(query),
    resolvePerson: async person => {
      const u = await ensureSiteUser(sp, person.loginName);
      return { ...u, email: u.email || person.email, displayName: u.displayName || person.displayName };
    },
    categoryApproval: async categoryId => (await import(/* webpackChunkName: 'help-center-desk-extra' */ './categoryApproval')).readCategoryApproval(sp, categoryId)
  };
}
