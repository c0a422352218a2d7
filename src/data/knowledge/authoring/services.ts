import type { SPFI } from '@pnp/sp';
import type { GraphClientLike } from '../../notifications/types';
import type { PageLinks } from '../../pageLinks';
import type { KnowledgeService } from '../types';
import { createLazyKnowledgeService } from '../lazy';
import { AuthoringService } from './AuthoringService';
import type { AuthoringHousekeeping } from './housekeeping';
import { ContributorQueue } from './queue';
import type { AuthoringLinks } from './mails';
import type { PersonalDataLabels, TicketArticleDraft } from '../../../domain/knowledge/ticketToArticle';
import type { SectionLabels } from '../../../domain/knowledge/templates';

/** Everything the contributors' page (ArticleEditor web part) needs, built once per help-center site. */
export interface AuthoringServices {
  /** Drafts, review steps, publication, versions (as the person who acts). */
  authoring: AuthoringService;
  /** The contributor's queue: drafts to review, readers' signals, review dates, content gaps, learned phrasings. */
  queue: ContributorQueue;
  /**
   * The knowledge base as readers see it (its search engine loads on first use): similar articles while a title is
   * typed, the corpus of the suggested keywords, the categories.
   */
  knowledge: KnowledgeService;
  /** The help center's pages (the mails' links and the page's own). */
  links: PageLinks;
  /**
   * A reviewer's or an owner's housekeeping (submissions told to reviewers, review-date reminders, the articles'
   * counters), as `senderId`; its code (the mailer, the templates) loads when it runs, after the queue's first render.
   */
  housekeeping(senderId: number): Pick<AuthoringHousekeeping, 'run' | 'refreshCountersDaily'>;
  /**
   * "Turn into an article": a resolved ticket read as the desk holds it (the person must be able to read it: an agent)
   * and made a troubleshooting draft with the personal data removed (src/domain/knowledge/ticketToArticle.ts).
   * In its own chunk (only the desk's link leads there).
   */
  ticketArticle(ticketId: number, labels: PersonalDataLabels, sections: SectionLabels): Promise<TicketArticleDraft>;
}

/** The article mails' links: a draft's page (`Articles.aspx?draft=ID`) or an article's (`?article=ID`). */
export function authoringMailLinks(links: PageLinks): AuthoringLinks {
  return t => (t.draftId ? links.authoring({ kind: 'draft', id: t.draftId }) : links.authoring({ kind: 'article', id: t.articleId || 0 }));
}

/** The contributors' page's services over PnPjs. */
export function createAuthoringServices(sp: SPFI, graph: () => Promise<GraphClientLike>, links: PageLinks,
  knowledge: { userLoginName: string; cacheKey: string }): AuthoringServices {
  const authoring = new AuthoringService(sp, graph, authoringMailLinks(links));
  return {
    authoring,
    queue: new ContributorQueue(sp, authoring.people),
    knowledge: createLazyKnowledgeService(sp, { userLoginName: knowledge.userLoginName, provider: 'auto', cacheKey: knowledge.cacheKey }),
    links,
    housekeeping: senderId => {
      const made = import(/* webpackChunkName: 'help-center-authoring-housekeeping' */ './housekeeping')
        .then(m => new m.AuthoringHousekeeping(sp, graph, authoringMailLinks(links), senderId));
      return { run: today => made.then(h => h.run(today)), refreshCountersDaily: () => made.then(h => h.refreshCountersDaily()) };
    },
    ticketArticle: (ticketId, labels, sections) => import(/* webpackChunkName: 'help-center-authoring-from-ticket' */ './fromTicket')
      .then(m => m.ticketArticle(sp, ticketId, labels, sections))
  };
}
