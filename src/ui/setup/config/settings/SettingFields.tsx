import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import type { AttachmentsForm, DelaysForm } from '../../../../domain/config/settingRules';
import type { ContactForm, DeskForm, SynonymsForm } from '../../../../domain/config/settingTextRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { settingInputId, type SettingSectionName } from './settingLabels';

/** Props of each section's fields: the form, its change, the message of an input id. */
export interface FieldsProps<F> {
  form: F;
  onChange: (form: F) => void;
  messageFor: (inputId: string) => string | undefined;
}

const NUMBER = { root: { maxWidth: 360 } };
const TEXT = { root: { maxWidth: 520 } };

/** One text input of a section, its id and error from the field's name. */
function Field<F>(props: FieldsProps<F> & { section: SettingSectionName; field: keyof F & string; label: string; help?: string; numeric?: boolean; type?: string; rows?: number }): React.ReactElement {
  const id = settingInputId(props.section, props.field);
  // A sentence or a list wraps (readable on a phone) rather than scrolling inside one line.
  return (
    <TextField id={id} label={props.label} description={props.help} value={String(props.form[props.field])} type={props.type}
      inputMode={props.numeric ? 'numeric' : undefined} multiline={!!props.rows} rows={props.rows} autoAdjustHeight={!!props.rows && props.rows < 4}
      spellCheck={props.rows && props.rows >= 4 ? false : undefined}
      onChange={(_, v) => props.onChange({ ...props.form, [props.field]: v || '' })} errorMessage={props.messageFor(id)} styles={props.numeric ? NUMBER : TEXT} />
  );
}

/** The delays (`tickets.autoClose`): closing of a resolved request, the reminder, the no-follow-up closing. */
export function DelaysFields(props: FieldsProps<DelaysForm>): React.ReactElement {
  const s = useHelpCenter().strings.settingsConfig.delays;
  return (
    <>
      <Field {...props} section="delays" field="resolvedToClosedDays" label={s.resolvedToClosedDays} help={s.resolvedToClosedHelp} numeric />
      <Field {...props} section="delays" field="awaitingUserReminderDays" label={s.awaitingUserReminderDays} help={s.reminderHelp} numeric />
      <Field {...props} section="delays" field="awaitingUserToNoFollowUpDays" label={s.awaitingUserToNoFollowUpDays} help={s.noFollowUpHelp} numeric />
    </>
  );
}

/** The attachment limits (`attachments.limits`). */
export function AttachmentsFields(props: FieldsProps<AttachmentsForm>): React.ReactElement {
  const s = useHelpCenter().strings.settingsConfig.attachments;
  return (
    <>
      <Field {...props} section="attachments" field="maxFileSizeMb" label={s.maxFileSizeMb} help={s.maxFileSizeHelp} numeric />
      <Field {...props} section="attachments" field="maxFiles" label={s.maxFiles} help={s.maxFilesHelp} numeric />
      <Field {...props} section="attachments" field="allowedExtensions" label={s.allowedExtensions} help={s.allowedExtensionsHelp} rows={2} />
    </>
  );
}

/** The support's contact (`helpdesk.contact`). */
export function ContactFields(props: FieldsProps<ContactForm>): React.ReactElement {
  const s = useHelpCenter().strings.settingsConfig.contact;
  return (
    <>
      <Field {...props} section="contact" field="phone" label={s.phone} help={s.phoneHelp} type="tel" />
      <Field {...props} section="contact" field="examPhone" label={s.examPhone} help={s.phoneHelp} type="tel" />
      <Field {...props} section="contact" field="email" label={s.email} type="email" />
      <Field {...props} section="contact" field="noteFr" label={s.noteFr} help={s.noteHelp} rows={2} />
      <Field {...props} section="contact" field="noteEn" label={s.noteEn} help={s.noteHelp} rows={2} />
    </>
  );
}

/** Where the desk receives people (`helpdesk.desk`), in both languages. */
export function DeskFields(props: FieldsProps<DeskForm>): React.ReactElement {
  const s = useHelpCenter().strings.settingsConfig.desk;
  return (
    <>
      <Field {...props} section="desk" field="fr" label={s.fr} help={s.help} rows={2} />
      <Field {...props} section="desk" field="en" label={s.en} help={s.help} rows={2} />
    </>
  );
}

/** The search synonyms (`search.synonyms`): one group per line. */
export function SynonymsFields(props: FieldsProps<SynonymsForm>): React.ReactElement {
  const s = useHelpCenter().strings.settingsConfig.synonyms;
  return <Field {...props} section="synonyms" field="text" label={s.label} help={s.help} rows={10} />;
}
