// The category panel's form fields and preview (issue 18): "required" stays a subset of "asked" as the owner ticks,
// and the preview is the ticket form's own fields for what is ticked, required ones marked.
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { FormFieldsTable } from '../../../../src/ui/setup/config/categories/FormFieldsTable';
import { CategoryPreview } from '../../../../src/ui/setup/config/categories/CategoryPreview';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');

function Editor(): React.ReactElement {
  const [fields, setFields] = React.useState<{ shown: string[]; required: string[] }>({ shown: [], required: [] });
  return (
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: '', email: '', displayName: '' } }}>
      <FormFieldsTable formFields={fields.shown} requiredFields={fields.required} errors={{}} onChange={(shown, required) => setFields({ shown, required })} />
      <CategoryPreview formFields={fields.shown} requiredFields={fields.required} />
    </HelpCenterProvider>
  );
}

it('ticking "required" asks for the field; unticking "asked" drops "required"; the preview follows', () => {
  render(<Editor />);
  const box = (name: string): HTMLInputElement => screen.getByRole('checkbox', { name }) as HTMLInputElement;
  const preview = screen.getByRole('region', { name: 'Aperçu du formulaire' });
  expect(within(preview).getByText('Cette catégorie ne demande aucun champ en plus du titre et de la description.')).toBeTruthy();

  fireEvent.click(box('Obligatoire : Cours ou épreuve concerné'));
  expect([box('Demandé : Cours ou épreuve concerné').checked, box('Obligatoire : Cours ou épreuve concerné').checked]).toEqual([true, true]);
  expect((within(preview).getByRole('textbox', { name: 'Cours ou épreuve concerné' }) as HTMLInputElement).required).toBe(true);

  fireEvent.click(box('Demandé : Capture d\'écran'));
  expect(within(preview).getByText('Capture d\'écran')).toBeTruthy();
  fireEvent.click(box('Obligatoire : Capture d\'écran'));
  expect(within(preview).getByText('Capture d\'écran (obligatoire)')).toBeTruthy();

  fireEvent.click(box('Demandé : Cours ou épreuve concerné'));
  expect([box('Demandé : Cours ou épreuve concerné').checked, box('Obligatoire : Cours ou épreuve concerné').checked]).toEqual([false, false]);
  expect(within(preview).queryByRole('textbox', { name: 'Cours ou épreuve concerné' })).toBeNull();
});
