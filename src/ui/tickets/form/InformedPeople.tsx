import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import type { NamedPerson } from '../../../data/intake/TicketFormServices';
import type { PersonOption } from '../../../data/intake/IntakeService';
import { PeopleField } from '../../common/PeopleField';
import type { FormClasses } from '../../common/formStyles';

/** Props of {@link InformedPeople}. */
export interface InformedPeopleProps {
  /** Id of the people search input. */
  id: string;
  people: NamedPerson[];
  /** The request has files: whether to share them with the people informed is asked. */
  hasFiles: boolean;
  shareFiles: boolean;
  /** The person has just asked for the field: the focus moves to its search input. */
  focusOnMount: boolean;
  strings: IHelpCenterStrings['ticketForm'];
  classes: FormClasses;
  search(query: string): Promise<PersonOption[]>;
  resolve(person: PersonOption): Promise<NamedPerson>;
  onChange(people: NamedPerson[]): void;
  onShareFiles(share: boolean): void;
}

/**
 * The people to keep informed (Fluent's people picker) and, once someone is named and files are attached, whether
 * they see the files. Its own chunk (`help-center-form-people`): the picker loads when the person asks for it.
 */
export function InformedPeople(props: InformedPeopleProps): React.ReactElement {
  const s = props.strings;
  const { id, focusOnMount } = props;
  React.useEffect(() => {
    if (!focusOnMount) return;
    const input = document.getElementById(id);
    if (input) input.focus();
  }, [id, focusOnMount]);
  return (
    <>
      <PeopleField id={id} label={s.watchersLabel} help={s.watchersHelp} people={props.people} strings={s} classes={props.classes}
        search={props.search} resolve={props.resolve} onChange={props.onChange} />
      {props.people.length && props.hasFiles ? (
        <div className={props.classes.field}>
          <Checkbox label={s.shareFilesLabel} checked={props.shareFiles} ariaDescribedBy="hc-share-files-help" onChange={(_, checked) => props.onShareFiles(!!checked)} />
          <p id="hc-share-files-help" className={props.classes.help}>{s.shareFilesHelp}</p>
        </div>
      ) : undefined}
    </>
  );
}
