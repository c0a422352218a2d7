import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { CATEGORY_FORM_FIELDS } from '../../../../domain/config/categoryRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { formatString } from '../../../common/format';
import { fieldId } from './categoryForm';
import { formFieldLabel } from './formFieldLabel';

/** Props of {@link FormFieldsTable}. */
export interface FormFieldsTableProps {
  /** Fields asked. */
  formFields: readonly string[];
  /** Fields required. */
  requiredFields: readonly string[];
  /** The two lists changed (a field no longer asked is no longer required; a required one is asked). */
  onChange: (formFields: string[], requiredFields: string[]) => void;
  /** The messages of the two lists, if refused. */
  errors: { formFields?: string; requiredFields?: string };
}

/**
 * The field catalogue's form fields as a table: one row per field, a box to ask for it and one to require it (ticking
 * "required" asks for it too, unticking "asked" drops "required": required ⊆ asked holds as the owner types).
 */
export function FormFieldsTable(props: FormFieldsTableProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.categoriesConfig;
  const theme = useTheme();
  const c = React.useMemo(() => mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { padding: '4px 8px', textAlign: 'left', borderBottom: `1px solid ${theme.palette.neutralLighter}` } } },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0', color: theme.semanticColors.bodyText },
    error: { color: theme.semanticColors.errorText, margin: '4px 0 0' }
  }), [theme]);
  const has = (list: readonly string[], k: string): boolean => list.indexOf(k) >= 0;
  const without = (list: readonly string[], k: string): string[] => list.filter(x => x !== k);
  const toggle = (k: string, which: 'shown' | 'required', on: boolean): void => {
    const shown = which === 'shown' ? (on ? props.formFields.concat([k]) : without(props.formFields, k)) : (on && !has(props.formFields, k) ? props.formFields.concat([k]) : props.formFields.slice());
    const required = which === 'required' ? (on ? props.requiredFields.concat([k]) : without(props.requiredFields, k)) : (on ? props.requiredFields.slice() : without(props.requiredFields, k));
    props.onChange(shown, required);
  };
  const message = props.errors.formFields || props.errors.requiredFields;
  return (
    <div>
      <table className={c.table}>
        <caption className={c.caption}>{s.fieldsCaption}</caption>
        <thead><tr><th scope="col">{s.fieldColumn}</th><th scope="col">{s.shownColumn}</th><th scope="col">{s.requiredColumn}</th></tr></thead>
        <tbody>
          {CATEGORY_FORM_FIELDS.map((k, i) => {
            const label = formFieldLabel(k, strings);
            return (
              <tr key={k}>
                <th scope="row">{label}</th>
                <td><Checkbox id={i === 0 ? fieldId('formFields') : undefined} ariaLabel={formatString(s.fieldShown, label)} checked={has(props.formFields, k)} onChange={(_, on) => toggle(k, 'shown', !!on)} /></td>
                <td><Checkbox id={i === 0 ? fieldId('requiredFields') : undefined} ariaLabel={formatString(s.fieldRequired, label)} checked={has(props.requiredFields, k)} onChange={(_, on) => toggle(k, 'required', !!on)} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {message ? <p role="alert" className={c.error}>{message}</p> : null}
    </div>
  );
}
