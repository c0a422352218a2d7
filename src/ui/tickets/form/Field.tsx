import * as React from 'react';
import type { FormClasses } from './formStyles';

/** Props of {@link Field}. */
export interface FieldProps {
  /** Id of the control the label points at. */
  id: string;
  label: string;
  required?: boolean;
  help?: string;
  /** Translated error, shown and announced with the control (aria-describedby). */
  error?: string;
  classes: FormClasses;
  /** Renders the control with the ids it must reference. */
  children: (describedBy: string | undefined, invalid: boolean) => React.ReactNode;
}

/** A labelled form field with help and error text wired to the control for screen readers. */
export function Field(props: FieldProps): React.ReactElement {
  const helpId = props.help ? `${props.id}-help` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.classes.field}>
      <label htmlFor={props.id} className={props.classes.label}>
        {props.label}{props.required ? <span className={props.classes.required} aria-hidden="true"> *</span> : undefined}
      </label>
      {props.children(describedBy, !!props.error)}
      {props.error ? <p id={errorId} className={props.classes.error}>{props.error}</p> : undefined}
      {props.help ? <p id={helpId} className={props.classes.help}>{props.help}</p> : undefined}
    </div>
  );
}
