import { TICKET_PRIORITIES, type TicketPriority } from '../vocabulary';

/** Targets in business hours (a category's, or one priority's within it). */
export interface TargetHours { firstResponseHours?: number; resolutionHours?: number }

/** A category's targets per priority (HelpCategories HCSlaByPriority); a priority not listed uses the category's own. */
export type SlaByPriority = Partial<Record<TicketPriority, TargetHours>>;

/**
 * What a category says of its SLA: its targets (HCFirstResponseHours, HCResolutionHours) and those per priority, parsed
 * or as the column's text (pages that read categories for their first render keep the text; the clocks parse it).
 */
export interface CategorySla extends TargetHours { slaByPriority?: SlaByPriority | string }

/** Targets in business minutes, as the clocks count them (undefined: no target). */
export interface TargetMinutes { firstResponseMinutes?: number; resolutionMinutes?: number }

const positive = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) && v > 0 ? v : undefined);

/**
 * Reads HCSlaByPriority (JSON written by the set-up page). Unknown priorities, and hours that are not positive numbers,
 * are dropped; text that is not JSON reads as no per-priority targets (the category's own apply), with a warning.
 */
export function parseSlaByPriority(json: string | null | undefined): SlaByPriority { // eslint-disable-line @rushstack/no-new-null
  if (!json) return {};
  let raw: unknown;
  try { raw = JSON.parse(json); } catch {
    console.warn('[HelpCenter] HelpCategories HCSlaByPriority is not valid JSON: the category\'s own targets apply.');
    return {};
  }
  const out: SlaByPriority = {};
  if (!raw || typeof raw !== 'object') return out;
  TICKET_PRIORITIES.forEach(p => {
    const entry = (raw as Record<string, unknown>)[p] as Record<string, unknown> | undefined;
    if (!entry || typeof entry !== 'object') return;
    const t: TargetHours = { firstResponseHours: positive(entry.firstResponseHours), resolutionHours: positive(entry.resolutionHours) };
    if (t.firstResponseHours !== undefined || t.resolutionHours !== undefined) out[p] = t;
  });
  return out;
}

/** HCSlaByPriority's text for `targets` (priority order, empty entries left out); null when none is set. */
export function serializeSlaByPriority(targets: SlaByPriority): string | null { // eslint-disable-line @rushstack/no-new-null
  const out: SlaByPriority = {};
  TICKET_PRIORITIES.forEach(p => {
    const t = targets[p];
    if (!t) return;
    const entry: TargetHours = {};
    if (positive(t.firstResponseHours) !== undefined) entry.firstResponseHours = t.firstResponseHours;
    if (positive(t.resolutionHours) !== undefined) entry.resolutionHours = t.resolutionHours;
    if (entry.firstResponseHours !== undefined || entry.resolutionHours !== undefined) out[p] = entry;
  });
  return Object.keys(out).length ? JSON.stringify(out) : null; // eslint-disable-line @rushstack/no-new-null
}

/** The hours that apply to a ticket of `priority` in a category: the priority's own, else the category's, per clock. */
export function categoryTargetHours(category: CategorySla | undefined, priority: TicketPriority | undefined): TargetHours {
  if (!category) return {};
  const byPriority = typeof category.slaByPriority === 'string' ? parseSlaByPriority(category.slaByPriority) : category.slaByPriority;
  const own = (priority && byPriority && byPriority[priority]) || {};
  return {
    firstResponseHours: positive(own.firstResponseHours) !== undefined ? own.firstResponseHours : positive(category.firstResponseHours),
    resolutionHours: positive(own.resolutionHours) !== undefined ? own.resolutionHours : positive(category.resolutionHours)
  };
}

/** {@link categoryTargetHours} in business minutes, as the desk's clocks, the intake's due date and the reports count. */
export function categoryTargets(category: CategorySla | undefined, priority: TicketPriority | undefined): TargetMinutes {
  const h = categoryTargetHours(category, priority);
  return {
    firstResponseMinutes: h.firstResponseHours !== undefined ? Math.round(h.firstResponseHours * 60) : undefined,
    resolutionMinutes: h.resolutionHours !== undefined ? Math.round(h.resolutionHours * 60) : undefined
  };
}
