import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TICKET_CHANNELS, TicketChannel } from '../../../domain/vocabulary';
import type { NamedPerson } from '../../../data/intake/TicketFormServices';
import type { PersonOption } from '../../../data/intake/IntakeService';
import { PeopleField } from '../../common/PeopleField';
import type { FormClasses } from '../../common/formStyles';
import { FORM_INPUT_IDS } from './formProblems';

/** Props of {@link OnBehalfFields}. */
export interface OnBehalfFieldsProps {
  beneficiary?: NamedPerson;
  channel?: TicketChannel;
  strings: IHelpCenterStrings;
  classes: FormClasses;
  search(query: string): Promise<PersonOption[]>;
  resolve(person: PersonOption): Promise<NamedPerson>;
  onBeneficiary(person: NamedPerson | undefined): void;
  onChannel(channel: TicketChannel): void;
}

/**
 * An agent filing for someone else: who the request is for and how it came in. Its own chunk
 * (`help-center-form-agent`): a requester's form never loads it.
 */
export function OnBehalfFields(props: OnBehalfFieldsProps): React.ReactElement {
  const { strings, classes } = props;
  const s = strings.ticketForm;
  const channelOptions: IDropdownOption[] = TICKET_CHANNELS.map(c => ({ key: c, text: strings.ticketChannel[c] }));
  return (
    <fieldset className={`${classes.fieldset} ${classes.panel}`}>
      <legend className={classes.legend}>{s.onBehalfHeading}</legend>
      <PeopleField id={FORM_INPUT_IDS.beneficiary} label={s.beneficiaryLabel} single people={props.beneficiary ? [props.beneficiary] : []} strings={s}
        classes={classes} search={props.search} resolve={props.resolve} onChange={p => props.onBeneficiary(p[0])} />
      <Dropdown id="hc-channel" label={s.channelLabel} options={channelOptions} selectedKey={props.channel || 'phone'}
        onChange={(_, option) => { if (option) props.onChannel(option.key as TicketChannel); }} />
    </fieldset>
  );
}
