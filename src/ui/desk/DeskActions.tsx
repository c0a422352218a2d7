import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { TicketAction } from '../../domain/tickets/actions';
import { SUPPORT_LEVELS, SupportLevel, TicketKind, TicketStatus } from '../../domain/vocabulary';
import type { FormTeam } from '../../data/intake/IntakeService';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { FormClasses } from '../tickets/form/formStyles';

/** Props of {@link DeskActions}. */
export interface DeskActionsProps {
  status: TicketStatus;
  level: SupportLevel;
  /** A problem's resolution also resolves its linked incidents. */
  kind: TicketKind;
  teamId?: number;
  teams: FormTeam[];
  classes: FormClasses;
  busy: boolean;
  /** Runs the action; resolves false when it was refused, so the text typed is kept. */
  onAct(action: TicketAction): Promise<boolean>;
}

type Pending = 'askInfo' | 'escalate' | 'transfer' | 'resolve' | undefined;

const OPEN: TicketStatus[] = ['new', 'taken_in_charge', 'in_progress', 'awaiting_user'];

/** The desk's actions on a ticket; each is a transition of the domain's state machine. */
export function DeskActions(props: DeskActionsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ticketActions;
  const x = strings.deskExtra;
  const c = props.classes;
  const [pending, setPending] = React.useState<Pending>();
  const [text, setText] = React.useState('');
  const [level, setLevel] = React.useState<SupportLevel>(props.level);
  const [teamId, setTeamId] = React.useState<number | undefined>(props.teamId);
  const open = OPEN.indexOf(props.status) >= 0;
  const go = (action: TicketAction): void => {
    props.onAct(action).then(ok => { if (ok) { setPending(undefined); setText(''); } }, () => undefined);
  };
  const teamName = (t: FormTeam): string => (locale === 'en' ? t.titleEn : t.titleFr);
  const textArea = (label: string): React.ReactNode => (
    <div className={c.field}>
      <label htmlFor="hc-action-text" className={c.label}>{label}</label>
      <textarea id="hc-action-text" className={c.textarea} value={text} onChange={e => setText(e.target.value)} />
    </div>
  );
  const form = (): React.ReactNode => {
    if (!pending) return undefined;
    const confirm = (): void => {
      if (pending === 'askInfo') go({ type: 'askForInformation', message: text });
      else if (pending === 'resolve') go(props.kind === 'problem' ? { type: 'resolveProblem', resolution: text } : { type: 'resolve', resolution: text });
      else if (pending === 'escalate') go({ type: 'escalate', reason: text, level, teamId: teamId !== props.teamId ? teamId : undefined });
      else if (pending === 'transfer' && teamId) go({ type: 'transfer', reason: text, teamId });
    };
    return (
      <div className={c.panel}>
        {pending === 'escalate' ? (
          <div className={c.field}>
            <label htmlFor="hc-action-level" className={c.label}>{s.escalateLevel}</label>
            <select id="hc-action-level" className={c.select} value={level} onChange={e => setLevel(e.target.value as SupportLevel)}>
              {SUPPORT_LEVELS.map(l => <option key={l} value={l}>{strings.supportLevel[l]}</option>)}
            </select>
          </div>
        ) : undefined}
        {pending === 'escalate' || pending === 'transfer' ? (
          <div className={c.field}>
            <label htmlFor="hc-action-team" className={c.label}>{s.escalateTeam}</label>
            <select id="hc-action-team" className={c.select} value={teamId || ''} onChange={e => setTeamId(Number(e.target.value) || undefined)}>
              {props.teams.map(t => <option key={t.id} value={t.id}>{teamName(t)}</option>)}
            </select>
          </div>
        ) : undefined}
        {textArea(pending === 'askInfo' ? s.askInfoLabel : pending === 'resolve' ? (props.kind === 'problem' ? x.resolveProblemLabel : s.resolutionLabel) : s.reasonLabel)}
        {pending === 'resolve' && props.kind === 'problem' ? <p className={c.help}>{x.resolveProblemHelp}</p> : undefined}
        <div className={c.actions}>
          <PrimaryButton text={s.confirm} disabled={props.busy} onClick={confirm} />
          <DefaultButton text={s.cancel} onClick={() => { setPending(undefined); setText(''); }} />
        </div>
      </div>
    );
  };
  return (
    <section aria-labelledby="hc-desk-actions">
      <h3 id="hc-desk-actions">{s.heading}</h3>
      <div className={c.actions}>
        {props.status === 'new' ? <PrimaryButton text={s.takeInCharge} disabled={props.busy} onClick={() => go({ type: 'takeInCharge' })} /> : undefined}
        {open ? <DefaultButton text={s.askInfo} aria-expanded={pending === 'askInfo'} onClick={() => setPending('askInfo')} /> : undefined}
        {open ? <DefaultButton text={s.escalate} aria-expanded={pending === 'escalate'} onClick={() => setPending('escalate')} /> : undefined}
        {open ? <DefaultButton text={s.transfer} aria-expanded={pending === 'transfer'} onClick={() => setPending('transfer')} /> : undefined}
        {open ? <DefaultButton text={props.kind === 'problem' ? x.resolveProblem : s.resolve} aria-expanded={pending === 'resolve'} onClick={() => setPending('resolve')} /> : undefined}
        {props.status === 'resolved' ? <DefaultButton text={s.close} disabled={props.busy} onClick={() => go({ type: 'close' })} /> : undefined}
        {open ? <DefaultButton text={s.closeNoFollowUp} disabled={props.busy} onClick={() => go({ type: 'closeNoFollowUp' })} /> : undefined}
        {props.status === 'resolved' || props.status === 'closed' ? <DefaultButton text={s.reopen} onClick={() => go({ type: 'reopen', reason: text || s.reopen })} /> : undefined}
      </div>
      {form()}
    </section>
  );
}
