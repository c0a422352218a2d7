import type { CategoryView } from '../../../../data/config';
import type { CategoryDraft, CategoryField, PriorityHoursDraft } from '../../../../domain/config/categoryRules';
import type { SlaByPriority } from '../../../../domain/sla/categoryTargets';
import { TICKET_PRIORITIES } from '../../../../domain/vocabulary';

/** Hours as the form shows them in the page's language (1,5 in French). */
export function hoursInput(hours: number | undefined, locale: 'fr' | 'en'): string {
  if (hours === undefined) return '';
  const text = String(hours);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** Targets per priority as the form shows them. */
function priorityInputs(targets: SlaByPriority, locale: 'fr' | 'en'): PriorityHoursDraft {
  const out: PriorityHoursDraft = {};
  TICKET_PRIORITIES.forEach(p => {
    const t = targets[p];
    if (t) out[p] = { firstResponseHours: hoursInput(t.firstResponseHours, locale), resolutionHours: hoursInput(t.resolutionHours, locale) };
  });
  return out;
}

/** Targets per priority kept in a draft (whatever the browser held: only strings of known priorities). */
function priorityDraft(v: unknown): PriorityHoursDraft {
  const out: PriorityHoursDraft = {};
  TICKET_PRIORITIES.forEach(p => {
    const t = v && typeof v === 'object' ? (v as Record<string, { firstResponseHours?: unknown; resolutionHours?: unknown }>)[p] : undefined;
    if (t && typeof t === 'object') out[p] = { firstResponseHours: String(t.firstResponseHours || ''), resolutionHours: String(t.resolutionHours || '') };
  });
  return out;
}

/** The form of a category read from the list, or of a new one under `parentId`. */
export function formOf(item: CategoryView | undefined, locale: 'fr' | 'en', parentId?: number): CategoryDraft {
  return item
    ? {
      titleFr: item.titleFr, titleEn: item.titleEn, parentId: item.parentId, icon: item.icon, defaultTeamId: item.defaultTeamId,
      formFields: item.formFields.slice(), requiredFields: item.requiredFields.slice(), firstResponseHours: hoursInput(item.firstResponseHours, locale),
      resolutionHours: hoursInput(item.resolutionHours, locale), approvalRequired: item.approvalRequired, approver: item.approver, priorityHours: priorityInputs(item.slaByPriority, locale),
      communityUrl: item.communityUrl, communityName: item.communityName
    }
    : { titleFr: '', titleEn: '', parentId, icon: '', formFields: [], requiredFields: [], firstResponseHours: '', resolutionHours: '', approvalRequired: false, priorityHours: {}, communityUrl: '', communityName: '' };
}

/** The input id of a field (the error summary's links move the focus there). */
export function fieldId(field: CategoryField): string {
  return `hc-category-${field.replace(':', '-')}`;
}

/** A field's name in the error summary: a priority's target says which priority ("Première réponse — Critique"). */
export function fieldLabel(field: CategoryField, labels: { [F in 'firstResponseHours' | 'resolutionHours']: string } & { [other: string]: string },
  priorities: { [priority: string]: string }): string {
  const [clock, priority] = field.split(':');
  return priority ? `${labels[clock]} — ${priorities[priority]}` : labels[field];
}

function key(id: number | undefined): string {
  return `hc-config-category:${id === undefined ? 'new' : id}`;
}

/** A default approver kept in a draft (a site user id and their name), or none. */
function approverDraft(v: unknown): CategoryDraft['approver'] {
  const p = v && typeof v === 'object' ? v as { id?: unknown; displayName?: unknown; email?: unknown } : undefined;
  return p && typeof p.id === 'number' && p.id > 0 ? { id: p.id, displayName: String(p.displayName || ''), email: String(p.email || '') } : undefined;
}

const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const optionalId = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);

/** A draft kept in the browser, so a reload loses nothing typed (undefined: none). */
export function readDraft(id: number | undefined): CategoryDraft | undefined {
  try {
    const raw = window.localStorage.getItem(key(id));
    const p = raw ? JSON.parse(raw) as Partial<Record<keyof CategoryDraft, unknown>> : undefined;
    if (!p || typeof p.titleFr !== 'string') return undefined;
    return {
      titleFr: p.titleFr, titleEn: String(p.titleEn || ''), parentId: optionalId(p.parentId), icon: String(p.icon || ''), defaultTeamId: optionalId(p.defaultTeamId),
      formFields: texts(p.formFields), requiredFields: texts(p.requiredFields), firstResponseHours: String(p.firstResponseHours || ''),
      resolutionHours: String(p.resolutionHours || ''), approvalRequired: p.approvalRequired === true, approver: approverDraft(p.approver), priorityHours: priorityDraft(p.priorityHours),
      communityUrl: String(p.communityUrl || ''), communityName: String(p.communityName || '')
    };
  } catch {
    return undefined;
  }
}

/** Keeps (or, with undefined, forgets) the draft of a category. */
export function writeDraft(id: number | undefined, form: CategoryDraft | undefined): void {
  try {
    if (form) window.localStorage.setItem(key(id), JSON.stringify(form));
    else window.localStorage.removeItem(key(id));
  } catch (e) {
    console.warn('Categories: the draft could not be kept in this browser', e);
  }
}
