import * as React from 'react';
import type { MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { DeskTicket } from '../../../data/desk/DeskRepository';
import type { AnnouncementInput } from '../../../data/desk/ProblemRepository';
import type { PersonOption } from '../../../data/intake/IntakeService';
import type { TicketPageData } from '../../../data/tickets/TicketRepository';
import type { TicketAction } from '../../../domain/tickets/actions';
import type { FormClasses } from '../../tickets/form/formStyles';
import { InformedList } from '../../tickets/mine/InformedList';
import { ApprovalPanel } from './ApprovalPanel';
import { ProblemPanel } from './ProblemPanel';

/** What the extra panels read and write. */
export interface DeskExtraServices {
  /** Incidents linked to a problem (indexed HCProblem, paged). */
  linkedIncidents(problemId: number): Promise<DeskTicket[]>;
  /** Adds an Announcements item about a problem; returns its id. */
  publishAnnouncement(input: AnnouncementInput): Promise<number>;
  /** People of the organisation (SharePoint's people picker search). */
  searchPeople(query: string): Promise<PersonOption[]>;
  /** Site user id of a person found by the search. */
  resolvePerson(person: PersonOption): Promise<{ id: number; email: string; displayName: string }>;
}

/** Props of {@link DeskTicketExtras}. */
export interface DeskTicketExtrasProps {
  data: TicketPageData;
  services: DeskExtraServices;
  classes: FormClasses;
  snapshot: DeskTicket[];
  currentUserId: number;
  /** Opened from the approver's mail: the approval panel takes the focus. */
  openApproval: boolean;
  /** Runs a domain action; resolves false when it was refused (typed text is kept). */
  onAct(action: TicketAction): Promise<boolean>;
  onOpen(id: number): void;
  onNotice(type: MessageBarType, text: string): void;
}

/** The ticket page's lazily loaded panels: derogation approval, problem (ITIL), people informed. */
export default function DeskTicketExtras(props: DeskTicketExtrasProps): React.ReactElement {
  return (
    <>
      <ApprovalPanel {...props} />
      <ProblemPanel {...props} />
      <InformedList id="hc-desk-informed" entries={props.data.informed} />
    </>
  );
}
