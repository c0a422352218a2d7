import { fieldDef } from '../../domain/tickets/fields';
import type { ShownField, TicketFieldKey } from '../../domain/tickets/fields';
import type { FieldNames, PlaceName } from '../../data/tickets/ticketView';
import { formatString } from './format';
import { dateTimeText } from './dates';
import type { UiLocale } from './HelpCenterContext';

/** What turning a field's value into words needs: the page's strings and language, and the names the view resolved. */
export interface FieldTextContext {
  strings: IHelpCenterStrings;
  locale: UiLocale;
  names: FieldNames;
}

/** A catalogue field's label in the page's language (strings.fields.<key>.label): the form, the ticket pages and the queues share it. */
export function fieldLabel(key: TicketFieldKey, strings: IHelpCenterStrings): string {
  const entry = strings.fields[key];
  return entry ? entry.label : key;
}

/** A place's name: a room or service in its building, an equipment in its room. */
export function placeText(place: PlaceName, strings: IHelpCenterStrings): string {
  const d = strings.fieldDisplay;
  const inBuilding = (name: string, building: string | undefined): string => (building ? formatString(d.inBuilding, name, building) : name);
  // An equipment in a room is in that room's building: the building is said once.
  return place.room ? formatString(d.inRoom, place.name, inBuilding(place.room.name, place.room.building || place.building)) : inBuilding(place.name, place.building);
}

/** A date and time in the page's language (the kernel's {@link dateTimeText}; kept for the pages that import it from here). */
export function dateText(at: Date, locale: UiLocale): string {
  return dateTimeText(at, locale);
}

/**
 * A field's value in words, the same way for every field of a kind: codes by the label of their vocabulary, people
 * by name, lookups by the name the view resolved (its number when the reader's page could not name it), dates in
 * the page's language. A field added to the catalogue shows without code here.
 */
export function fieldText(field: ShownField, ctx: FieldTextContext): string {
  const v = field.value;
  const { strings, locale, names } = ctx;
  const unknown = (id: number): string => formatString(strings.fieldDisplay.unknown, id);
  switch (v.kind) {
    case 'text': return v.text;
    case 'code': {
      const vocabulary = fieldDef(field.key).vocabulary;
      const labels = vocabulary ? (strings[vocabulary] as { [code: string]: string }) : undefined;
      return (labels && labels[v.code]) || v.code;
    }
    case 'person': return v.person.displayName || v.person.email;
    case 'category': return names.categories[v.id] ? names.categories[v.id][locale] : unknown(v.id);
    case 'team': return names.teams[v.id] ? names.teams[v.id][locale] : unknown(v.id);
    case 'place': return names.places[v.id] ? placeText(names.places[v.id], strings) : unknown(v.id);
    case 'date': return dateText(v.at, locale);
    default: return '';
  }
}

/** Whether a value is words a person typed (a course, a name, a place's name), to show isolated through <UserText>. */
export function isTypedText(field: ShownField): boolean {
  return field.value.kind !== 'code' && field.value.kind !== 'date';
}
