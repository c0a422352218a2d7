import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Icon } from '@fluentui/react/lib/Icon';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import type { CategoryTeam, CategoryView } from '../../../../data/config';
import { categoryTree } from '../../../../domain/categories/categoryTree';
import { possibleParents, type CategoryDraft, type CategoryField } from '../../../../domain/config/categoryRules';
import type { PersonOption } from '../../../../data/intake/IntakeService';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { namedPerson, type SiteUser } from '../../../common/namedPerson';
import { PeopleField } from '../../../common/PeopleField';
import { fieldId } from './categoryForm';
import { FormFieldsTable } from './FormFieldsTable';
import { PriorityTargetsTable } from './PriorityTargetsTable';

/** Props of {@link CategoryInputs}. */
export interface CategoryInputsProps {
  /** The form. */
  form: CategoryDraft;
  /** The category edited (undefined: a new one). */
  selfId?: number;
  /** Every category (the parents offered). */
  categories: readonly CategoryView[];
  /** The teams. */
  teams: readonly CategoryTeam[];
  /** A field's message, if refused. */
  messageOf: (field: CategoryField) => string | undefined;
  /** The form changed. */
  onChange: (next: CategoryDraft) => void;
  /** Whether the page can draw an icon (its preview shows only then). */
  isKnownIcon: (name: string) => boolean;
  /** The people picker's search (the default approver). */
  searchPeople: (query: string) => Promise<PersonOption[]>;
  /** A person found → their site user. */
  resolvePerson: (person: PersonOption) => Promise<SiteUser>;
}

const ROOT = 'root';
const NONE = 'none';

/** The category form's controls, in the order the rules check them. */
export function CategoryInputs(props: CategoryInputsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.categoriesConfig;
  const { form, messageOf } = props;
  const set = <K extends keyof CategoryDraft>(key: K, value: CategoryDraft[K]): void => props.onChange({ ...form, [key]: value });
  const name = (k: CategoryView): string => (locale === 'en' ? k.titleEn || k.titleFr : k.titleFr);
  const allowed = possibleParents(props.categories, props.selfId).map(k => k.id);
  const parents: IDropdownOption[] = [{ key: ROOT, text: s.root }].concat(categoryTree(props.categories)
    .filter(n => allowed.indexOf(n.k.id) >= 0).map(n => ({ key: String(n.k.id), text: `${'\u00a0\u00a0'.repeat(n.depth)}${name(n.k)}` })));
  const teams: IDropdownOption[] = [{ key: NONE, text: s.noTeam }].concat(props.teams.map(t => ({ key: String(t.id), text: locale === 'en' ? t.titleEn : t.titleFr })));
  const icon = form.icon.trim();
  const drawable = /^[A-Za-z][A-Za-z0-9]*$/.test(icon) && props.isKnownIcon(icon);
  return (
    <>
      <TextField id={fieldId('titleFr')} label={s.fields.titleFr} required value={form.titleFr} maxLength={300} onChange={(_, v) => set('titleFr', v || '')} errorMessage={messageOf('titleFr')} />
      <TextField id={fieldId('titleEn')} label={s.fields.titleEn} required value={form.titleEn} maxLength={300} onChange={(_, v) => set('titleEn', v || '')} errorMessage={messageOf('titleEn')} />
      <Dropdown id={fieldId('parent')} label={s.fields.parent} options={parents} selectedKey={form.parentId === undefined ? ROOT : String(form.parentId)}
        onChange={(_, o) => { if (o) set('parentId', o.key === ROOT ? undefined : Number(o.key)); }} errorMessage={messageOf('parent')} />
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <TextField id={fieldId('icon')} label={s.fields.icon} description={s.iconHelp} value={form.icon} maxLength={64} styles={{ root: { flex: '1 1 auto' } }}
          onChange={(_, v) => set('icon', v || '')} errorMessage={messageOf('icon')} />
        <span role="img" aria-label={drawable ? `${s.iconPreview} ${icon}` : s.iconPreview} style={{ fontSize: 24, minWidth: 32, paddingTop: 32, textAlign: 'center' }}>
          {drawable ? <Icon iconName={icon} aria-hidden /> : null}
        </span>
      </div>
      <Dropdown id={fieldId('defaultTeam')} label={s.fields.defaultTeam} options={teams} selectedKey={form.defaultTeamId === undefined ? NONE : String(form.defaultTeamId)}
        onChange={(_, o) => { if (o) set('defaultTeamId', o.key === NONE ? undefined : Number(o.key)); }} errorMessage={messageOf('defaultTeam')} />
      <FormFieldsTable formFields={form.formFields} requiredFields={form.requiredFields} errors={{ formFields: messageOf('formFields'), requiredFields: messageOf('requiredFields') }}
        onChange={(formFields, requiredFields) => props.onChange({ ...form, formFields, requiredFields })} />
      <TextField id={fieldId('firstResponseHours')} label={s.fields.firstResponseHours} inputMode="decimal" value={form.firstResponseHours}
        description={s.hoursHelp} onChange={(_, v) => set('firstResponseHours', v || '')} errorMessage={messageOf('firstResponseHours')} />
      <TextField id={fieldId('resolutionHours')} label={s.fields.resolutionHours} inputMode="decimal" value={form.resolutionHours}
        description={s.hoursHelp} onChange={(_, v) => set('resolutionHours', v || '')} errorMessage={messageOf('resolutionHours')} />
      <PriorityTargetsTable value={form.priorityHours || {}} fallback={form} messageOf={messageOf} onChange={next => set('priorityHours', next)} />
      <Toggle label={s.fields.approvalRequired} checked={form.approvalRequired} onChange={(_, on) => set('approvalRequired', !!on)} />
      {form.approvalRequired ? (
        <PeopleField id={fieldId('approver')} label={s.fields.approver} help={s.approverHelp} single strings={strings.ticketForm}
          people={form.approver ? [{ loginName: '', email: form.approver.email, displayName: form.approver.displayName, siteUserId: form.approver.id }] : []}
          search={props.searchPeople} resolve={async p => namedPerson(p, await props.resolvePerson(p))}
          onChange={people => set('approver', people.length ? { id: people[0].siteUserId, email: people[0].email, displayName: people[0].displayName } : undefined)} />
      ) : null}
      <TextField id={fieldId('communityUrl')} label={s.fields.communityUrl} type="url" value={form.communityUrl || ''} description={s.communityHelp}
        onChange={(_, v) => set('communityUrl', v || '')} errorMessage={messageOf('communityUrl')} />
      <TextField id={fieldId('communityName')} label={s.fields.communityName} value={form.communityName || ''}
        onChange={(_, v) => set('communityName', v || '')} errorMessage={messageOf('communityName')} />
    </>
  );
}
