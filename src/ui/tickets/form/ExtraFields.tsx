import * as React from 'react';
import type { FormClasses } from './formStyles';
import { INCIDENT_TYPES, TICKET_PRIORITIES, TICKET_SEVERITIES } from '../../../domain/vocabulary';
import type { FormFieldKey, IntakeError } from '../../../domain/intake';
import type { FormLocation } from '../../../data/intake/IntakeService';
import type { SavedDraft } from './draftStore';
import { Field } from './Field';
import { fieldError } from './errorText';

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

/** The fields a category asks for (course, room and equipment, incident and intervention types, priority). */
export function ExtraFields(props: ExtraFieldsProps): React.ReactElement {
  const { strings, classes, values, onChange } = props;
  const s = strings.ticketForm;
  const shown = (key: FormFieldKey): { required: boolean } | undefined => props.fields.filter(f => f.key === key)[0];
  const rooms = props.locations.filter(l => l.kind !== 'equipment');
  const equipment = props.locations.filter(l => l.kind === 'equipment' && l.parentId === values.locationId);
  const choice = <T extends string>(key: 'incidentType' | 'severity' | 'priority', label: string, codes: readonly T[], labels: Record<T, string>): React.ReactNode => {
    const f = shown(key);
    if (!f) return undefined;
    const error = fieldError(props.errors, key, s);
    return (
      <Field id={`hc-${key}`} label={label} required={f.required} error={error} classes={classes}>
        {(describedBy, invalid) => (
          <select id={`hc-${key}`} className={classes.select} value={(values[key] as string) || ''} aria-describedby={describedBy}
            aria-invalid={invalid} aria-required={f.required} onChange={e => onChange(key, (e.target.value || undefined) as never)}>
            <option value="">{s.choose}</option>
            {codes.map(c => <option key={c} value={c}>{labels[c]}</option>)}
          </select>
        )}
      </Field>
    );
  };
  const course = shown('course');
  const location = shown('location');
  const equip = shown('equipment');
  return (
    <>
      {course ? (
        <Field id="hc-course" label={s.courseLabel} required={course.required} error={fieldError(props.errors, 'course', s)} classes={classes}>
          {(describedBy, invalid) => (
            <input id="hc-course" className={classes.input} value={values.course || ''} maxLength={255} aria-describedby={describedBy}
              aria-invalid={invalid} aria-required={course.required} onChange={e => onChange('course', e.target.value)} />
          )}
        </Field>
      ) : undefined}
      {location ? (
        <Field id="hc-location" label={s.locationLabel} required={location.required} error={fieldError(props.errors, 'location', s)} classes={classes}>
          {(describedBy, invalid) => (
            <select id="hc-location" className={classes.select} value={values.locationId || ''} aria-describedby={describedBy} aria-invalid={invalid}
              aria-required={location.required} onChange={e => { onChange('locationId', Number(e.target.value) || undefined); onChange('equipmentId', undefined); }}>
              <option value="">{s.locationPlaceholder}</option>
              {rooms.map(r => <option key={r.id} value={r.id}>{r.building ? `${r.title} (${r.building})` : r.title}</option>)}
            </select>
          )}
        </Field>
      ) : undefined}
      {equip ? (
        <Field id="hc-equipment" label={s.equipmentLabel} required={equip.required} error={fieldError(props.errors, 'equipment', s)} classes={classes}>
          {(describedBy, invalid) => (
            <select id="hc-equipment" className={classes.select} value={values.equipmentId || ''} aria-describedby={describedBy} aria-invalid={invalid}
              aria-required={equip.required} onChange={e => onChange('equipmentId', Number(e.target.value) || undefined)}>
              <option value="">{s.equipmentPlaceholder}</option>
              {equipment.map(r => <option key={r.id} value={r.id}>{r.title}</option>)}
            </select>
          )}
        </Field>
      ) : undefined}
      {choice('incidentType', s.incidentTypeLabel, INCIDENT_TYPES, strings.incidentType)}
      {choice('severity', s.severityLabel, TICKET_SEVERITIES, strings.ticketSeverity)}
      {choice('priority', s.priorityLabel, TICKET_PRIORITIES, strings.ticketPriority)}
    </>
  );
}
