// The category's fields on the form come from the catalogue: its order, its labels (the ones the ticket pages show),
// its code lists; the place is a room or service, then the equipment in that room.
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { createTheme } from '@fluentui/react/lib/Styling';
import { ExtraFields, ExtraFieldsProps } from '../../../../src/ui/tickets/form/ExtraFields';
import { formClasses } from '../../../../src/ui/tickets/form/formStyles';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

const fr = loadLocStrings('fr-fr');
const LOCATIONS = [
  { id: 1, title: 'Salle B204', kind: 'room' as const, building: 'Bâtiment B' },
  { id: 2, title: 'Vidéoprojecteur Epson', kind: 'equipment' as const, parentId: 1 },
  { id: 3, title: 'Imprimante', kind: 'equipment' as const, parentId: 9 },
];

function renderFields(over: Partial<ExtraFieldsProps> = {}): jest.Mock {
  const onChange = jest.fn();
  render(<ExtraFields fields={[]} values={{} as never} locations={LOCATIONS} errors={[]} strings={fr} classes={formClasses(createTheme())} onChange={onChange} {...over} />);
  return onChange;
}

it('asks the category\'s fields in the catalogue\'s order, labelled as the ticket pages label them', () => {
  renderFields({ fields: [{ key: 'priority', required: false }, { key: 'severity', required: true }, { key: 'incidentType', required: true }, { key: 'course', required: false }] });
  const labels = Array.from(document.querySelectorAll('label')).map(l => l.textContent);
  expect(labels).toEqual([fr.fields.course.label, `${fr.fields.incidentType.label} *`, `${fr.fields.severity.label} *`, fr.fields.askedPriority.label]);
  const severity = screen.getByRole('combobox', { name: fr.fields.severity.label });
  expect(severity).toHaveAttribute('aria-required', 'true');
  expect(Array.from((severity as HTMLSelectElement).options).map(o => o.textContent)).toEqual([fr.ticketForm.choose, 'Dysfonctionnement', 'Installation', 'Mise à jour', 'Réparation', 'Modification']);
});

it('keeps what is typed and chosen under the form field\'s name', () => {
  const onChange = renderFields({ fields: [{ key: 'course', required: true }, { key: 'incidentType', required: false }] });
  fireEvent.change(screen.getByRole('textbox', { name: /Cours ou épreuve/ }), { target: { value: 'Droit civil' } });
  fireEvent.change(screen.getByRole('combobox', { name: fr.fields.incidentType.label }), { target: { value: 'hardware' } });
  expect(onChange.mock.calls).toEqual([['course', 'Droit civil'], ['incidentType', 'hardware']]);
});

it('asks the room (in its building), then the equipment in that room', () => {
  const onChange = renderFields({ fields: [{ key: 'equipment', required: true }], values: { locationId: 1 } as never });
  const room = screen.getByRole('combobox', { name: fr.fields.location.label }) as HTMLSelectElement;
  expect(Array.from(room.options).map(o => o.textContent)).toEqual([fr.ticketForm.locationPlaceholder, 'Salle B204 (Bâtiment B)']);
  const equipment = screen.getByRole('combobox', { name: fr.ticketForm.equipmentLabel }) as HTMLSelectElement;
  expect(Array.from(equipment.options).map(o => o.textContent)).toEqual([fr.ticketForm.equipmentPlaceholder, 'Vidéoprojecteur Epson']);
  fireEvent.change(room, { target: { value: '' } });
  expect(onChange.mock.calls).toEqual([['locationId', undefined], ['equipmentId', undefined]]);
});

it('leaves the person asked for to the on-behalf section, and asks nothing the category does not', () => {
  renderFields({ fields: [{ key: 'beneficiary', required: false }, { key: 'screenshot', required: true }] });
  expect(screen.queryAllByRole('combobox')).toEqual([]);
  expect(screen.queryAllByRole('textbox')).toEqual([]);
});
