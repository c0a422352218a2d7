import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { ANNOUNCEMENT_AUDIENCES, ANNOUNCEMENT_SEVERITIES } from '../../../../domain/vocabulary';
import { ANNOUNCEMENT_BODY_MAX, ANNOUNCEMENT_TITLE_MAX, type AnnouncementDraft, type AnnouncementField, type AnnouncementProblem } from '../../../../domain/config/announcementRules';
import type { AnnouncementView } from '../../../../data/config';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { formatString } from '../../../common/format';
import { fieldId, LANGUAGE_CHOICES } from './announcementDraft';
import { PeriodFields } from './PeriodFields';

/** Props of {@link AnnouncementInputs}. */
export interface AnnouncementInputsProps {
  /** The form's values. */
  draft: AnnouncementDraft;
  /** A value changed. */
  onChange: (field: keyof AnnouncementDraft, value: string) => void;
  /** The refused fields (a message on each). */
  problems: AnnouncementProblem[];
  /** The problem ticket behind a saved announcement (read-only here: the desk links it). */
  problem?: AnnouncementView['problem'];
}

/** The announcement's fields: title, plain-text message, severity, period, audience, language, the linked problem. */
export function AnnouncementInputs(props: AnnouncementInputsProps): React.ReactElement {
  const s = useHelpCenter().strings;
  const a = s.announcementsConfig;
  const { draft, onChange } = props;
  const messageOf = (field: AnnouncementField): string | undefined => {
    const p = props.problems.filter(x => x.field === field)[0];
    return p ? a.problems[p.code] : undefined;
  };
  return (
    <>
      <TextField id={fieldId('title')} label={a.fields.title} required value={draft.title} maxLength={ANNOUNCEMENT_TITLE_MAX}
        onChange={(_, v) => onChange('title', v || '')} errorMessage={messageOf('title')} />
      <TextField id={fieldId('body')} label={a.fields.body} required multiline rows={4} autoAdjustHeight value={draft.body} description={a.bodyHelp}
        maxLength={ANNOUNCEMENT_BODY_MAX} onChange={(_, v) => onChange('body', v || '')} errorMessage={messageOf('body')} />
      <Dropdown id={fieldId('severity')} label={a.fields.severity} required selectedKey={draft.severity || undefined}
        options={ANNOUNCEMENT_SEVERITIES.map(k => ({ key: k, text: s.announcementSeverity[k] }))}
        onChange={(_, o) => onChange('severity', o ? String(o.key) : '')} errorMessage={messageOf('severity')} />
      <PeriodFields draft={draft} onChange={onChange} errors={{ start: messageOf('start'), end: messageOf('end') }} />
      <Dropdown id={fieldId('audience')} label={a.fields.audience} required selectedKey={draft.audience || undefined}
        options={ANNOUNCEMENT_AUDIENCES.map(k => ({ key: k, text: a.audiences[k] }))} aria-describedby="hc-announcement-audience-help"
        onChange={(_, o) => onChange('audience', o ? String(o.key) : '')} errorMessage={messageOf('audience')} />
      <ThemeText as="span" variant="small" block id="hc-announcement-audience-help">{a.audienceHelp}</ThemeText>
      <Dropdown id={fieldId('language')} label={a.fields.language} selectedKey={draft.language}
        options={LANGUAGE_CHOICES.map(k => ({ key: k, text: k ? a.languages[k] : a.languages.both }))} aria-describedby="hc-announcement-language-help"
        onChange={(_, o) => onChange('language', o ? String(o.key) : '')} errorMessage={messageOf('language')} />
      <ThemeText as="span" variant="small" block id="hc-announcement-language-help">{a.languageHelp}</ThemeText>
      {props.problem ? (
        <TextField id="hc-announcement-problem" label={a.fields.problem} readOnly borderless description={a.problemHelp}
          value={`${formatString(a.problemValue, props.problem.id, props.problem.title)}`} />
      ) : null}
    </>
  );
}
