import type { FormFieldKey } from '../../../../domain/intake';
import { formFieldDefs } from '../../../../domain/tickets/fields';
import { fieldLabel } from '../../../common/fieldText';

/**
 * A form field's name as the ticket form shows it: the catalogue's label of the field it fills (the priority asked is
 * the priority), the equipment and the screenshot with the form's own labels. Needs the ticket form's strings.
 */
export function formFieldLabel(key: FormFieldKey, strings: IHelpCenterStrings): string {
  if (key === 'equipment') return strings.ticketForm.equipmentLabel;
  if (key === 'screenshot') return strings.ticketForm.screenshotLabel;
  const def = formFieldDefs([key]).filter(d => d.form === key)[0];
  return def ? fieldLabel(def.key, strings) : key;
}
