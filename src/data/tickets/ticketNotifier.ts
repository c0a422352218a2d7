import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { Actor, Ticket } from '../../domain/tickets/model';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../domain/tickets/model';
import type { DomainEvent, Recipient } from '../../domain/tickets/actions';
import { businessDayMinutes } from '../../domain/sla/hoursNow';
import type { RawHelpCategoriesItem, RawHelpLocationsItem, RawHelpTeamsItem } from '../schema/items.generated';
import { NotificationOutbox } from '../notifications/NotificationOutbox';
import type { GraphClientLike, NotificationRecipient, SenderMode } from '../notifications/types';
import { settingsSenderMode } from '../notifications/templateSource';
import { languagesOfUsers } from '../notifications/languages';
import { EVENT_TEMPLATES, MailRole, mailRoleOf, templateKeys } from '../notifications/mailTemplates';
import { buildMailValues, ReferenceNames } from '../notifications/mailTemplates/values';
import { readStoredTemplates, resolveTemplate, templateOf } from '../notifications/templateCatalog';
import { isPageLinks, pageLinks } from '../pageLinks';
import { requesterRequestLink } from '../../domain/teams/teamsApp';
import { helpList } from '../sp/lists';
import { idIn } from '../sp/odata';
import { DeskSettings, readDeskSettings } from './deskSettings';

/**
 * Builds the links put in the mails: `(id)` the requester's page of her request, `(id, 'approval', request)` the
 * page where the named approver decides. Give a {@link import('../pageLinks').PageLinks} (`pageLinks(siteUrl)`);
 * with a bare function, watchers' and agents' links are the site's standard pages (the site of `sp`).
 */
export type TicketLinks = (id: number, purpose?: 'approval', request?: { ticketId: number; requestSequence: number; approverId?: number; token?: string }) => string;

/** The template each event is told with (the base key; each role's is `<template>.<role>`, see mailTemplates). */
export function templateFor(e: DomainEvent): string {
  return EVENT_TEMPLATES[e.type] || 'status_changed';
}

/** Reference data a change's mails name, and the team queues' addresses. */
interface References extends ReferenceNames { queues: { [teamId: number]: string } }

/** How long a notifier keeps the lifecycle's delays and the teams' calendars before reading them again. */
const DESK_SETTINGS_MAX_AGE_MS = 60000;

/**
 * Tells the people a change informs (the domain's events and their recipients) through the notification outbox:
 * each the mail written for their role (requester, watcher, assignee, team queue, approver, agent escalated to),
 * in their language, with the link to the page they may open, under the domain's change keys (a retried action
 * is recorded and sent once; a person is in one role per change, the domain dedups by person). Only the desk runs
 * it: HelpNotifications is the support group's and the owners'.
 */
export class TicketNotifier {
  /** The sender mode (HelpSettings `notifications.sender`), read once per notifier, not once per mail. */
  private readonly senderMode: () => Promise<SenderMode>;
  /** The lifecycle's delays and the teams' calendars, read once per notifier (a failed read is tried again). */
  private readonly deskSettings: () => Promise<DeskSettings>;

  /** @param sp PnPjs bound to the help center site; @param graph SPFx's MSGraphClientV3; @param links the mails' links (pageLinks(siteUrl)). */
  public constructor(private readonly sp: SPFI, private readonly graph: () => Promise<GraphClientLike>, private readonly links: TicketLinks) {
    // Read once per desk session (an owner's switch applies from the next page load); a failed read is tried again.
    let read = settingsSenderMode(sp);
    this.senderMode = () => read().catch((e: unknown) => { read = settingsSenderMode(sp); throw e; });
    let settings: Promise<DeskSettings> | undefined;
    let readAt = 0;
    this.deskSettings = () => {
      // Owners change the teams' hours from the set-up page (issue 18): a desk left open reads them again after a minute,
      // so the next confirmation states the saved hours without a page load.
      if (!settings || Date.now() - readAt > DESK_SETTINGS_MAX_AGE_MS) {
        readAt = Date.now();
        settings = readDeskSettings(sp, DEFAULT_LIFECYCLE_SETTINGS).catch((e: unknown) => { settings = undefined; throw e; });
      }
      return settings;
    };
  }

  /** Records and sends the events' mails; false when one could not be sent yet (it stays in the outbox and is retried). */
  public async notify(ticket: Ticket, events: DomainEvent[], actor: Actor, senderId: number = actor.person.id): Promise<boolean> {
    if (!events.some(e => e.recipients.length)) return true;
    let ok = true;
    try {
      const templateKeysUsed: string[] = [];
      events.forEach(e => e.recipients.forEach(r => templateKeys(templateFor(e), mailRoleOf(r.role)).forEach(k => {
        if (templateKeysUsed.indexOf(k) < 0) templateKeysUsed.push(k);
      })));
      const [stored, refs, settings] = await Promise.all([
        readStoredTemplates(this.sp, templateKeysUsed), this.references(ticket, events), this.lifecycleSettings()
      ]);
      const outbox = new NotificationOutbox(this.sp, await this.graph(), async key => templateOf(stored, key), senderId, { senderMode: this.senderMode });
      // Each person's language from their profile, found by their login name (UPN), not their e-mail address.
      const people: number[] = [];
      events.forEach(e => e.recipients.forEach(r => { if (r.person && r.person.email && !r.person.language) people.push(r.person.id); }));
      const langs = await languagesOfUsers(this.sp, people);
      const calendar = settings && settings.calendarFor(ticket.teamId);
      for (const e of events) {
        const groups: { role: MailRole; recipients: NotificationRecipient[] }[] = [];
        const groupOf = (role: MailRole): NotificationRecipient[] => {
          let g = groups.filter(x => x.role === role)[0];
          if (!g) { g = { role, recipients: [] }; groups.push(g); }
          return g.recipients;
        };
        e.recipients.forEach(r => {
          const recipient = this.recipient(r, refs, langs, ticket);
          if (recipient) groupOf(mailRoleOf(r.role)).push(recipient);
        });
        // One record per change: each role's template and values, the mails in one batch.
        const mails = groups.map(g => {
          const resolved = resolveTemplate(stored, templateFor(e), g.role);
          if (!resolved) throw new Error(`No mail template for "${templateFor(e)}" (${g.role}).`);
          const values = buildMailValues({
            event: e, ticket, role: g.role, link: this.linkFor(g.role, ticket), names: refs,
            lifecycle: settings ? settings.lifecycle : DEFAULT_LIFECYCLE_SETTINGS,
            businessDayMinutes: calendar ? businessDayMinutes(calendar.weekly) : undefined, timeZone: calendar ? calendar.timeZone : undefined, calendar
          });
          return { template: resolved.key, values, recipients: g.recipients };
        });
        if (!mails.length) continue;
        const own: { [email: string]: { template: string; values: Record<string, unknown> } } = {};
        mails.slice(1).forEach(m => m.recipients.forEach(r => { own[r.email.toLowerCase()] = { template: m.template, values: m.values }; }));
        const results = await outbox.notify({
          ticketId: ticket.id, changeKey: e.changeKey, template: mails[0].template, values: mails[0].values, own,
          recipients: mails.reduce((all, m) => all.concat(m.recipients), [] as NotificationRecipient[])
        });
        ok = ok && results.every(r => r.outcome !== 'failed');
      }
    } catch (e) {
      console.error('[HelpCenter] Notifications could not be recorded or sent:', e);
      ok = false;
    }
    return ok;
  }

  /** The desk's settings, or the defaults when they cannot be read (a mail with the default delays beats no mail). */
  private lifecycleSettings(): Promise<DeskSettings | undefined> {
    return this.deskSettings().catch((e: unknown) => {
      console.warn('[HelpCenter] The desk settings could not be read: the mails give the default delays.', e);
      return undefined;
    });
  }

  private recipient(r: Recipient, refs: References, langs: { [id: number]: string }, ticket: Ticket): NotificationRecipient | undefined {
    if (r.person && r.person.email) {
      const language = r.person.language || langs[r.person.id] || ticket.language;
      return { email: r.person.email, displayName: r.person.displayName || r.person.email, language: language === 'en' ? 'en' : 'fr' };
    }
    // A team mailbox has no profile: French, the help center's default.
    if (r.role === 'teamQueue' && r.teamId && refs.queues[r.teamId]) return { email: refs.queues[r.teamId], displayName: refs.queues[r.teamId], language: 'fr' };
    return undefined;
  }

  /** The page each role may open: her request, the watcher's view, the desk's ticket, the approver's page. */
  private linkFor(role: MailRole, ticket: Ticket): string {
    const approval = ticket.approval;
    const request = approval && approval.requestSequence !== undefined
      ? { ticketId: ticket.id, requestSequence: approval.requestSequence, approverId: approval.approver.id, token: approval.token } : undefined;
    if (role === 'approver') return this.links(ticket.id, 'approval', request);
    // Into the Teams app's "My requests" tab when she filed it from Teams, else her SharePoint page.
    if (role === 'requester') return requesterRequestLink(ticket, id => (isPageLinks(this.links) ? this.links.request(id) : this.links(id)));
    // Given a bare function (the requester's link only), the other pages are the site's, found from `sp`.
    const pages = isPageLinks(this.links) ? this.links : pageLinks(this.sp.web.toUrl().replace(/\/_api\/web\/?$/i, ''));
    return role === 'watcher' ? pages.follow(ticket.id) : pages.desk(ticket.id);
  }

  /** Names of the teams, category and place the mails mention, and the queues' addresses: one $batch. */
  private async references(ticket: Ticket, events: DomainEvent[]): Promise<References> {
    const teamIds: number[] = [];
    const addTeam = (id: unknown): void => { const n = Number(id); if (n > 0 && Math.floor(n) === n && teamIds.indexOf(n) < 0) teamIds.push(n); };
    addTeam(ticket.teamId);
    events.forEach(e => {
      addTeam(e.details && e.details.teamId);
      addTeam(e.details && e.details.fromTeamId);
      e.recipients.forEach(r => { if (r.role === 'teamQueue') addTeam(r.teamId); });
    });
    const out: References = { teams: {}, categories: {}, places: {}, queues: {} };
    const [batched, execute] = this.sp.batched();
    type Team = Pick<RawHelpTeamsItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCQueueEmail'>;
    type Category = Pick<RawHelpCategoriesItem, 'Id' | 'Title' | 'HCTitleEn' | 'HCFirstResponseHours' | 'HCSlaByPriority'>;
    type Place = Pick<RawHelpLocationsItem, 'Id' | 'Title' | 'HCBuilding'>;
    const teams: Promise<Team[]> | undefined = teamIds.length
      ? helpList(batched, 'HelpTeams').items.select('Id', 'Title', 'HCTitleEn', 'HCQueueEmail').filter(idIn(teamIds)).top(teamIds.length)() : undefined;
    const categories: Promise<Category[]> | undefined = ticket.categoryId
      ? helpList(batched, 'HelpCategories').items.select('Id', 'Title', 'HCTitleEn', 'HCFirstResponseHours', 'HCSlaByPriority').filter(idIn([ticket.categoryId])).top(1)() : undefined;
    const places: Promise<Place[]> | undefined = ticket.locationId
      ? helpList(batched, 'HelpLocations').items.select('Id', 'Title', 'HCBuilding').filter(idIn([ticket.locationId])).top(1)() : undefined;
    if (!teams && !categories && !places) return out;
    await execute();
    (teams ? await teams : []).forEach(t => {
      out.teams[t.Id] = { fr: t.Title || '', en: t.HCTitleEn || t.Title || '' };
      if (t.HCQueueEmail) out.queues[t.Id] = t.HCQueueEmail;
    });
    (categories ? await categories : []).forEach(c => {
      out.categories[c.Id] = { fr: c.Title || '', en: c.HCTitleEn || c.Title || '', firstResponseHours: c.HCFirstResponseHours === null ? undefined : c.HCFirstResponseHours,
        slaByPriority: c.HCSlaByPriority || undefined };
    });
    (places ? await places : []).forEach(p => { out.places[p.Id] = { name: p.Title || '', building: p.HCBuilding || undefined }; });
    return out;
  }
}
