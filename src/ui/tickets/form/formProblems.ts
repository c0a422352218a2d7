import type { FormFieldKey, IntakeError } from '../../../domain/intake';
import { formFieldDefs } from '../../../domain/tickets/fields';
import type { FieldProblem } from '../../common/ErrorSummary';
import { fieldLabel } from '../../common/fieldText';
import { formatString } from '../../common/format';
import { FILES_BUTTON_ID } from './AttachmentsField';
import { CATEGORY_INPUT_ID } from './CategorySelect';
import { errorText } from './errorText';
import { extraFieldInputId } from './extraFieldIds';

/** Ids of the form's own inputs (the error summary's links move the focus there). */
export const FORM_INPUT_IDS = { kind: 'hc-kind', title: 'hc-title', description: 'hc-description', beneficiary: 'hc-beneficiary' };

/** The focusable element and the label of a field a validation error names. */
function target(field: IntakeError['field'], strings: IHelpCenterStrings): { id: string; label: string } {
  const s = strings.ticketForm;
  switch (field) {
    case 'kind': return { id: FORM_INPUT_IDS.kind, label: s.kindLabel };
    case 'categoryId': return { id: CATEGORY_INPUT_ID, label: s.categoryLabel };
    case 'title': return { id: FORM_INPUT_IDS.title, label: s.titleLabel };
    case 'description': return { id: FORM_INPUT_IDS.description, label: s.descriptionLabel };
    case 'files': return { id: FILES_BUTTON_ID, label: s.attachmentsLabel };
    case 'screenshot': return { id: FILES_BUTTON_ID, label: s.screenshotLabel };
    case 'beneficiary': return { id: FORM_INPUT_IDS.beneficiary, label: s.beneficiaryLabel };
    case 'equipment': return { id: extraFieldInputId('equipment'), label: s.equipmentLabel };
    default: {
      const key = field as FormFieldKey;
      const def = formFieldDefs([key])[0];
      return { id: extraFieldInputId(key), label: def ? fieldLabel(def.key, strings) : key };
    }
  }
}

/**
 * The error summary's lines: one per field, in the form's order of the errors, "Label: message" (a field's first
 * error; a file's message names the file), each linking to the field.
 */
export function formProblems(errors: IntakeError[], strings: IHelpCenterStrings): FieldProblem[] {
  const out: FieldProblem[] = [];
  errors.forEach(e => {
    const t = target(e.field, strings);
    if (out.some(p => p.fieldId === t.id)) return;
    out.push({ fieldId: t.id, message: formatString(strings.ticketForm.problemLine, t.label, errorText(e, strings.ticketForm)) });
  });
  return out;
}
