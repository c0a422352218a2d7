import * as React from 'react';
import type { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { Checkbox } from '@fluentui/react/lib/Checkbox';
import type { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { Link } from '@fluentui/react/lib/Link';
import type { TextField } from '@fluentui/react/lib/TextField';
import type { DeskQueueRow } from '../../../domain/desk/queues';
import type { AnnouncementInput } from '../../../data/desk/ProblemRepository';
import type { PersonOption } from '../../../data/intake/IntakeService';
import type { TicketPageData } from '../../../data/tickets/TicketRepository';
import type { TicketAction } from '../../../domain/tickets/actions';
import type { PeopleField } from '../../common/PeopleField';
import type { FormClasses } from '../../common/formStyles';
import { InformedList } from '../../tickets/mine/InformedList';
import type { CategoryApproval } from '../../../data/desk/categoryApproval';
import { ApprovalPanel } from './ApprovalPanel';
import { ProblemPanel } from './ProblemPanel';

/** What the extra panels read and write. */
export interface DeskExtraServices {
  /** Incidents linked to a problem (indexed HCProblem, paged). */
  linkedIncidents(problemId: number): Promise<DeskQueueRow[]>;
  /** Adds an Announcements item about a problem; returns its id. */
  publishAnnouncement(input: AnnouncementInput): Promise<number>;
  /** People of the organisation (SharePoint's people picker search). */
  searchPeople(query: string): Promise<PersonOption[]>;
  /** Site user id of a person found by the search. */
  resolvePerson(person: PersonOption): Promise<{ id: number; email: string; displayName: string }>;
  /** Whether the ticket's category needs an approval, and by whom by default. */
  categoryApproval(categoryId: number): Promise<CategoryApproval>;
}

/**
 * The Fluent components the panels use, handed down by the desk's main bundle. Measured: a Fluent import in
 * this lazy chunk makes webpack emit the shared Button modules unhoisted in the main bundle (+7.5 KB gzip,
 * ContextualMenu and FocusZone included), so this chunk imports none.
 */
export interface DeskExtraUi {
  PrimaryButton: typeof PrimaryButton;
  DefaultButton: typeof DefaultButton;
  PeopleField: typeof PeopleField;
  Dropdown: typeof Dropdown;
  TextField: typeof TextField;
  Checkbox: typeof Checkbox;
  Link: typeof Link;
}

/** Props of {@link DeskTicketExtras}. */
export interface DeskTicketExtrasProps {
  data: TicketPageData;
  services: DeskExtraServices;
  classes: FormClasses;
  snapshot: DeskQueueRow[];
  currentUserId: number;
  /** Opened from the approver's mail: the approval panel takes the focus. */
  openApproval: boolean;
  /** Runs a domain action; resolves false when it was refused (typed text is kept). */
  onAct(action: TicketAction): Promise<boolean>;
  onOpen(id: number): void;
  onNotice(type: 'success' | 'error', text: string): void;
  ui: DeskExtraUi;
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
