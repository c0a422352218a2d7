import * as React from 'react';
import { getTheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ShownField } from '../../domain/tickets/fields';
import type { FieldNames } from '../../data/tickets/ticketView';
import { useHelpCenter } from './HelpCenterContext';
import { UserText } from './UserText';
import { fieldLabel, fieldText, isTypedText } from './fieldText';

/** Props of {@link TicketFields}. */
export interface TicketFieldsProps {
  /** The fields to show (the view model's, for the reader's audience). */
  fields: ShownField[];
  /** The names the view model resolved for the fields' lookups. */
  names: FieldNames;
  /** Id of the heading element (unique on the page). */
  headingId: string;
}

type FieldsClasses = { heading: string; list: string; term: string; value: string };
// Built on first use, when the page's theme is loaded.
let classes: FieldsClasses | undefined;
function styles(): FieldsClasses {
  if (!classes) {
    const s = getTheme().semanticColors;
    classes = mergeStyleSets({
      heading: { margin: '0 0 8px' },
      // Label beside value on wide pages, label above value on a phone.
      list: {
        display: 'grid', gridTemplateColumns: 'minmax(10em, max-content) 1fr', gap: '4px 16px', margin: 0,
        '@media (max-width: 480px)': { gridTemplateColumns: '1fr', gap: 0 }
      },
      term: { fontWeight: 600, color: s.bodyText, '@media (max-width: 480px)': { marginTop: 8 } },
      value: { margin: 0, color: s.bodyText, overflowWrap: 'anywhere' }
    });
  }
  return classes;
}

/** A ticket's catalogue fields as a definition list, label → value: every field renders the same way (see fieldText). */
export function TicketFields(props: TicketFieldsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const c = styles();
  return (
    <section aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={c.heading}>{strings.fieldDisplay.heading}</h3>
      <dl className={c.list}>
        {props.fields.map(f => {
          const text = fieldText(f, { strings, locale, names: props.names });
          return (
            <React.Fragment key={f.key}>
              <dt className={c.term}>{fieldLabel(f.key, strings)}</dt>
              <dd className={c.value}>{isTypedText(f) ? <UserText text={text} /> : text}</dd>
            </React.Fragment>
          );
        })}
      </dl>
    </section>
  );
}
