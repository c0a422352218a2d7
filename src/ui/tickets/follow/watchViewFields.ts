import type { ShownField } from '../../../domain/tickets/fields';
import type { WatchView } from '../../../domain/tickets/watchView';
import type { FieldNames } from '../../../data/tickets/ticketView';

/**
 * A watcher's stored view as the shared field display (TicketFields) takes it: the same labels and value wording as
 * the requester's and the desk's pages. People are stored by name only (no address in a watcher's row).
 */
export function watchViewFields(view: WatchView): { fields: ShownField[]; names: FieldNames } {
  const fields: ShownField[] = view.fields.map(f => {
    const v = f.value;
    switch (v.kind) {
      case 'person': return { key: f.key, value: { kind: 'person', person: { id: 0, email: '', displayName: v.name } } };
      case 'date': return { key: f.key, value: { kind: 'date', at: new Date(v.at) } };
      default: return { key: f.key, value: v };
    }
  });
  const names = view.names || { categories: {}, teams: {}, places: {} };
  return { fields, names: { categories: names.categories, teams: names.teams, places: names.places } };
}
