import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { FormFieldKey } from '../../../../domain/intake';
import { formFieldsFor } from '../../../../domain/intake';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ExtraFields } from '../../../tickets/form/ExtraFields';
import type { SavedDraft } from '../../../tickets/form/draftStore';
import { formFieldLabel } from './formFieldLabel';

/** Props of {@link CategoryPreview}. */
export interface CategoryPreviewProps {
  /** Fields the category asks for (as typed in the panel). */
  formFields: readonly string[];
  /** Which are required. */
  requiredFields: readonly string[];
}

/**
 * The ticket form's fields for the category as the panel stands (the form's own ExtraFields, so the preview is the
 * form): text, choices and places as a requester fills them (nothing is sent); the screenshot and the person a
 * request is for, asked elsewhere in the form, named with whether they are required.
 */
export function CategoryPreview(props: CategoryPreviewProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.categoriesConfig;
  const theme = useTheme();
  const c = React.useMemo(() => mergeStyleSets({
    box: { border: `1px dashed ${theme.palette.neutralTertiary}`, borderRadius: theme.effects.roundedCorner4, padding: 12, display: 'flex', flexDirection: 'column', gap: 8 },
    heading: { margin: 0, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, color: theme.semanticColors.bodyText },
    note: { margin: 0, color: theme.semanticColors.bodySubtext }
  }), [theme]);
  const [values, setValues] = React.useState<Partial<SavedDraft['fields']>>({});
  const fields = formFieldsFor({ id: 0, formFields: props.formFields as FormFieldKey[], requiredFields: props.requiredFields as FormFieldKey[] });
  const elsewhere = fields.filter(f => f.key === 'screenshot' || f.key === 'beneficiary');
  const onChange = React.useCallback(<K extends keyof SavedDraft['fields']>(key: K, value: SavedDraft['fields'][K]) => setValues(v => ({ ...v, [key]: value })), []);
  return (
    <section className={c.box} aria-labelledby="hc-category-preview">
      <h3 id="hc-category-preview" className={c.heading}>{s.previewHeading}</h3>
      <p className={c.note}>{fields.length ? s.previewIntro : s.previewNone}</p>
      <ExtraFields fields={fields} values={{ title: '', description: '', ...values }} locations={[]} errors={[]} strings={strings} onChange={onChange} />
      {elsewhere.map(f => (
        <p key={f.key} className={c.note}>{formFieldLabel(f.key, strings)}{f.required ? ` (${s.previewRequired})` : ''}</p>
      ))}
    </section>
  );
}
