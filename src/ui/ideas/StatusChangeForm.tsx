import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ANSWER_MAX, nextStatuses, statusChangeProblem } from '../../domain/ideas';
import type { IdeaStatus } from '../../domain/vocabulary';
import type { IdeaServices, IdeaStateView, IdeaTeamProblem, StatusChangeOutcome } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Notice, MessageBarType } from '../common/Notice';
import { formClasses } from '../common/formStyles';
import { useAlive } from '../common/useLoad';
import { keep, readKept } from './ideaView';

/** Props of {@link StatusChangeForm}. */
export interface StatusChangeFormProps {
  services: IdeaServices;
  ideaId: number;
  /** The state the team member sees (its ETag guards the write); none while the team has not received the idea. */
  state?: IdeaStateView;
  /** Saved: the page reads the idea again and says the outcome. */
  onSaved(outcome: StatusChangeOutcome): void;
  /** Someone changed the idea meanwhile: the page reads it again. */
  onConflict(): void;
}

/**
 * The team's status change (lazy, team members only): the statuses the idea may move to and the answer mailed to
 * its author and voters (required to decline). The answer is kept in localStorage until saved; a conflict (412) or
 * a failure keeps it.
 */
export default function StatusChangeForm(props: StatusChangeFormProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.ideaTeam;
  const theme = useTheme();
  const css = React.useMemo(() => formClasses(theme), [theme]);
  const key = `hc.ideas.answer.${props.ideaId}`;
  const current: IdeaStatus = props.state ? props.state.status : 'new';
  const [to, setTo] = React.useState<IdeaStatus | undefined>();
  const [answer, setAnswer] = React.useState(() => readKept<string>(key) || '');
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>();
  const alive = useAlive();
  const next = nextStatuses(current);
  if (!next.length) return <p>{s.final}</p>;
  const words = (p: IdeaTeamProblem): string => {
    switch (p) {
      case 'conflict': return s.conflict;
      case 'answerRequired': return s.answerRequired;
      case 'answerTooLong': return s.answerTooLong;
      case 'notTeam': return s.notTeam;
      case 'notAllowed': case 'unchanged': return s.notAllowed;
      default: return s.failed;
    }
  };
  const save = (e: React.FormEvent): void => {
    e.preventDefault();
    if (busy) return;
    if (!to) { setProblem(s.chooseStatus); return; }
    const local = statusChangeProblem(current, to, answer);
    if (local) { setProblem(words(local)); return; }
    setBusy(true);
    setProblem(undefined);
    props.services.team().then(t => t.changeStatus(props.ideaId, to, answer, props.state && props.state.etag)).then(outcome => {
      keep(key, undefined);
      if (!alive()) return;
      setBusy(false);
      setAnswer('');
      setTo(undefined);
      props.onSaved(outcome);
    }, (err: unknown) => {
      const p = (err as { problem?: IdeaTeamProblem }).problem;
      if (!p) console.error('[HelpCenter] Idea status not saved:', err);
      if (!alive()) return;
      setBusy(false);
      setProblem(words(p || 'failed' as IdeaTeamProblem));
      if (p === 'conflict') props.onConflict();
    });
  };
  const options: IDropdownOption[] = next.map(st => ({ key: st, text: strings.ideaStatus[st] }));
  return (
    <form className={css.form} onSubmit={save} noValidate aria-labelledby="hc-idea-team-title">
      <h3 id="hc-idea-team-title" className={css.heading}>{s.heading}</h3>
      <Dropdown label={s.newStatus} required placeholder={s.chooseStatus} options={options} selectedKey={to || null}
        onChange={(_e, o) => setTo(o ? o.key as IdeaStatus : undefined)} errorMessage={problem === s.chooseStatus ? problem : undefined} />
      <TextField label={s.answer} description={s.answerHelp} multiline autoAdjustHeight rows={4} value={answer} maxLength={ANSWER_MAX}
        required={to === 'declined'} onChange={(_e, v) => { setAnswer(v || ''); keep(key, v || undefined); }}
        errorMessage={problem === s.answerRequired || problem === s.answerTooLong ? problem : undefined} />
      {problem && [s.chooseStatus, s.answerRequired, s.answerTooLong].indexOf(problem) < 0
        ? <Notice messageBarType={MessageBarType.error}>{problem}</Notice> : undefined}
      <div className={css.actions}><PrimaryButton type="submit" text={busy ? s.saving : s.save} disabled={busy} /></div>
    </form>
  );
}
