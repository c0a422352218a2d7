import * as React from 'react';
import { ConflictNotice } from '../ConflictNotice';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { TeamConflictError, TeamInvalidError, type TeamRepository } from '../../../../data/config/TeamRepository';
import type { TeamView } from '../../../../data/config/teamRows';
import type { PersonOption } from '../../../../data/intake/IntakeService';
import { describeError } from '../../../../data/sp/errors';
import type { TeamProblem } from '../../../../domain/config/teamRules';
import { SUPPORT_LEVELS } from '../../../../domain/vocabulary';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { namedPerson } from '../../../common/namedPerson';
import { ErrorSummary } from '../../../common/ErrorSummary';
import { PeopleField } from '../../../common/PeopleField';
import { useAlive } from '../../../common/useLoad';
import { Notice, MessageBarType } from '../../../common/Notice';
import { formatString } from '../../../common/format';
import { CalendarEditor } from './CalendarEditor';
import { draftOf, formOf, idOf, inputIdOf, readDraft, writeDraft, type TeamForm } from './teamDraft';
import { problemLabel } from './teamProblems';
import { TeamHistory } from './TeamHistory';

/** Props of {@link TeamPanel}. */
export interface TeamPanelProps {
  /** Reads and writes HelpTeams. */
  repository: TeamRepository;
  /** The people picker's search. */
  searchPeople: (query: string) => Promise<PersonOption[]>;
  /** The team edited; undefined for a new one. */
  team?: TeamView;
  /** Closes the panel; `message` when something was saved (announced, the list read again). */
  onClose: (message?: string) => void;
}

const FIELD = { root: { maxWidth: 420 } };

/**
 * One team in a panel: names, level, members, queue mailbox and the calendar as a form with its preview. Every value
 * checked before anything is written (a message per field, a summary that takes the focus); the save goes over the
 * version read (ETag): when someone saved in between, their version is shown and nothing typed is lost; what is typed
 * survives a reload (localStorage).
 */
export function TeamPanel(props: TeamPanelProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.teamsConfig;
  const { repository, team } = props;
  const id = team ? team.id : undefined;
  const restored = React.useMemo(() => readDraft(id), [id]);
  const [form, setForm] = React.useState<TeamForm>(restored || formOf(team));
  const [etag, setEtag] = React.useState(team ? team.etag : '*');
  const [problems, setProblems] = React.useState<TeamProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<{ current?: TeamView } | undefined>(undefined);
  const alive = useAlive();

  const update = (next: TeamForm): void => {
    setForm(next);
    writeDraft(id, next);
  };
  const messageFor = (inputId: string): string | undefined => {
    const found = problems.filter(p => inputIdOf(p.field) === inputId);
    return found.length ? found.map(p => s.problems[p.code]).filter((m, i, all) => all.indexOf(m) === i).join(' ') : undefined;
  };

  const save = async (over: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = id === undefined ? await repository.add(draftOf(form)) : await repository.update(id, over, draftOf(form));
      writeDraft(id, undefined);
      props.onClose(formatString(s.saved, saved.title));
    } catch (e) {
      if (e instanceof TeamInvalidError) {
        setProblems(e.problems);
        setAttempt(n => n + 1);
      } else if (e instanceof TeamConflictError) {
        setProblems([]);
        setConflict({ current: e.current });
      } else {
        console.error('Teams: save failed', e);
        setFailure(`${s.saveFailed} ${describeError(e)}`);
      }
    } finally {
      // Closed after a save: nothing left to update.
      if (alive()) setBusy(false);
    }
  };
  const takeTheirs = (current: TeamView): void => {
    setForm(formOf(current));
    setEtag(current.etag);
    writeDraft(id, undefined);
    setConflict(undefined);
  };

  const footer = (): React.ReactElement => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <PrimaryButton text={busy ? s.saving : s.save} disabled={busy || !!conflict} onClick={() => { save(etag).catch(() => undefined); }} />
      <DefaultButton text={s.cancel} disabled={busy} onClick={() => { writeDraft(id, undefined); props.onClose(); }} />
    </div>
  );
  const summary = problems.map(p => ({ fieldId: inputIdOf(p.field), message: formatString(s.fieldProblem, problemLabel(p.field, s), s.problems[p.code]) }));
  const current = conflict && conflict.current;
  const levelOptions = SUPPORT_LEVELS.map(l => ({ key: l, text: s.levels[l] }));
  return (
    <Panel isOpen type={PanelType.large} headerText={team ? s.editTitle : s.newTitle} closeButtonAriaLabel={s.close}
      onDismiss={() => props.onClose()} isFooterAtBottom onRenderFooterContent={footer}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {restored ? <Notice messageBarType={MessageBarType.info}>{s.draftRestored}</Notice> : null}
        {team && team.calendarErrors && !restored ? <Notice messageBarType={MessageBarType.warning} isMultiline>{s.calendarUnreadable}</Notice> : null}
        <ErrorSummary title={s.errorSummary} problems={summary} attempt={attempt} />
        {conflict ? (
          <ConflictNotice current={current} describe={current ? [current.title, s.levels[current.level], current.queueEmail].filter(Boolean).join(' · ') : ''} texts={s}
            onOverwrite={() => { if (!current) return; setConflict(undefined); setEtag(current.etag); save(current.etag).catch(() => undefined); }}
            onTakeTheirs={() => { if (current) takeTheirs(current); }} />
        ) : null}
        {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
        <section aria-labelledby="hc-team-section" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <h3 id="hc-team-section" style={{ margin: 0 }}>{s.teamSection}</h3>
          <TextField id={idOf('title')} label={s.fields.title} required value={form.title} onChange={(_, v) => update({ ...form, title: v || '' })}
            errorMessage={messageFor(idOf('title'))} styles={FIELD} />
          <TextField id={idOf('titleEn')} label={s.fields.titleEn} value={form.titleEn} onChange={(_, v) => update({ ...form, titleEn: v || '' })}
            errorMessage={messageFor(idOf('titleEn'))} styles={FIELD} />
          <Dropdown id={idOf('level')} label={s.fields.level} required options={levelOptions} selectedKey={form.level || undefined}
            onChange={(_, o) => update({ ...form, level: o ? String(o.key) : '' })} errorMessage={messageFor(idOf('level'))} styles={{ root: { maxWidth: 200 } }} />
          <PeopleField id={idOf('members')} label={s.fields.members} help={s.membersHelp} people={form.members} strings={strings.ticketForm}
            search={props.searchPeople} onChange={members => update({ ...form, members })}
            resolve={async p => namedPerson(p, await repository.ensureUser(p.loginName))} />
          <TextField id={idOf('queueEmail')} label={s.fields.queueEmail} description={s.mailboxHelp} type="email" value={form.queueEmail}
            onChange={(_, v) => update({ ...form, queueEmail: v || '' })} errorMessage={messageFor(idOf('queueEmail'))} styles={FIELD} />
        </section>
        <CalendarEditor calendar={form.calendar} onChange={calendar => update({ ...form, calendar })} messageFor={messageFor} />
        {team ? <TeamHistory repository={repository} id={team.id} version={etag} /> : null}
      </div>
    </Panel>
  );
}
