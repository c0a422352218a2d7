import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ComboBox, IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import type { FormFieldKey, IntakeError } from '../../../domain/intake';
import { TicketFieldDef, formFieldDefs } from '../../../domain/tickets/fields';
import type { FormLocation } from '../../../data/intake/IntakeService';
import type { SavedDraft } from './draftStore';
import type { FormClasses } from '../../common/formStyles';
import { fieldError } from './errorText';
import { fieldLabel, placeText } from '../../common/fieldText';

/** Props of {@link ExtraFields}. */
export interface ExtraFieldsProps {
  fields: { key: FormFieldKey; required: boolean }[];
  values: SavedDraft['fields'];
  locations: FormLocation[];
  errors: IntakeError[];
  strings: IHelpCenterStrings;
  /** The form's classes (kept for the callers; Fluent's controls style themselves). */
  classes?: FormClasses;
  onChange: <K extends keyof SavedDraft['fields']>(key: K, value: SavedDraft['fields'][K]) => void;
}

export { extraFieldInputId } from './extraFieldIds';

type Change = ExtraFieldsProps['onChange'];

/**
 * The fields a category asks for, in the catalogue's order and with its labels (the ticket pages and the queues show
 * the same words): each is asked the way the catalogue says — text, one code of its list, or a place (a room or
 * service, then the equipment in it). People are asked by the form's on-behalf section.
 */
export function ExtraFields(props: ExtraFieldsProps): React.ReactElement {
  const asked = (key: FormFieldKey | undefined): { required: boolean } | undefined => props.fields.filter(f => f.key === key)[0];
  const defs = formFieldDefs(props.fields.map(f => f.key)).filter(d => d.input !== 'person');
  return <>{defs.map(def => <React.Fragment key={def.key}>{input(def, props, asked)}</React.Fragment>)}</>;
}

function input(def: TicketFieldDef, props: ExtraFieldsProps, asked: (key: FormFieldKey | undefined) => { required: boolean } | undefined): React.ReactNode {
  const { strings, values, errors } = props;
  const s = strings.ticketForm;
  const key = def.form as FormFieldKey;
  const f = asked(key);
  const label = fieldLabel(def.key, strings);
  // The draft keeps a text or choice field under its form field's name.
  const value = (values as unknown as { [k: string]: string | undefined })[key] || '';
  const set = (v: string | undefined): void => (props.onChange as (k: string, v: string | undefined) => void)(key, v);
  if (def.input === 'place') return <PlaceInputs label={label} room={f} equipment={asked('equipment')} {...props} />;
  if (!f) return undefined;
  const error = fieldError(errors, key, s);
  if (def.input === 'choice') {
    const vocabulary = def.vocabulary ? (strings[def.vocabulary] as { [code: string]: string }) : undefined;
    const options: IDropdownOption[] = (def.codes || []).map(c => ({ key: c, text: (vocabulary && vocabulary[c]) || c }));
    return (
      <Dropdown id={`hc-${key}`} label={label} required={f.required} options={options} selectedKey={value || null} placeholder={s.choose}
        errorMessage={error} onChange={(_, option) => set(option ? String(option.key) : undefined)} />
    );
  }
  return (
    <TextField id={`hc-${key}`} label={label} required={f.required} value={value} maxLength={255} errorMessage={error}
      onChange={(_, v) => set(v || '')} />
  );
}

/** The place: a room or service (searchable, with its building), then (when the category asks for it) the equipment in that room. */
function PlaceInputs(props: ExtraFieldsProps & { label: string; room?: { required: boolean }; equipment?: { required: boolean } }): React.ReactElement {
  const { strings, values, errors } = props;
  const s = strings.ticketForm;
  const onChange: Change = props.onChange;
  const rooms: IComboBoxOption[] = props.locations.filter(l => l.kind !== 'equipment')
    .map(r => ({ key: r.id, text: placeText({ name: r.title, building: r.building }, strings) }));
  const equipment: IComboBoxOption[] = props.locations.filter(l => l.kind === 'equipment' && l.parentId === values.locationId)
    .map(r => ({ key: r.id, text: r.title }));
  // The equipment is chosen within a room: the room is asked whenever the equipment is.
  const equip = props.equipment;
  const room = props.room || (equip && { required: equip.required });
  return (
    <>
      {room ? (
        <ComboBox id="hc-location" label={props.label} required={room.required} options={rooms} selectedKey={values.locationId === undefined ? null : values.locationId}
          placeholder={s.locationPlaceholder} autoComplete="on" allowFreeform={false} useComboBoxAsMenuWidth errorMessage={fieldError(errors, 'location', s)}
          onChange={(_, option) => { if (!option) return; onChange('locationId', Number(option.key)); onChange('equipmentId', undefined); }} />
      ) : undefined}
      {equip ? (
        <ComboBox id="hc-equipment" label={s.equipmentLabel} required={equip.required} options={equipment}
          selectedKey={values.equipmentId === undefined ? null : values.equipmentId} disabled={values.locationId === undefined}
          placeholder={s.equipmentPlaceholder} autoComplete="on" allowFreeform={false} useComboBoxAsMenuWidth errorMessage={fieldError(errors, 'equipment', s)}
          onChange={(_, option) => { if (option) onChange('equipmentId', Number(option.key)); }} />
      ) : undefined}
    </>
  );
}
