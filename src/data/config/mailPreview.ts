/**
 * The preview of a template with a real request: the most recent one the owner can read (ID is indexed: `$top=1`,
 * `$select`), its values as the notifier gives them (number, title, requester, status, the reader's link), rendered
 * by the outbox's own renderMail in the chosen language. Values of an event's details (a message, a delay) are left
 * out: their sections then hide, as in a mail without them.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { TicketStatus } from '../../domain/vocabulary';
import { helpList } from '../sp/lists';
import { pageLinks } from '../pageLinks';
import type { MailRole } from '../notifications/mailTemplates';
import { MAIL_STATUS_LABELS, MAIL_THIRD_PARTY_STATUS_LABELS } from '../notifications/mailTemplates/words/labels';
import { mailValues, renderMail, type MailTemplate, type RenderedMail } from '../notifications/templates';

/** The request a preview is written with. */
export interface PreviewRequest {
  id: number;
  title: string;
  requesterName: string;
  status?: TicketStatus;
}

/** The most recent request the current person can read, or undefined when there is none. */
export async function latestRequest(sp: SPFI): Promise<PreviewRequest | undefined> {
  const rows = await helpList(sp, 'HelpTickets').items.select('Id', 'Title', 'Author/Title').expand('Author').orderBy('Id', false).top(1)<{ Id: number; Title: string | null; Author?: { Title?: string } | null }[]>(); // eslint-disable-line @rushstack/no-new-null
  if (!rows.length) return undefined;
  const r = rows[0];
  const states = await helpList(sp, 'HelpTicketStates').items.select('HCStatus').filter(`HCTicketId eq ${r.Id}`).top(1)<{ HCStatus: TicketStatus | null }[]>(); // eslint-disable-line @rushstack/no-new-null
  return { id: r.Id, title: r.Title || '', requesterName: (r.Author && r.Author.Title) || '', status: states.length && states[0].HCStatus ? states[0].HCStatus : undefined };
}

/** The link each reader gets (the page they may open), as the notifier builds it. */
function linkFor(siteUrl: string, role: MailRole | undefined, id: number): string {
  const links = pageLinks(siteUrl);
  if (role === 'watcher' || role === 'approver') return links.follow(id);
  if (role === 'assignee' || role === 'teamQueue' || role === 'escalatedTo') return links.desk(id);
  return links.request(id);
}

/** A template rendered for this request, as the outbox would send it to `recipientName` in `language`. */
export function renderPreview(template: MailTemplate, language: 'fr' | 'en', request: PreviewRequest, role: MailRole | undefined, siteUrl: string, recipientName: string): RenderedMail {
  const labels = role === 'requester' || !role ? MAIL_STATUS_LABELS : MAIL_THIRD_PARTY_STATUS_LABELS;
  const values: Record<string, unknown> = {
    ticketId: request.id, title: request.title, link: linkFor(siteUrl, role, request.id), requesterName: request.requesterName,
    actorName: request.requesterName, agentName: request.requesterName, status: request.status ? labels[request.status] : undefined
  };
  return renderMail(template, language, mailValues(values, language, recipientName));
}
