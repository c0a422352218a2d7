import type { LocationView } from '../../../data/config';
import type { LocationField } from '../../../domain/config/locationRules';

/** What the form holds: the typed values (the room by name, in the same building). */
export interface LocationForm {
  /** Name. */
  title: string;
  /** Kind. */
  kind: string;
  /** Building. */
  building: string;
  /** Room name (equipment). */
  room: string;
  /** Asset tag. */
  assetTag: string;
}

/** The form of a location read from the list (or an empty one). */
export function formOf(item: LocationView | undefined): LocationForm {
  return item
    ? { title: item.title, kind: item.kind, building: item.building, room: item.roomTitle, assetTag: item.assetTag }
    : { title: '', kind: 'room', building: '', room: '', assetTag: '' };
}

/** The input id of a field (the error summary's links move the focus there). */
export function fieldId(field: LocationField): string {
  return `hc-location-${field}`;
}

function key(id: number | undefined): string {
  return `hc-config-location:${id === undefined ? 'new' : id}`;
}

/** A draft kept in the browser, so a reload loses nothing typed (undefined: none). */
export function readDraft(id: number | undefined): LocationForm | undefined {
  try {
    const raw = window.localStorage.getItem(key(id));
    const parsed = raw ? JSON.parse(raw) as Partial<LocationForm> : undefined;
    if (!parsed || typeof parsed.title !== 'string') return undefined;
    return { title: parsed.title, kind: String(parsed.kind || ''), building: String(parsed.building || ''), room: String(parsed.room || ''), assetTag: String(parsed.assetTag || '') };
  } catch {
    return undefined;
  }
}

/** Keeps (or, with undefined, forgets) the draft of a location. */
export function writeDraft(id: number | undefined, form: LocationForm | undefined): void {
  try {
    if (form) window.localStorage.setItem(key(id), JSON.stringify(form));
    else window.localStorage.removeItem(key(id));
  } catch (e) {
    console.warn('Locations: the draft could not be kept in this browser', e);
  }
}
