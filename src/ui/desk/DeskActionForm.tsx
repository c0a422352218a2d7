import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import type { TicketAction } from '../../domain/tickets/actions';
import type { Ticket } from '../../domain/tickets/model';
import { SUPPORT_LEVELS, SupportLevel } from '../../domain/vocabulary';
import type { FormTeam } from '../../data/intake/IntakeService';
import type { NamedPerson } from '../../data/intake/TicketFormServices';
import { useHelpCenter } from '../common/HelpCenterContext';
import { namedPerson } from '../common/namedPerson';
import { ErrorSummary } from '../common/ErrorSummary';
import { formatString } from '../common/format';
import { PeopleField } from '../common/PeopleField';
import type { FormClasses } from '../common/formStyles';
import type { DeskPeopleSearch } from './DeskActions';

/** An action that needs words or choices before it runs. */
export type PendingAction = 'askInfo' | 'escalate' | 'transfer' | 'resolve' | 'reopen' | undefined;

/** Props of {@link DeskActionForm}. */
export interface DeskActionFormProps {
  pending: Exclude<PendingAction, undefined>;
  ticket: Ticket;
  teams: FormTeam[];
  people?: DeskPeopleSearch;
  classes: FormClasses;
  busy: boolean;
  /** Runs the action; resolves false when refused (what was typed stays). */
  onAct(action: TicketAction): Promise<boolean>;
  onCancel(): void;
}

/**
 * The words and choices an action needs: the question, the resolution, the reason; for an escalation the level,
 * the team and, optionally, the agent of the receiving team it is for ("escalated to me" in their queues).
 */
export function DeskActionForm(props: DeskActionFormProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ticketActions;
  const x = strings.deskExtra;
  const c = props.classes;
  const t = props.ticket;
  const [text, setText] = React.useState('');
  const [level, setLevel] = React.useState<SupportLevel>(t.level);
  const [teamId, setTeamId] = React.useState<number | undefined>(t.teamId);
  const [agent, setAgent] = React.useState<NamedPerson[]>([]);
  // A refused confirm: how many times (the summary takes the focus each time) and whether the words are missing.
  const [attempt, setAttempt] = React.useState(0);
  const problem = t.kind === 'problem';
  const teamName = (team: FormTeam): string => (locale === 'en' ? team.titleEn : team.titleFr);
  const label = props.pending === 'askInfo' ? s.askInfoLabel : props.pending === 'resolve' ? (problem ? x.resolveProblemLabel : s.resolutionLabel) : s.reasonLabel;
  // The domain refuses these without words (a question, a reason, the resolution); a reopening's reason is optional.
  const required = props.pending !== 'reopen';
  const missing = required && attempt > 0 && !text.trim();
  const confirm = (): void => {
    const p = props.pending;
    if (required && !text.trim()) { setAttempt(n => n + 1); return; }
    const to = agent[0] ? { id: agent[0].siteUserId, email: agent[0].email, displayName: agent[0].displayName } : undefined;
    const action: TicketAction | undefined =
      p === 'askInfo' ? { type: 'askForInformation', message: text }
        : p === 'resolve' ? (problem ? { type: 'resolveProblem', resolution: text } : { type: 'resolve', resolution: text })
          : p === 'escalate' ? { type: 'escalate', reason: text, level, teamId: teamId !== t.teamId ? teamId : undefined, ...(to ? { to } : {}) }
            : p === 'reopen' ? { type: 'reopen', reason: text }
              : teamId ? { type: 'transfer', reason: text, teamId } : undefined;
    if (action) props.onAct(action).catch(() => undefined);
  };
  const people = props.people;
  const problemText = formatString(strings.deskTicket.required, label);
  return (
    <div className={c.panel} style={{ display: 'grid', gap: 8 }}>
      <ErrorSummary title={strings.deskTicket.errorSummary} problems={missing ? [{ fieldId: 'hc-action-text', message: problemText }] : []} attempt={attempt} />
      {props.pending === 'escalate' ? (
        <Dropdown id="hc-action-level" label={s.escalateLevel} selectedKey={level} options={SUPPORT_LEVELS.map(l => ({ key: l, text: strings.supportLevel[l] }))}
          onChange={(_, o) => { if (o) setLevel(o.key as SupportLevel); }} />
      ) : undefined}
      {props.pending === 'escalate' || props.pending === 'transfer' ? (
        <Dropdown id="hc-action-team" label={s.escalateTeam} selectedKey={teamId === undefined ? null : teamId} options={props.teams.map(team => ({ key: team.id, text: teamName(team) }))}
          onChange={(_, o) => { if (o) setTeamId(Number(o.key)); }} />
      ) : undefined}
      {props.pending === 'escalate' && people ? (
        <PeopleField id="hc-action-escalate-to" label={s.escalateTo} help={s.escalateToHelp} people={agent} single strings={strings.ticketForm} classes={c}
          search={people.searchPeople} resolve={async p => namedPerson(p, await people.resolvePerson(p))}
          onChange={setAgent} />
      ) : undefined}
      <TextField id="hc-action-text" label={label} multiline autoAdjustHeight rows={3} value={text} required={required}
        errorMessage={missing ? problemText : undefined} onChange={(_, value) => setText(value || '')} />
      {props.pending === 'resolve' && problem ? <p className={c.help}>{x.resolveProblemHelp}</p> : undefined}
      <div className={c.actions}>
        <PrimaryButton text={s.confirm} disabled={props.busy} onClick={confirm} />
        <DefaultButton text={s.cancel} onClick={props.onCancel} />
      </div>
    </div>
  );
}
