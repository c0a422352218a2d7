import type { CategoryView } from '../../../../data/config';
import type { CategoryDraft, CategoryField } from '../../../../domain/config/categoryRules';

/** Hours as the form shows them in the page's language (1,5 in French). */
export function hoursInput(hours: number | undefined, locale: 'fr' | 'en'): string {
  if (hours === undefined) return '';
  const text = String(hours);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** The form of a category read from the list, or of a new one under `parentId`. */
export function formOf(item: CategoryView | undefined, locale: 'fr' | 'en', parentId?: number): CategoryDraft {
  return item
    ? {
      titleFr: item.titleFr, titleEn: item.titleEn, parentId: item.parentId, icon: item.icon, defaultTeamId: item.defaultTeamId,
      formFields: item.formFields.slice(), requiredFields: item.requiredFields.slice(), firstResponseHours: hoursInput(item.firstResponseHours, locale),
      resolutionHours: hoursInput(item.resolutionHours, locale), approvalRequired: item.approvalRequired
    }
    : { titleFr: '', titleEn: '', parentId, icon: '', formFields: [], requiredFields: [], firstResponseHours: '', resolutionHours: '', approvalRequired: false };
}

/** The input id of a field (the error summary's links move the focus there). */
export function fieldId(field: CategoryField): string {
  return `hc-category-${field}`;
}

function key(id: number | undefined): string {
  return `hc-config-category:${id === undefined ? 'new' : id}`;
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
      resolutionHours: String(p.resolutionHours || ''), approvalRequired: p.approvalRequired === true
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
