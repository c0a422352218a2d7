import * as React from 'react';
import { NormalPeoplePicker, PeoplePickerItem, IBasePickerSuggestionsProps, IPickerItemProps, ValidationState } from '@fluentui/react/lib/Pickers';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import { ThemeText } from './ThemeText';
import type { NamedPerson } from '../../data/intake/TicketFormServices';
import type { PersonOption } from '../../data/intake/IntakeService';
import { useHelpCenter } from './HelpCenterContext';
import { formatString } from './format';
import { photoUrl } from './PersonBadge';
import type { FormClasses } from './formStyles';

/** Props of {@link PeopleField}. */
export interface PeopleFieldProps {
  /** Id of the search input (the label and the error summary point at it). */
  id: string;
  label: string;
  help?: string;
  people: NamedPerson[];
  /** One person only (the beneficiary) or several (watchers). */
  single?: boolean;
  strings: IHelpCenterStrings['ticketForm'];
  /** The form's classes (the help text's style). */
  classes?: FormClasses;
  search(query: string): Promise<PersonOption[]>;
  resolve(person: PersonOption): Promise<NamedPerson>;
  onChange(people: NamedPerson[]): void;
}

/** A person as the picker shows them: SharePoint's photo (initials until it loads, or without one), name and address. */
type PersonaOf<P> = IPersonaProps & { key: string; person: P };

const SEARCH_DELAY_MS = 250;

const keyOf = (p: PersonOption): string => (p.loginName || p.email).toLowerCase();

/**
 * Finds people of the organisation as one types (Fluent's people picker: a combobox with its listbox of personas)
 * and keeps the chosen ones as removable personas. A person is resolved to a site user when chosen.
 */
export function PeopleField(props: PeopleFieldProps): React.ReactElement {
  const { siteUrl } = useHelpCenter();
  const s = props.strings;
  const lastQuery = React.useRef('');
  const persona = <P extends PersonOption>(p: P): PersonaOf<P> =>
    ({ key: keyOf(p), text: p.displayName, secondaryText: p.email, imageUrl: photoUrl(siteUrl, p.email), imageAlt: '', person: p });
  const selected = props.people.map(persona);

  const pending = React.useRef<{ timer: ReturnType<typeof setTimeout>; settle(): void } | undefined>();
  React.useEffect(() => () => { if (pending.current) clearTimeout(pending.current.timer); }, []);
  // One search once the person pauses typing (the picker keeps only the latest answer; an earlier wait ends empty).
  const paused = (): Promise<boolean> => new Promise(resolve => {
    if (pending.current) { clearTimeout(pending.current.timer); pending.current.settle(); }
    const timer = setTimeout(() => { pending.current = undefined; resolve(true); }, SEARCH_DELAY_MS);
    pending.current = { timer, settle: () => resolve(false) };
  });
  const suggest = (filter: string, chosen?: IPersonaProps[]): PersonaOf<PersonOption>[] | Promise<PersonaOf<PersonOption>[]> => {
    const query = filter.trim();
    lastQuery.current = query;
    if (query.length < 2) return [];
    const taken = (chosen || []).map(c => String((c as PersonaOf<PersonOption>).key));
    return paused().then(go => (go ? props.search(query) : [])).then(found => found.filter(f => taken.indexOf(keyOf(f)) < 0).map(persona), (e: unknown) => {
      console.error('[HelpCenter] People search failed:', e);
      return [];
    });
  };
  const onChange = (items?: IPersonaProps[]): void => {
    const now = (items || []) as PersonaOf<PersonOption>[];
    const kept = props.people.filter(p => now.some(n => n.key === keyOf(p)));
    const added = now.filter(n => !props.people.some(p => keyOf(p) === n.key)).map(n => n.person);
    if (!added.length) { props.onChange(kept); return; }
    Promise.all(added.map(props.resolve)).then(people => props.onChange(props.single ? people.slice(-1) : kept.concat(people)),
      (e: unknown) => console.error('[HelpCenter] Resolving a person failed:', e));
  };
  const suggestionsProps: IBasePickerSuggestionsProps = {
    suggestionsContainerAriaLabel: props.label,
    loadingText: s.peopleSearching,
    onRenderNoResultFound: () => <ThemeText block extra={{ padding: 8 }}>{formatString(s.peopleNoResult, lastQuery.current)}</ThemeText>
  };
  const helpId = props.help ? `${props.id}-help` : undefined;
  return (
    <div className={props.classes && props.classes.field}>
      <NormalPeoplePicker
        label={props.label}
        selectedItems={selected}
        onResolveSuggestions={suggest}
        onChange={onChange}
        getTextFromItem={p => p.text || ''}
        pickerSuggestionsProps={suggestionsProps}
        itemLimit={props.single ? 1 : undefined}
        onRenderItem={(item: IPickerItemProps<IPersonaProps>) => (
          <PeoplePickerItem {...item} item={{ ...item.item, ValidationState: ValidationState.valid }} key={item.key} removeButtonAriaLabel={formatString(s.removePerson, item.item.text || '')}
            removeButtonIconProps={{ iconName: 'Clear' }} />
        )}
        inputProps={{ id: props.id, placeholder: s.peopleSearchPlaceholder }}
      />
      {props.help ? <ThemeText id={helpId} block variant="small" extra={{ marginTop: 4 }}>{props.help}</ThemeText> : undefined}
    </div>
  );
}
