import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { TicketAction, TicketActionType } from '../../domain/tickets/actions';
import { availableActions, canTake } from '../../domain/tickets/availableActions';
import type { Actor, Ticket } from '../../domain/tickets/model';
import type { FormTeam, PersonOption } from '../../data/intake/IntakeService';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { FormClasses } from '../common/formStyles';
import { DeskActionForm, PendingAction } from './DeskActionForm';

/** Finding an agent of the receiving team for an escalation (SharePoint's people search, then the site user). */
export interface DeskPeopleSearch {
  searchPeople(query: string): Promise<PersonOption[]>;
  resolvePerson(person: PersonOption): Promise<{ id: number; email: string; displayName: string }>;
}

/** Props of {@link DeskActions}. */
export interface DeskActionsProps {
  /** The ticket (the page's view model's domain ticket): the buttons are the actions the domain allows on it. */
  ticket: Ticket;
  /** Who acts (deskActor(reference)). */
  actor: Actor;
  teams: FormTeam[];
  /** The people search of the escalation's named agent; without it, the escalation names nobody. */
  people?: DeskPeopleSearch;
  classes: FormClasses;
  busy: boolean;
  /** Runs the action; resolves false when it was refused, so the text typed is kept. */
  onAct(action: TicketAction): Promise<boolean>;
}

/** The desk's actions on a ticket: exactly those the domain's state machine allows this agent now (availableActions). */
export function DeskActions(props: DeskActionsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.ticketActions;
  const x = strings.deskExtra;
  const c = props.classes;
  const [pending, setPending] = React.useState<PendingAction>();
  const { ticket, actor } = props;
  const available = availableActions(ticket, actor);
  const can = (type: TicketActionType): boolean => canTake(available, type);
  const go = (action: TicketAction): Promise<boolean> => props.onAct(action).then(ok => { if (ok) setPending(undefined); return ok; }, () => false);
  const toggle = (p: PendingAction): void => setPending(pending === p ? undefined : p);
  const resolveType = can('resolveProblem') ? 'resolveProblem' : 'resolve';
  // One main action: taking the ticket in charge, or else resolving it.
  const ResolveButton = can('takeInCharge') ? DefaultButton : PrimaryButton;
  return (
    <section aria-labelledby="hc-desk-actions">
      <h3 id="hc-desk-actions" style={{ margin: '0 0 8px' }}>{s.heading}</h3>
      <div className={c.actions}>
        {can('takeInCharge') ? <PrimaryButton text={s.takeInCharge} disabled={props.busy} onClick={() => { go({ type: 'takeInCharge' }).catch(() => undefined); }} /> : undefined}
        {can('askForInformation') ? <DefaultButton text={s.askInfo} aria-expanded={pending === 'askInfo'} onClick={() => toggle('askInfo')} /> : undefined}
        {can('escalate') ? <DefaultButton text={s.escalate} aria-expanded={pending === 'escalate'} onClick={() => toggle('escalate')} /> : undefined}
        {can('transfer') ? <DefaultButton text={s.transfer} aria-expanded={pending === 'transfer'} onClick={() => toggle('transfer')} /> : undefined}
        {can(resolveType) ? <ResolveButton text={resolveType === 'resolveProblem' ? x.resolveProblem : s.resolve} aria-expanded={pending === 'resolve'} onClick={() => toggle('resolve')} /> : undefined}
        {can('close') ? <DefaultButton text={s.close} disabled={props.busy} onClick={() => { go({ type: 'close' }).catch(() => undefined); }} /> : undefined}
        {can('closeNoFollowUp') ? <DefaultButton text={s.closeNoFollowUp} disabled={props.busy} onClick={() => { go({ type: 'closeNoFollowUp' }).catch(() => undefined); }} /> : undefined}
        {can('reopen') ? <DefaultButton text={s.reopen} aria-expanded={pending === 'reopen'} onClick={() => toggle('reopen')} /> : undefined}
      </div>
      {pending ? (
        <DeskActionForm key={pending} pending={pending} ticket={ticket} teams={props.teams} people={props.people} classes={c} busy={props.busy}
          onAct={go} onCancel={() => setPending(undefined)} />
      ) : undefined}
    </section>
  );
}
