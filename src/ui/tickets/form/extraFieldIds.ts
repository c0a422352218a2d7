import type { FormFieldKey } from '../../../domain/intake';

/**
 * The id of the element a form field's error links to (the focusable part of its control). Its own module: the error
 * summary needs the ids at first render, the fields' controls load only when a category asks for them.
 */
export function extraFieldInputId(key: FormFieldKey): string {
  if (key === 'location' || key === 'equipment') return `hc-${key}-input`;
  return `hc-${key}`;
}
