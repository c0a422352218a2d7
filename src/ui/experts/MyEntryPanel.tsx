import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { categoryTree } from '../../domain/categories/categoryTree';
import { EXPERT_AVAILABILITIES, type ExpertAvailability, type Language } from '../../domain/vocabulary';
import type { ExpertsCategory, ExpertsServices, MyEntry } from '../../data/experts/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Notice, MessageBarType } from '../common/Notice';
import { dayText } from '../common/dates';
import { formatString } from '../common/format';
import { useAlive } from '../common/useLoad';
import type { ExpertsClasses } from './expertsStyles';
import { useEntryDraft } from './useEntryDraft';

/** Props of {@link MyEntryPanel}. */
export interface MyEntryPanelProps {
  services: ExpertsServices;
  me: { id: number; name: string };
  entry?: MyEntry;
  categories: ExpertsCategory[];
  /** Where the draft is kept (per site and person). */
  draftKey: string;
  onSaved(entry: MyEntry): void;
  onDismiss(): void;
  classes: ExpertsClasses;
}

/**
 * "My entry": what a person declares (skills, categories, languages, bio, availability) and their consent to be
 * listed, in a panel of its own chunk. The form is kept in the browser until saved; a refused save says why, in the
 * page's language, and keeps it.
 */
export default function MyEntryPanel(props: MyEntryPanelProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.experts;
  const { form, restored, update, clear } = useEntryDraft(props.draftKey, props.entry);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState('');
  const alive = useAlive();
  const errorRef = React.useRef<HTMLDivElement>(null);
  const options: IDropdownOption[] = categoryTree(props.categories)
    .map(({ k, depth }) => ({ key: k.id, text: locale === 'en' ? k.titleEn : k.titleFr, data: { depth } }));
  const skills = form.skills.split(',').map(x => x.trim()).filter(Boolean);

  const save = (): void => {
    if (form.listed && !skills.length && !form.categoryIds.length) {
      setError(s.errorSkills);
      return;
    }
    setBusy(true);
    setError('');
    props.services.saveMyEntry(props.me, { ...form, skills }, props.entry).then(saved => {
      clear();
      if (alive()) setBusy(false);
      props.onSaved(saved);
    }, (e: unknown) => {
      const code = e && typeof e === 'object' ? (e as { code?: string }).code : undefined;
      if (!alive()) return;
      setBusy(false);
      setError(code === 'conflict' ? s.errorConflict : code === 'denied' ? s.errorDenied : s.errorFailed);
    });
  };
  React.useEffect(() => { if (error && errorRef.current) errorRef.current.focus(); }, [error]);

  const footer = (): JSX.Element => (
    <div className={props.classes.actions}>
      <PrimaryButton text={busy ? s.saving : s.save} disabled={busy} onClick={save} />
      <DefaultButton text={s.close} onClick={props.onDismiss} />
    </div>
  );
  return (
    <Panel isOpen type={PanelType.medium} headerText={s.myEntryTitle} closeButtonAriaLabel={s.close} onDismiss={props.onDismiss}
      onRenderFooterContent={footer} isFooterAtBottom>
      <div className={props.classes.form}>
        <p className={props.classes.meta}>{s.myEntryIntro}</p>
        {restored && <Notice messageBarType={MessageBarType.info}>{s.draftRestored}</Notice>}
        {error && <div ref={errorRef} tabIndex={-1}><Notice messageBarType={MessageBarType.error}>{error}</Notice></div>}
        <TextField label={s.skillsField} description={s.skillsHelp} value={form.skills} maxLength={1500} onChange={(_, v) => update({ skills: v || '' })} />
        <Dropdown label={s.categoriesField} multiSelect options={options} selectedKeys={form.categoryIds}
          onRenderOption={o => (o ? <span style={{ paddingLeft: ((o.data && o.data.depth) || 0) * 16 }}>{o.text}</span> : null)}
          onChange={(_, o) => o && update({ categoryIds: o.selected ? form.categoryIds.concat([Number(o.key)]) : form.categoryIds.filter(id => id !== Number(o.key)) })} />
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, padding: 0, marginBottom: 4 }}>{s.languagesField}</legend>
          {(['fr', 'en'] as Language[]).map(l => (
            <Checkbox key={l} label={strings.language[l]} checked={form.languages.indexOf(l) >= 0}
              onChange={(_, c) => update({ languages: c ? form.languages.filter(x => x !== l).concat([l]) : form.languages.filter(x => x !== l) })} />
          ))}
        </fieldset>
        <Dropdown label={s.availabilityField} selectedKey={form.availability} options={EXPERT_AVAILABILITIES.map(a => ({ key: a, text: strings.expertAvailability[a] }))}
          onChange={(_, o) => o && update({ availability: o.key as ExpertAvailability })} />
        <TextField label={s.bioField} multiline rows={4} maxLength={1000} value={form.bio} onChange={(_, v) => update({ bio: v || '' })} />
        <Toggle label={s.listedField} checked={form.listed} aria-describedby="hc-expert-consent" onChange={(_, c) => update({ listed: !!c })} />
        <p id="hc-expert-consent" className={props.classes.consent}>{s.consent}</p>
        <p className={props.classes.meta}>
          {props.entry && props.entry.listed && props.entry.consentAt ? formatString(s.listedSince, dayText(props.entry.consentAt, locale)) : s.notListed}
        </p>
      </div>
    </Panel>
  );
}
