/** A new idea as its author writes it, and what makes it acceptable (the form and the data layer both check). */

/** Longest title (a SharePoint Title column). */
export const IDEA_TITLE_MAX = 255;
/** Longest description kept. */
export const IDEA_DESCRIPTION_MAX = 4000;
/** Shortest description that says something. */
export const IDEA_DESCRIPTION_MIN = 10;

/** What the author writes. */
export interface IdeaProposal {
  title: string;
  description: string;
  categoryId?: number;
}

/** A field's problem, by field: the form shows each under its field and in the summary. */
export type IdeaProblem =
  | { field: 'title'; problem: 'required' | 'tooLong' }
  | { field: 'description'; problem: 'required' | 'tooShort' | 'tooLong' }
  | { field: 'category'; problem: 'required' };

/** The problems of a proposal, in the form's order (none: it can be submitted). */
export function proposalProblems(p: IdeaProposal): IdeaProblem[] {
  const out: IdeaProblem[] = [];
  const title = p.title.trim();
  const description = p.description.trim();
  if (!title) out.push({ field: 'title', problem: 'required' });
  else if (title.length > IDEA_TITLE_MAX) out.push({ field: 'title', problem: 'tooLong' });
  if (!description) out.push({ field: 'description', problem: 'required' });
  else if (description.length < IDEA_DESCRIPTION_MIN) out.push({ field: 'description', problem: 'tooShort' });
  else if (description.length > IDEA_DESCRIPTION_MAX) out.push({ field: 'description', problem: 'tooLong' });
  if (!p.categoryId) out.push({ field: 'category', problem: 'required' });
  return out;
}
