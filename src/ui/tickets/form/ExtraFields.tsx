import * as React from 'react';
import type { FormClasses } from './formStyles';
import type { FormFieldKey, IntakeError } from '../../../domain/intake';
import { TicketFieldDef, formFieldDefs } from '../../../domain/tickets/fields';
import type { FormLocation } from '../../../data/intake/IntakeService';
import type { SavedDraft } from './draftStore';
import { Field } from './Field';
import { fieldError } from './errorText';
import { fieldLabel, placeText } from '../../common/fieldText';

/** Props of {@link ExtraFields}. */
export interface ExtraFieldsProps {
  fields: { key: FormFieldKey; required: boolean }[];
  values: SavedDraft['fields'];
  locations: FormLocation[];
  errors: IntakeError[];
  strings: IHelpCenterStrings;
  classes: FormClasses;
  onChange: <K extends keyof SavedDraft['fields']>(key: K, value: SavedDraft['fields'][K]) => void;
}

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
  const { strings, classes, values, errors } = props;
  const s = strings.ticketForm;
  const key = def.form as FormFieldKey;
  const f = asked(key);
  const label = fieldLabel(def.key, strings);
  // The draft keeps a text or choice field under its form field's name.
  const value = (values as unknown as { [k: string]: string | undefined })[key] || '';
  const set = (v: string | undefined): void => (props.onChange as (k: string, v: string | undefined) => void)(key, v);
  if (def.input === 'place') return <PlaceInputs label={label} room={f} equipment={asked('equipment')} {...props} />;
  if (!f) return undefined;
  return (
    <Field id={`hc-${key}`} label={label} required={f.required} error={fieldError(errors, key, s)} classes={classes}>
      {(describedBy, invalid) => def.input === 'choice' ? (
        <select id={`hc-${key}`} className={classes.select} value={value} aria-describedby={describedBy} aria-invalid={invalid} aria-required={f.required}
          onChange={e => set(e.target.value || undefined)}>
          <option value="">{s.choose}</option>
          {(def.codes || []).map(c => <option key={c} value={c}>{(def.vocabulary && (strings[def.vocabulary] as { [code: string]: string })[c]) || c}</option>)}
        </select>
      ) : (
        <input id={`hc-${key}`} className={classes.input} value={value} maxLength={255} aria-describedby={describedBy} aria-invalid={invalid}
          aria-required={f.required} onChange={e => set(e.target.value)} />
      )}
    </Field>
  );
}

/** The place: a room or service, then (when the category asks for it) the equipment in that room. */
function PlaceInputs(props: ExtraFieldsProps & { label: string; room?: { required: boolean }; equipment?: { required: boolean } }): React.ReactElement {
  const { strings, classes, values, errors } = props;
  const s = strings.ticketForm;
  const onChange: Change = props.onChange;
  const rooms = props.locations.filter(l => l.kind !== 'equipment');
  const equipment = props.locations.filter(l => l.kind === 'equipment' && l.parentId === values.locationId);
  // The equipment is chosen within a room: the room is asked whenever the equipment is.
  const equip = props.equipment;
  const room = props.room || (equip && { required: equip.required });
  return (
    <>
      {room ? (
        <Field id="hc-location" label={props.label} required={room.required} error={fieldError(errors, 'location', s)} classes={classes}>
          {(describedBy, invalid) => (
            <select id="hc-location" className={classes.select} value={values.locationId || ''} aria-describedby={describedBy} aria-invalid={invalid}
              aria-required={room.required} onChange={e => { onChange('locationId', Number(e.target.value) || undefined); onChange('equipmentId', undefined); }}>
              <option value="">{s.locationPlaceholder}</option>
              {rooms.map(r => <option key={r.id} value={r.id}>{placeText({ name: r.title, building: r.building }, strings)}</option>)}
            </select>
          )}
        </Field>
      ) : undefined}
      {equip ? (
        <Field id="hc-equipment" label={s.equipmentLabel} required={equip.required} error={fieldError(errors, 'equipment', s)} classes={classes}>
          {(describedBy, invalid) => (
            <select id="hc-equipment" className={classes.select} value={values.equipmentId || ''} aria-describedby={describedBy} aria-invalid={invalid}
              aria-required={equip.required} onChange={e => onChange('equipmentId', Number(e.target.value) || undefined)}>
              <option value="">{s.equipmentPlaceholder}</option>
              {equipment.map(r => <option key={r.id} value={r.id}>{r.title}</option>)}
            </select>
          )}
        </Field>
      ) : undefined}
    </>
  );
}
