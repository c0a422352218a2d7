import type { SPFI } from '@pnp/sp';
import type { PersonalDataLabels, TicketArticleDraft } from '../../../domain/knowledge/ticketToArticle';
import type { SectionLabels } from '../../../domain/knowledge/templates';

/**
 * PLACEHOLDER (session 10 shell): the desk helper replaces it with the real read of a resolved ticket (question,
 * the desk's answer, the people named on it) turned into a draft by articleFromTicket.
 */
export async function ticketArticle(_sp: SPFI, ticketId: number, _labels: PersonalDataLabels, _sections: SectionLabels): Promise<TicketArticleDraft> {
  throw new Error(`Ticket ${ticketId}: turning a ticket into an article is not built yet.`);
}
