/**
 * The category tree's rules for the owners' configuration page (issue 18), pure: what a category may hold (names,
 * icon, team, the form fields it asks for and which are required, SLA targets in business hours), where it may sit
 * (never under itself or one of its descendants) and the sort orders a move among siblings or under another parent
 * writes. The ui words each problem code in French and English.
 */
import type { FormFieldKey } from '../intake';
import type { SlaByPriority } from '../sla/categoryTargets';
import { TICKET_PRIORITIES, type TicketPriority } from '../vocabulary';
import { categoryWithDescendants, type CategoryNode } from '../categories/categoryTree';
import { communityOf } from '../categories/community';

/** The form fields a category may ask for, in the field catalogue's order (HelpCategories HCFormFields choices). */
export const CATEGORY_FORM_FIELDS: readonly FormFieldKey[] = ['beneficiary', 'course', 'screenshot', 'location', 'equipment', 'incidentType', 'severity', 'priority'];

/** A field of the category form. */
export type CategoryField = 'titleFr' | 'titleEn' | 'parent' | 'icon' | 'defaultTeam' | 'formFields' | 'requiredFields' | 'firstResponseHours' | 'resolutionHours'
  | PriorityTargetField | 'communityUrl' | 'communityName' | 'approver';

/** One clock of one priority's targets, as a field of the form ("resolutionHours:critical"). */
export type PriorityTargetField = `${'firstResponseHours' | 'resolutionHours'}:${TicketPriority}`;

/** Targets per priority as typed ('' or missing: the category's own target applies to that priority). */
export type PriorityHoursDraft = Partial<Record<TicketPriority, { firstResponseHours: string; resolutionHours: string }>>;

/** Why a field's value is refused. */
export type CategoryProblemCode =
  | 'required' | 'tooLong' | 'duplicate' | 'parentNotFound' | 'cycle' | 'iconInvalid' | 'iconUnknown' | 'teamNotFound'
  | 'unknownField' | 'requiredNotShown' | 'notANumber' | 'outOfRange' | 'tooPrecise' | 'firstAfterResolution' | 'communityNotAccepted';

/** One refused field. */
export interface CategoryProblem {
  /** The field. */
  field: CategoryField;
  /** Why. */
  code: CategoryProblemCode;
}

/** What an owner typed for a category (SLA targets as typed: "1,5" or "1.5", '' for none). */
export interface CategoryDraft {
  /** French name (the item's Title). */
  titleFr: string;
  /** English name. */
  titleEn: string;
  /** Parent category id (undefined: a root). */
  parentId?: number;
  /** Fluent UI icon name ('' for none). */
  icon: string;
  /** Team a new request goes to (undefined: none). */
  defaultTeamId?: number;
  /** Form fields the category asks for. */
  formFields: string[];
  /** Which of them are required. */
  requiredFields: string[];
  /** First-response target in business hours, as typed. */
  firstResponseHours: string;
  /** Resolution target in business hours, as typed. */
  resolutionHours: string;
  /** Requests need an approval (derogations). */
  approvalRequired: boolean;
  /** The referent the desk asks by default when approval is required (a site user; none: the agent names one each time). */
  approver?: CategoryApprover;
  /** Targets of some priorities, as typed (HCSlaByPriority); none: every priority has the targets above. */
  priorityHours?: PriorityHoursDraft;
  /** Its community's address (a Microsoft Teams or Viva Engage link; '' or missing: none). */
  communityUrl?: string;
  /** Its community's name as people know it. */
  communityName?: string;
}

/** The default approver of a category: a site user. */
export interface CategoryApprover {
  /** Site user id (HCApproverId). */
  id: number;
  displayName: string;
  email: string;
}

/** A category as the rules need to know it. */
export interface KnownCategory extends CategoryNode {
  /** French name. */
  titleFr: string;
  /** English name. */
  titleEn: string;
}

/** Longest names (Title and HCTitleEn are single-line text: 255) and icon names (HCIcon: 64). */
export const CATEGORY_MAX_LENGTH = { title: 255, icon: 64 } as const;
/** Largest SLA target accepted, in business hours (a year of 8-hour days). */
export const MAX_SLA_HOURS = 2000;

const tidy = (v: string): string => v.normalize('NFC').replace(/\s+/g, ' ').trim();
const fold = (v: string): string => tidy(v).toLocaleLowerCase('fr');

/** A draft with spaces trimmed, fields in catalogue order without repeats: what is written. */
export function tidyCategory(d: CategoryDraft): CategoryDraft {
  const catalogue = CATEGORY_FORM_FIELDS as readonly string[];
  // Unknown codes are kept (last) so that the rules can refuse them by name.
  const inOrder = (keys: string[]): string[] => catalogue.filter(k => keys.indexOf(k) >= 0).concat(keys.filter((k, i) => catalogue.indexOf(k) < 0 && keys.indexOf(k) === i));
  return {
    ...d, titleFr: tidy(d.titleFr), titleEn: tidy(d.titleEn), icon: d.icon.trim(), formFields: inOrder(d.formFields), requiredFields: inOrder(d.requiredFields),
    firstResponseHours: d.firstResponseHours.trim(), resolutionHours: d.resolutionHours.trim(), priorityHours: tidyPriorityHours(d.priorityHours),
    // A default approver means something only where approval is required (and only a real site user).
    approver: d.approvalRequired && d.approver && d.approver.id > 0 && Math.floor(d.approver.id) === d.approver.id ? d.approver : undefined,
    communityUrl: (d.communityUrl || '').trim(), communityName: tidy(d.communityName || '')
  };
}

function tidyPriorityHours(typed: PriorityHoursDraft | undefined): PriorityHoursDraft {
  const out: PriorityHoursDraft = {};
  TICKET_PRIORITIES.forEach(p => {
    const t = typed && typed[p];
    if (t && (t.firstResponseHours.trim() || t.resolutionHours.trim())) out[p] = { firstResponseHours: t.firstResponseHours.trim(), resolutionHours: t.resolutionHours.trim() };
  });
  return out;
}

/** The targets per priority a (checked) draft writes, in business hours. */
export function priorityTargetsOf(draft: CategoryDraft): SlaByPriority {
  const typed = tidyPriorityHours(draft.priorityHours);
  const out: SlaByPriority = {};
  TICKET_PRIORITIES.forEach(p => {
    const t = typed[p];
    if (t) out[p] = { firstResponseHours: parseHours(t.firstResponseHours), resolutionHours: parseHours(t.resolutionHours) };
  });
  return out;
}

/** Hours as typed ("1,5", "1.5", "24") read as a number; undefined when empty, NaN when not a number. */
export function parseHours(typed: string): number | undefined {
  const t = typed.trim().replace(',', '.');
  if (!t) return undefined;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

function hoursProblem(typed: string): CategoryProblemCode | undefined {
  const h = parseHours(typed);
  if (h === undefined) return undefined;
  if (isNaN(h)) return 'notANumber';
  if (h <= 0 || h > MAX_SLA_HOURS) return 'outOfRange';
  // The clocks count whole minutes: 1.5 h is 90 min, 0.3333 h is not a duration anyone means.
  return Math.abs(h * 60 - Math.round(h * 60)) > 1e-9 ? 'tooPrecise' : undefined;
}

/** Whether putting `id` under `parentId` would make it its own ancestor. */
export function wouldCycle(categories: readonly CategoryNode[], id: number, parentId: number | undefined): boolean {
  return parentId !== undefined && categoryWithDescendants(categories, id).indexOf(parentId) >= 0;
}

/** What the rules need besides the draft. */
export interface CategoryCheckContext {
  /** The category edited (undefined for a new one). */
  selfId?: number;
  /** Every category of the tree. */
  categories: readonly KnownCategory[];
  /** Ids of the existing teams. */
  teamIds: readonly number[];
  /** Whether an icon name is one the pages can draw (the icons registered on the page). */
  isKnownIcon: (name: string) => boolean;
  /** The icon saved before (kept even if this page cannot draw it). */
  savedIcon?: string;
}

/**
 * Every refused field of a draft (tidied first), in form order: both names required, at most 255 characters and not
 * the name of a sibling; the parent exists and is not the category or one of its descendants; an icon is a Fluent
 * icon name the page knows; the team exists; fields come from the catalogue and a required field is one the form
 * shows; SLA targets are positive numbers of business hours (whole minutes) and the first response comes no later
 * than the resolution.
 */
export function checkCategory(draft: CategoryDraft, ctx: CategoryCheckContext): CategoryProblem[] {
  const d = tidyCategory(draft);
  const problems: CategoryProblem[] = [];
  const siblings = ctx.categories.filter(c => c.id !== ctx.selfId && (c.parentId || undefined) === d.parentId);
  (['titleFr', 'titleEn'] as const).forEach(field => {
    const value = d[field];
    if (!value) problems.push({ field, code: 'required' });
    else if (value.length > CATEGORY_MAX_LENGTH.title) problems.push({ field, code: 'tooLong' });
    else if (siblings.some(c => fold(c[field]) === fold(value))) problems.push({ field, code: 'duplicate' });
  });
  if (d.parentId !== undefined) {
    if (!ctx.categories.some(c => c.id === d.parentId)) problems.push({ field: 'parent', code: 'parentNotFound' });
    else if (ctx.selfId !== undefined && wouldCycle(ctx.categories, ctx.selfId, d.parentId)) problems.push({ field: 'parent', code: 'cycle' });
  }
  if (d.icon && d.icon !== ctx.savedIcon) {
    if (d.icon.length > CATEGORY_MAX_LENGTH.icon || !/^[A-Za-z][A-Za-z0-9]*$/.test(d.icon)) problems.push({ field: 'icon', code: 'iconInvalid' });
    else if (!ctx.isKnownIcon(d.icon)) problems.push({ field: 'icon', code: 'iconUnknown' });
  }
  if (d.defaultTeamId !== undefined && ctx.teamIds.indexOf(d.defaultTeamId) < 0) problems.push({ field: 'defaultTeam', code: 'teamNotFound' });
  const known = (k: string): boolean => (CATEGORY_FORM_FIELDS as readonly string[]).indexOf(k) >= 0;
  if (d.formFields.some(k => !known(k))) problems.push({ field: 'formFields', code: 'unknownField' });
  if (d.requiredFields.some(k => !known(k))) problems.push({ field: 'requiredFields', code: 'unknownField' });
  else if (d.requiredFields.some(k => d.formFields.indexOf(k) < 0)) problems.push({ field: 'requiredFields', code: 'requiredNotShown' });
  const first = hoursProblem(d.firstResponseHours);
  const resolution = hoursProblem(d.resolutionHours);
  if (first) problems.push({ field: 'firstResponseHours', code: first });
  if (resolution) problems.push({ field: 'resolutionHours', code: resolution });
  const f = parseHours(d.firstResponseHours);
  const r = parseHours(d.resolutionHours);
  if (!first && !resolution && f !== undefined && r !== undefined && f > r) problems.push({ field: 'firstResponseHours', code: 'firstAfterResolution' });
  // The pages show a community only from an https Microsoft Teams or Viva Engage address (communityOf): nothing else is written.
  if (d.communityUrl && d.communityUrl.length > CATEGORY_MAX_LENGTH.title) problems.push({ field: 'communityUrl', code: 'tooLong' });
  else if (d.communityUrl && !communityOf(d.communityUrl, d.communityName)) problems.push({ field: 'communityUrl', code: 'communityNotAccepted' });
  if (d.communityName && d.communityName.length > CATEGORY_MAX_LENGTH.title) problems.push({ field: 'communityName', code: 'tooLong' });
  // A priority's own target, else the category's: the first response of a priority comes no later than its resolution.
  TICKET_PRIORITIES.forEach(p => {
    const t = d.priorityHours && d.priorityHours[p];
    if (!t) return;
    const pf = hoursProblem(t.firstResponseHours);
    const pr = hoursProblem(t.resolutionHours);
    if (pf) problems.push({ field: `firstResponseHours:${p}`, code: pf });
    if (pr) problems.push({ field: `resolutionHours:${p}`, code: pr });
    const ef = t.firstResponseHours ? parseHours(t.firstResponseHours) : first ? undefined : f;
    const er = t.resolutionHours ? parseHours(t.resolutionHours) : resolution ? undefined : r;
    if (!pf && !pr && ef !== undefined && er !== undefined && ef > er) problems.push({ field: `firstResponseHours:${p}`, code: 'firstAfterResolution' });
  });
  return problems;
}

/** One sort order (and parent) to write. */
export interface CategoryPlacement {
  /** The category. */
  id: number;
  /** Its new place among its siblings (1, 2, 3 …). */
  sortOrder: number;
  /** Its parent afterwards (undefined: a root). */
  parentId?: number;
}

function siblingsOf<C extends CategoryNode>(categories: readonly C[], parentId: number | undefined): C[] {
  return categories.filter(c => (c.parentId || undefined) === parentId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

/** The placements whose sort order (or parent) changes when `ordered` takes the orders 1, 2, 3 … under `parentId`. */
function renumber(ordered: readonly CategoryNode[], parentId: number | undefined): CategoryPlacement[] {
  return ordered.map((c, i) => ({ c, sortOrder: i + 1 }))
    .filter(x => x.c.sortOrder !== x.sortOrder || (x.c.parentId || undefined) !== parentId)
    .map(x => ({ id: x.c.id, sortOrder: x.sortOrder, parentId }));
}

/** The writes that move a category one place up or down among its siblings (none at either end). */
export function moveAmongSiblings(categories: readonly CategoryNode[], id: number, direction: 'up' | 'down'): CategoryPlacement[] {
  const self = categories.filter(c => c.id === id)[0];
  if (!self) return [];
  const parentId = self.parentId || undefined;
  const row = siblingsOf(categories, parentId);
  const at = row.indexOf(self);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= row.length) return [];
  const next = row.slice();
  next[at] = row[to];
  next[to] = self;
  return renumber(next, parentId);
}

/** The writes that put a category last under another parent (undefined: a root); [] when refused (a cycle) or unchanged. */
export function moveUnder(categories: readonly CategoryNode[], id: number, parentId: number | undefined): CategoryPlacement[] {
  const self = categories.filter(c => c.id === id)[0];
  if (!self || (self.parentId || undefined) === parentId || wouldCycle(categories, id, parentId)) return [];
  if (parentId !== undefined && !categories.some(c => c.id === parentId)) return [];
  const left = renumber(siblingsOf(categories, self.parentId || undefined).filter(c => c.id !== id), self.parentId || undefined);
  const arrived = renumber(siblingsOf(categories, parentId).concat([self]), parentId);
  return left.concat(arrived);
}

/** The parents a category may move under: every category but itself and its descendants. */
export function possibleParents<C extends CategoryNode>(categories: readonly C[], id: number | undefined): C[] {
  const excluded = id === undefined ? [] : categoryWithDescendants(categories, id);
  return categories.filter(c => excluded.indexOf(c.id) < 0);
}

/** The sort order a new category takes: last among its siblings. */
export function nextSortOrder(categories: readonly CategoryNode[], parentId: number | undefined): number {
  return siblingsOf(categories, parentId).reduce((max, c) => Math.max(max, c.sortOrder), 0) + 1;
}
