/** Where the new idea's draft is kept between visits (localStorage): the box opens the form when one is there. */
export const IDEA_DRAFT_KEY = 'hc.ideas.draft';

/** The kept draft: what the author typed, and the request id a retried submit reuses (no duplicate idea). */
export interface IdeaDraft {
  title: string;
  description: string;
  categoryId?: number;
  requestId: string;
}
