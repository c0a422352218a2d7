import { LOCATION_KINDS, type LocationKind } from '../vocabulary';

/** A field of the location form (and a column of the CSV file). */
export type LocationField = 'title' | 'kind' | 'building' | 'room' | 'assetTag';

/** Why a field's value is refused; the ui words each code in French and English. */
export type LocationProblemCode =
  | 'required' | 'tooLong' | 'unknownKind' | 'roomNotFound' | 'notARoom' | 'roomOnlyForEquipment' | 'duplicate' | 'duplicateInFile';

/** One refused field. */
export interface LocationProblem {
  /** The field. */
  field: LocationField;
  /** Why. */
  code: LocationProblemCode;
}

/** What a person typed for a location (a form, or one CSV row once read). */
export interface LocationDraft {
  /** Name (the item's Title). */
  title: string;
  /** Kind as typed: valid only when one of {@link LOCATION_KINDS}. */
  kind: string;
  /** Building or site (may be empty). */
  building: string;
  /** The room an equipment is in, by id (form) — undefined for none. */
  roomId?: number;
  /** Inventory number (may be empty). */
  assetTag: string;
}

/** A location as the rules need to know it. */
export interface KnownLocation {
  /** Item id. */
  id: number;
  /** Name. */
  title: string;
  /** Kind. */
  kind: LocationKind;
  /** Building ('' when none). */
  building: string;
}

/** Longest values SharePoint's single-line text columns take (Title, HCBuilding, HCAssetTag). */
export const LOCATION_MAX_LENGTH: Readonly<Record<'title' | 'building' | 'assetTag', number>> = { title: 255, building: 255, assetTag: 255 };

/** Whether a typed kind is one the list knows. */
export function isLocationKind(kind: string): kind is LocationKind {
  return (LOCATION_KINDS as readonly string[]).indexOf(kind) >= 0;
}

function fold(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');
}

/** The identity of a location for duplicates and imports: its name and building, spaces and case aside. */
export function locationKey(title: string, building: string): string {
  return `${fold(title)}\u0000${fold(building)}`;
}

/** A draft with spaces trimmed and runs of spaces collapsed: what is written. */
export function tidyDraft(draft: LocationDraft): LocationDraft {
  const tidy = (v: string): string => v.replace(/\s+/g, ' ').trim();
  return { title: tidy(draft.title), kind: tidy(draft.kind), building: tidy(draft.building), roomId: draft.roomId, assetTag: tidy(draft.assetTag) };
}

/** What the rules need besides the draft. */
export interface LocationCheckContext {
  /** The item being edited (undefined for a new one): it is no duplicate of itself. */
  selfId?: number;
  /** The room the draft names, as read (false: no such item; undefined: the draft names none). */
  room?: KnownLocation | false;
  /** Existing locations with the draft's name (any building): duplicates are found among them. */
  sameName: readonly KnownLocation[];
}

/**
 * Every refused field of a draft (tidied first), in form order: a name is required, unique within its building and
 * at most 255 characters; the kind is room, equipment or service; only an equipment names a room, and that room is
 * an existing room (not an equipment or a service, and not itself).
 */
export function checkLocation(draft: LocationDraft, ctx: LocationCheckContext): LocationProblem[] {
  const d = tidyDraft(draft);
  const problems: LocationProblem[] = [];
  if (!d.title) problems.push({ field: 'title', code: 'required' });
  else if (d.title.length > LOCATION_MAX_LENGTH.title) problems.push({ field: 'title', code: 'tooLong' });
  else {
    const key = locationKey(d.title, d.building);
    if (ctx.sameName.some(l => l.id !== ctx.selfId && locationKey(l.title, l.building) === key)) problems.push({ field: 'title', code: 'duplicate' });
  }
  if (!d.kind) problems.push({ field: 'kind', code: 'required' });
  else if (!isLocationKind(d.kind)) problems.push({ field: 'kind', code: 'unknownKind' });
  if (d.building.length > LOCATION_MAX_LENGTH.building) problems.push({ field: 'building', code: 'tooLong' });
  if (d.roomId !== undefined) {
    if (d.kind !== 'equipment') problems.push({ field: 'room', code: 'roomOnlyForEquipment' });
    else if (!ctx.room) problems.push({ field: 'room', code: 'roomNotFound' });
    else if (ctx.room.kind !== 'room' || ctx.room.id === ctx.selfId) problems.push({ field: 'room', code: 'notARoom' });
  }
  if (d.assetTag.length > LOCATION_MAX_LENGTH.assetTag) problems.push({ field: 'assetTag', code: 'tooLong' });
  return problems;
}
