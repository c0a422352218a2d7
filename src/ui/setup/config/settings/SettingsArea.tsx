import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { SettingRepository, type SettingView } from '../../../../data/config/SettingRepository';
import { describeError } from '../../../../data/sp/errors';
import { ATTACHMENTS, DELAYS, type SettingCodec } from '../../../../domain/config/settingRules';
import { CONTACT, DESK, HOURS, SYNONYMS, synonymGroups } from '../../../../domain/config/settingTextRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LoadingState } from '../../../common/LoadingState';
import { Notice, MessageBarType } from '../../../common/Notice';
import { ThemeText } from '../../../common/ThemeText';
import { WithStrings } from '../../../common/WithStrings';
import { formatString } from '../../../common/format';
import { useLoad } from '../../../common/useLoad';
import { CalendarEditor } from '../teams/CalendarEditor';
import { AttachmentsFields, ContactFields, DelaysFields, DeskFields, SynonymsFields } from './SettingFields';
import { problemField, problemMessage, settingInputId, type SettingSectionName } from './settingLabels';
import { SettingSection, settingHeadingId } from './SettingSection';

// The teams' and the form's strings come too: the default hours are edited with the teams' calendar editor and its preview.
const MODULES = ['configSettings', 'configTeams', 'ticketForm'] as const;
const SECTIONS: [SettingSectionName, string][] = [
  ['delays', DELAYS.key], ['attachments', ATTACHMENTS.key], ['contact', CONTACT.key], ['desk', DESK.key], ['hours', HOURS.key], ['synonyms', SYNONYMS.key]
];
const KEYS = SECTIONS.map(([, key]) => key);
const links = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', margin: 0, padding: 0 });

/** Moves the focus to a section's heading (the page is long: the default calendar carries its holidays and periods). */
function goTo(key: string): (e: React.MouseEvent<HTMLElement | HTMLAnchorElement | HTMLButtonElement>) => void {
  return e => {
    const heading = document.getElementById(settingHeadingId(key));
    if (!heading) return;
    e.preventDefault();
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  };
}
const column = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 24, minWidth: 0, maxWidth: 960, paddingTop: 12, selectors: { '& > h2, & > p': { margin: 0 } } });

function SettingsContent(): React.ReactElement {
  const { sp, strings } = useHelpCenter();
  const s = strings.settingsConfig;
  const teams = strings.teamsConfig;
  const repository = React.useMemo(() => new SettingRepository(sp), [sp]);
  const { state } = useLoad(() => repository.read(KEYS), [repository]);
  React.useEffect(() => { if (state.status === 'failed') console.error('Settings: read failed', state.error); }, [state]);
  // One error summary on the page at a time: the last section saved (its title has one id).
  const [active, setActive] = React.useState<string>('');

  /** The props every section shares: its codec, item, words and the problems' words. */
  function common<F>(name: SettingSectionName, codec: SettingCodec<F>, views: { [key: string]: SettingView }, describe: (form: F) => string): {
    repository: SettingRepository; codec: SettingCodec<F>; view: SettingView; heading: string; intro: string; applies: string;
    inputIdOf: (p: { field: string }) => string; message: (p: Parameters<typeof problemMessage>[3]) => string; label: (p: Parameters<typeof problemMessage>[3]) => string;
    describe: (value: string | undefined) => string; summaryShown: boolean; onAttempt: () => void;
  } {
    const words = s[name];
    return {
      repository, codec, view: views[codec.key], heading: words.heading, intro: words.intro, applies: words.applies,
      inputIdOf: p => settingInputId(name, p.field), message: p => problemMessage(s, teams, name, p), label: p => problemField(s, teams, name, p),
      describe: value => { const r = codec.read(value); return r.malformed ? s.unreadable : describe(r.form); },
      summaryShown: active === codec.key, onAttempt: () => setActive(codec.key)
    };
  }
  const days = (n: string, none: string): string => (n.trim() === '' ? s.delays.none : n.trim() === '0' ? none : n);

  return (
    <section className={column} aria-labelledby="config-settings-heading">
      <ThemeText as="h2" variant="xLarge" id="config-settings-heading">{s.heading}</ThemeText>
      <ThemeText as="p">{s.intro}</ThemeText>
      {state.status === 'loading' ? <LoadingState label={s.loading} /> : null}
      {state.status === 'failed' ? <Notice messageBarType={MessageBarType.error} isMultiline>{`${s.readFailed} ${describeError(state.error)}`}</Notice> : null}
      {state.status === 'done' ? (
        <>
          <nav aria-label={s.sectionsNav}>
            <ul className={links}>
              {SECTIONS.map(([name, key]) => <li key={key}><Link href={`#${settingHeadingId(key)}`} onClick={goTo(key)}>{s[name].heading}</Link></li>)}
            </ul>
          </nav>
          <SettingSection {...common('delays', DELAYS, state.value, f => formatString(s.delays.describe, days(f.resolvedToClosedDays, s.delays.never),
            days(f.awaitingUserReminderDays, s.delays.never), days(f.awaitingUserToNoFollowUpDays, s.delays.never)))}
          fields={(form, onChange, messageFor) => <DelaysFields form={form} onChange={onChange} messageFor={messageFor} />} />
          <SettingSection {...common('attachments', ATTACHMENTS, state.value, f => formatString(s.attachments.describe, f.maxFileSizeMb, f.maxFiles, f.allowedExtensions))}
            fields={(form, onChange, messageFor) => <AttachmentsFields form={form} onChange={onChange} messageFor={messageFor} />} />
          <SettingSection {...common('contact', CONTACT, state.value, f => [f.phone, f.examPhone, f.email].filter(Boolean).join(' · '))}
            fields={(form, onChange, messageFor) => <ContactFields form={form} onChange={onChange} messageFor={messageFor} />} />
          <SettingSection {...common('desk', DESK, state.value, f => f.fr || f.en)}
            fields={(form, onChange, messageFor) => <DeskFields form={form} onChange={onChange} messageFor={messageFor} />} />
          <SettingSection {...common('hours', HOURS, state.value, f => f.calendar.timeZone)}
            fields={(form, onChange, messageFor) => <CalendarEditor calendar={form.calendar} onChange={calendar => onChange({ calendar })} messageFor={messageFor} />} />
          <SettingSection {...common('synonyms', SYNONYMS, state.value, f => formatString(s.synonyms.describe, synonymGroups(f.text).length))}
            fields={(form, onChange, messageFor) => <SynonymsFields form={form} onChange={onChange} messageFor={messageFor} />} />
        </>
      ) : null}
    </section>
  );
}

/** The set-up page's settings area (issue 18): delays, attachments, contact, desk, default hours, synonyms — each saved on its own. */
export function SettingsArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <SettingsContent />
    </WithStrings>
  );
}
