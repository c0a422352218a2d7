import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { SettingConflictError, SettingInvalidError, type SettingRepository, type SettingVersion, type SettingView } from '../../../../data/config/SettingRepository';
import { describeError } from '../../../../data/sp/errors';
import type { SettingCodec, SettingProblem } from '../../../../domain/config/settingRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ErrorSummary } from '../../../common/ErrorSummary';
import { LiveRegion } from '../../../common/LiveRegion';
import { Notice, MessageBarType } from '../../../common/Notice';
import { ThemeText } from '../../../common/ThemeText';
import { useAlive } from '../../../common/useLoad';
import { dateTimeText } from '../../../common/dates';
import { formatString } from '../../../common/format';
import { ConflictNotice } from '../ConflictNotice';
import { VersionHistory } from '../VersionHistory';

/** Props of {@link SettingSection}. */
export interface SettingSectionProps<F> {
  repository: SettingRepository;
  codec: SettingCodec<F>;
  /** The item as read. */
  view: SettingView;
  /** The section's heading, what it sets, and when the readers see a change. */
  heading: string;
  intro: string;
  applies: string;
  /** The form's fields: the form, its change, and the message of an input id (undefined: nothing refused). */
  fields: (form: F, onChange: (form: F) => void, messageFor: (inputId: string) => string | undefined) => React.ReactNode;
  /** The input a problem is shown on (the summary moves the focus there). */
  inputIdOf: (problem: SettingProblem) => string;
  /** A problem in words, and the field's name for the summary. */
  message: (problem: SettingProblem) => string;
  label: (problem: SettingProblem) => string;
  /** A stored value on one line (the other owner's version, a version of the history). */
  describe: (value: string | undefined) => string;
  /**
   * Whether this section's error summary may show (default true): the page shows one summary at a time — the last
   * section saved —, the fields of the others keep their messages.
   */
  summaryShown?: boolean;
  /** A save was attempted in this section. */
  onAttempt?: () => void;
}

/** The id of a section's heading (the page's links to the sections move the focus there). */
export function settingHeadingId(key: string): string {
  return `hc-setting-${key.replace(/\W+/g, '-')}`;
}

const stack = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0, selectors: { '& > h3, & > p': { margin: 0 } } });

/**
 * One setting (one HelpSettings item) with its own save: the stored value as a form (the product's defaults, said so,
 * when it is missing or unreadable), checked before anything is written (a message per field and a summary that takes
 * the focus), saved over the version read; when another owner saved in between, their value is shown and what was typed
 * stays in the fields. The item's versions are its history.
 */
export function SettingSection<F>(props: SettingSectionProps<F>): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.settingsConfig;
  const { repository, codec } = props;
  const [read, setRead] = React.useState<SettingView>(props.view);
  const initial = React.useMemo(() => codec.read(props.view.value), [codec, props.view.value]);
  const [form, setForm] = React.useState<F>(initial.form);
  const [malformed, setMalformed] = React.useState(initial.malformed);
  const [problems, setProblems] = React.useState<SettingProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState('');
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<SettingView | undefined>(undefined);
  const alive = useAlive();
  const headingId = settingHeadingId(codec.key);

  const save = async (over: SettingView): Promise<void> => {
    if (props.onAttempt) props.onAttempt();
    setDone('');
    setFailure(undefined);
    // Checked here first: a refused value never leaves the page (the repository checks again before writing).
    const found = codec.check(form);
    setProblems(found);
    if (found.length) {
      setAttempt(n => n + 1);
      return;
    }
    setBusy(true);
    try {
      const saved = await repository.save(codec, over, form);
      if (!alive()) return;
      setRead(saved);
      setConflict(undefined);
      setMalformed(false);
      setForm(codec.read(saved.value).form);
      setDone(formatString(s.saved, props.heading));
    } catch (e) {
      if (!alive()) return;
      if (e instanceof SettingInvalidError) {
        setProblems(e.problems);
        setAttempt(n => n + 1);
      } else if (e instanceof SettingConflictError) {
        // Deleted meanwhile: the next save creates it again (the notice says so); else their version and the choice.
        if (e.current.id === undefined) setRead(e.current);
        setConflict(e.current);
      } else {
        console.error(`Settings: saving ${codec.key} failed`, e);
        setFailure(`${s.saveFailed} ${describeError(e)}`);
      }
    } finally {
      if (alive()) setBusy(false);
    }
  };
  const messageFor = (inputId: string): string | undefined => {
    const mine = problems.filter(p => props.inputIdOf(p) === inputId).map(props.message);
    return mine.length ? mine.filter((m, i) => mine.indexOf(m) === i).join(' ') : undefined;
  };
  const summary = problems.map(p => ({ fieldId: props.inputIdOf(p), message: formatString(s.fieldProblem, props.label(p), props.message(p)) }));
  const load = React.useCallback((): Promise<SettingVersion[]> => repository.history(read.id!), [repository, read.id]);
  return (
    <section className={stack} aria-labelledby={headingId}>
      <ThemeText as="h3" variant="large" id={headingId} tabIndex={-1}>{props.heading}</ThemeText>
      <ThemeText as="p">{props.intro}</ThemeText>
      <ThemeText as="p" variant="small">{props.applies}</ThemeText>
      {read.id === undefined ? <Notice messageBarType={MessageBarType.info} isMultiline>{s.missing}</Notice> : null}
      {malformed ? <Notice messageBarType={MessageBarType.warning} isMultiline>{s.malformed}</Notice> : null}
      <ErrorSummary title={s.errorSummary} problems={props.summaryShown === false ? [] : summary} attempt={attempt} />
      {conflict ? (
        <ConflictNotice current={conflict.id === undefined ? undefined : conflict} describe={props.describe(conflict.value)} texts={s}
          onOverwrite={() => { setRead(conflict); save(conflict).catch(() => undefined); }}
          onTakeTheirs={() => { setRead(conflict); setForm(codec.read(conflict.value).form); setProblems([]); setConflict(undefined); }} />
      ) : null}
      {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
      {props.fields(form, setForm, messageFor)}
      <div>
        <PrimaryButton text={busy ? s.saving : formatString(s.save, props.heading)} disabled={busy || (!!conflict && conflict.id !== undefined)} onClick={() => { save(read).catch(() => undefined); }} />
      </div>
      <LiveRegion message={done} />
      {done ? <ThemeText as="p">{done}</ThemeText> : null}
      {read.id !== undefined ? (
        <ThemeText as="p" variant="small">{formatString(s.lastSaved, read.editor || '—', read.modified ? dateTimeText(read.modified, locale) : '—')}</ThemeText>
      ) : null}
      {read.id !== undefined ? (
        <VersionHistory<SettingVersion> load={load} reloadKey={read.etag || ''} headingId={`${headingId}-history`} area="Settings"
          texts={{ heading: s.historyHeading, empty: s.historyEmpty, readFailed: s.readFailed, entry: s.historyEntry }} describe={v => props.describe(v.value)} />
      ) : null}
    </section>
  );
}
