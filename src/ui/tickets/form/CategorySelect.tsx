import * as React from 'react';
import type { FormClasses } from './formStyles';
import type { FormCategory } from '../../../data/intake/IntakeService';
import type { UiLocale } from '../../common/HelpCenterContext';
import { Field } from './Field';

/** Props of {@link CategorySelect}. */
export interface CategorySelectProps {
  categories: FormCategory[];
  value?: number;
  locale: UiLocale;
  error?: string;
  strings: IHelpCenterStrings['ticketForm'];
  classes: FormClasses;
  onChange(id: number | undefined): void;
}

/** The category tree as option groups: a root with children is a group, its children are the choices. */
export function CategorySelect(props: CategorySelectProps): React.ReactElement {
  const name = (c: FormCategory): string => (props.locale === 'en' ? c.titleEn : c.titleFr);
  const roots = props.categories.filter(c => !c.parentId);
  const children = (id: number): FormCategory[] => props.categories.filter(c => c.parentId === id);
  return (
    <Field id="hc-category" label={props.strings.categoryLabel} required error={props.error} classes={props.classes}>
      {(describedBy, invalid) => (
        <select id="hc-category" className={props.classes.select} value={props.value || ''} aria-required aria-invalid={invalid}
          aria-describedby={describedBy} onChange={e => props.onChange(Number(e.target.value) || undefined)}>
          <option value="">{props.strings.categoryPlaceholder}</option>
          {roots.map(root => {
            const kids = children(root.id);
            return kids.length
              ? <optgroup key={root.id} label={name(root)}>{kids.map(k => <option key={k.id} value={k.id}>{name(k)}</option>)}</optgroup>
              : <option key={root.id} value={root.id}>{name(root)}</option>;
          })}
        </select>
      )}
    </Field>
  );
}
