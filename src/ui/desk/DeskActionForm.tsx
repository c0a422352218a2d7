import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { TicketAction } from '../../domain/tickets/actions';
import type { Ticket } from '../../domain/tickets/model';
import { SUPPORT_LEVELS, SupportLevel } from '../../domain/vocabulary';
import type { FormTeam } from '../../data/intake/IntakeService';
import type { NamedPerson } from '../../data/intake/TicketFormServices';
import { useHelpCenter } from '../common/HelpCenterContext';
import { PeopleField } from '../tickets/form/PeopleField';
import type { FormClasses } from '../tickets/form/formStyles';
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
  const problem = t.kind === 'problem';
  const teamName = (team: FormTeam): string => (locale === 'en' ? team.titleEn : team.titleFr);
  const confirm = (): void => {
    const p = props.pending;
    const to = agent[0] ? { id: agent[0].siteUserId, email: agent[0].email, displayName: agent[0].displayName } : undefined;
    const action: TicketAction | undefined =
      p === 'askInfo' ? { type: 'askForInformation', message: text }
        : p === 'resolve' ? (problem ? { type: 'resolveProblem', resolution: text } : { type: 'resolve', resolution: text })
          : p === 'escalate' ? { type: 'escalate', reason: text, level, teamId: teamId !== t.teamId ? teamId : undefined, ...(to ? { to } : {}) }
            : p === 'reopen' ? { type: 'reopen', reason: text }
              : teamId ? { type: 'transfer', reason: text, teamId } : undefined;
    if (action) props.onAct(action).catch(() => undefined);
  };
  const label = props.pending === 'askInfo' ? s.askInfoLabel : props.pending === 'resolve' ? (problem ? x.resolveProblemLabel : s.resolutionLabel) : s.reasonLabel;
  const people = props.people;
  return (
    <div className={c.panel}>
      {props.pending === 'escalate' ? (
        <div className={c.field}>
          <label htmlFor="hc-action-level" className={c.label}>{s.escalateLevel}</label>
          <select id="hc-action-level" className={c.select} value={level} onChange={e => setLevel(e.target.value as SupportLevel)}>
            {SUPPORT_LEVELS.map(l => <option key={l} value={l}>{strings.supportLevel[l]}</option>)}
          </select>
        </div>
      ) : undefined}
      {props.pending === 'escalate' || props.pending === 'transfer' ? (
        <div className={c.field}>
          <label htmlFor="hc-action-team" className={c.label}>{s.escalateTeam}</label>
          <select id="hc-action-team" className={c.select} value={teamId || ''} onChange={e => setTeamId(Number(e.target.value) || undefined)}>
            {props.teams.map(team => <option key={team.id} value={team.id}>{teamName(team)}</option>)}
          </select>
        </div>
      ) : undefined}
      {props.pending === 'escalate' && people ? (
        <PeopleField id="hc-action-escalate-to" label={s.escalateTo} help={s.escalateToHelp} people={agent} single strings={strings.ticketForm} classes={c}
          search={people.searchPeople} resolve={async p => { const u = await people.resolvePerson(p); return { ...p, email: u.email, displayName: u.displayName, siteUserId: u.id }; }}
          onChange={setAgent} />
      ) : undefined}
      <div className={c.field}>
        <label htmlFor="hc-action-text" className={c.label}>{label}</label>
        <textarea id="hc-action-text" className={c.textarea} value={text} onChange={e => setText(e.target.value)} />
      </div>
      {props.pending === 'resolve' && problem ? <p className={c.help}>{x.resolveProblemHelp}</p> : undefined}
      <div className={c.actions}>
        <PrimaryButton text={s.confirm} disabled={props.busy} onClick={confirm} />
        <DefaultButton text={s.cancel} onClick={props.onCancel} />
      </div>
    </div>
  );
}
