// The category's fields on the form come from the catalogue: its order, its labels (the ones the ticket pages show),
// its code lists; the place is a room or service, then the equipment in that room.
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { ExtraFields, ExtraFieldsProps } from '../../../../src/ui/tickets/form/ExtraFields';
import { formClasses } from '../../../../src/ui/common/formStyles';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
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

const options = () => screen.getAllByRole('option').map(o => o.textContent);

it('asks the category\'s fields in the catalogue\'s order, labelled as the ticket pages label them', () => {
  renderFields({ fields: [{ key: 'priority', required: false }, { key: 'severity', required: true }, { key: 'incidentType', required: true }, { key: 'course', required: false }] });
  const labels = Array.from(document.querySelectorAll('label')).map(l => l.textContent);
  expect(labels).toEqual([fr.fields.course.label, fr.fields.incidentType.label, fr.fields.severity.label, fr.fields.askedPriority.label]);
  const severity = screen.getByRole('combobox', { name: new RegExp(`^${fr.fields.severity.label}`) });
  expect(severity).toHaveAttribute('aria-required', 'true');
  expect(screen.getByRole('combobox', { name: new RegExp(`^${fr.fields.askedPriority.label}`) })).toHaveAttribute('aria-required', 'false');
  fireEvent.click(severity);
  expect(options()).toEqual(['Dysfonctionnement', 'Installation', 'Mise à jour', 'Réparation', 'Modification']);
  expect(document.querySelector('select')).toBeNull();
});

it('keeps what is typed and chosen under the form field\'s name', () => {
  const onChange = renderFields({ fields: [{ key: 'course', required: true }, { key: 'incidentType', required: false }] });
  fireEvent.change(screen.getByRole('textbox', { name: /Cours ou épreuve/ }), { target: { value: 'Droit civil' } });
  fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${fr.fields.incidentType.label}`) }));
  fireEvent.click(screen.getByRole('option', { name: 'Matériel' }));
  expect(onChange.mock.calls).toEqual([['course', 'Droit civil'], ['incidentType', 'hardware']]);
});

it('shows a field\'s error under it, the control marked invalid', async () => {
  renderFields({ fields: [{ key: 'course', required: true }], errors: [{ field: 'course', code: 'required' }] });
  const course = screen.getByRole('textbox', { name: /Cours ou épreuve/ });
  expect(course).toHaveAttribute('aria-invalid', 'true');
  await waitFor(() => expect(course).toHaveAccessibleDescription(fr.ticketForm.required));
});

it('asks the room (in its building, searchable), then the equipment in that room', () => {
  const onChange = renderFields({ fields: [{ key: 'equipment', required: true }], values: { locationId: 1 } as never });
  const room = screen.getByRole('combobox', { name: fr.fields.location.label });
  expect(room).toHaveValue('Salle B204 (Bâtiment B)');
  const equipment = screen.getByRole('combobox', { name: fr.ticketForm.equipmentLabel });
  fireEvent.click(equipment);
  expect(options()).toEqual(['Vidéoprojecteur Epson']);
  fireEvent.click(screen.getByRole('option', { name: 'Vidéoprojecteur Epson' }));
  expect(onChange.mock.calls).toEqual([['equipmentId', 2]]);
});

it('a room chosen clears the equipment of the room before', () => {
  const onChange = renderFields({ fields: [{ key: 'location', required: false }, { key: 'equipment', required: false }], values: { locationId: 9, equipmentId: 3 } as never });
  fireEvent.click(screen.getByRole('combobox', { name: fr.fields.location.label }));
  fireEvent.click(screen.getByRole('option', { name: 'Salle B204 (Bâtiment B)' }));
  expect(onChange.mock.calls).toEqual([['locationId', 1], ['equipmentId', undefined]]);
});

it('leaves the person asked for to the on-behalf section, and asks nothing the category does not', () => {
  renderFields({ fields: [{ key: 'beneficiary', required: false }, { key: 'screenshot', required: true }] });
  expect(screen.queryAllByRole('combobox')).toEqual([]);
  expect(screen.queryAllByRole('textbox')).toEqual([]);
});
