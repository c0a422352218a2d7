import * as React from 'react';
import type { FormClasses } from './formStyles';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { NamedPerson } from '../../../data/intake/TicketFormServices';
import type { PersonOption } from '../../../data/intake/IntakeService';
import { formatString } from '../../common/format';
import { UserText } from '../../common/UserText';

/** Props of {@link PeopleField}. */
export interface PeopleFieldProps {
  id: string;
  label: string;
  help?: string;
  people: NamedPerson[];
  /** One person only (the beneficiary) or several (watchers). */
  single?: boolean;
  strings: IHelpCenterStrings['ticketForm'];
  classes: FormClasses;
  search(query: string): Promise<PersonOption[]>;
  resolve(person: PersonOption): Promise<NamedPerson>;
  onChange(people: NamedPerson[]): void;
}

/** Finds people of the organisation as one types (combobox + listbox) and keeps the chosen ones as chips. */
export function PeopleField(props: PeopleFieldProps): React.ReactElement {
  const { strings: s, classes } = props;
  const [query, setQuery] = React.useState('');
  const [options, setOptions] = React.useState<PersonOption[]>([]);
  const [active, setActive] = React.useState(-1);
  const [searched, setSearched] = React.useState('');
  const listId = `${props.id}-list`;

  React.useEffect(() => {
    if (query.trim().length < 2) { setOptions([]); setSearched(''); return undefined; }
    let live = true;
    const timer = setTimeout(() => {
      props.search(query).then(found => {
        if (!live) return;
        const chosen = props.people.map(p => p.email.toLowerCase());
        setOptions(found.filter(f => chosen.indexOf(f.email.toLowerCase()) < 0));
        setActive(-1);
        setSearched(query);
      }, (e: unknown) => console.error('[HelpCenter] People search failed:', e));
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [query, props.search, props.people]);

  const choose = (option: PersonOption): void => {
    props.resolve(option).then(person => {
      props.onChange(props.single ? [person] : props.people.concat([person]));
      setQuery('');
      setOptions([]);
    }, (e: unknown) => console.error('[HelpCenter] Resolving a person failed:', e));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' && options.length) { e.preventDefault(); setActive((active + 1) % options.length); }
    else if (e.key === 'ArrowUp' && options.length) { e.preventDefault(); setActive((active - 1 + options.length) % options.length); }
    else if (e.key === 'Enter' && active >= 0 && options[active]) { e.preventDefault(); choose(options[active]); }
    else if (e.key === 'Escape') { setOptions([]); }
  };
  const expanded = options.length > 0;
  return (
    <div className={classes.field}>
      <label htmlFor={props.id} className={classes.label}>{props.label}</label>
      {props.people.length ? (
        <ul className={classes.chips} aria-label={props.label}>
          {props.people.map(p => (
            <li key={p.email} className={classes.chip}>
              <span><UserText text={p.displayName} /></span>
              <DefaultButton text="×" ariaLabel={formatString(s.removePerson, p.displayName)} styles={{ root: { minWidth: 32, padding: 0 } }}
                onClick={() => props.onChange(props.people.filter(x => x.email !== p.email))} />
            </li>
          ))}
        </ul>
      ) : undefined}
      {props.single && props.people.length ? undefined : (
        <input id={props.id} className={classes.input} role="combobox" aria-autocomplete="list" aria-expanded={expanded}
          aria-controls={listId} aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={props.help ? `${props.id}-help` : undefined} placeholder={s.peopleSearchPlaceholder}
          value={query} onChange={e => setQuery(e.target.value)} onKeyDown={onKeyDown} autoComplete="off" />
      )}
      <ul id={listId} role="listbox" aria-label={props.label} hidden={!expanded} className={classes.chips}>
        {options.map((o, i) => (
          <li key={o.loginName} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={classes.chip}
            onMouseDown={e => { e.preventDefault(); choose(o); }}>
            <UserText text={o.displayName} /> · {o.email}
          </li>
        ))}
      </ul>
      {searched && !options.length && query === searched ? <p className={classes.help} role="status">{formatString(s.peopleNoResult, searched)}</p> : undefined}
      {props.help ? <p id={`${props.id}-help`} className={classes.help}>{props.help}</p> : undefined}
    </div>
  );
}
