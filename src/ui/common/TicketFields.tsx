import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
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
function styles(theme: Theme): FieldsClasses {
  const s = theme.semanticColors;
  const narrow = '@media (max-width: 639.98px)';
  return mergeStyleSets({
    heading: { margin: '0 0 8px', fontSize: theme.fonts.large.fontSize, fontWeight: 600, color: s.bodyText },
    // Label beside value on wide pages (two columns of pairs when there is room), label above value on a phone.
    list: {
      display: 'grid', gridTemplateColumns: 'minmax(8em, max-content) minmax(0, 1fr)', gap: '8px 16px', margin: 0, padding: 12,
      border: `1px solid ${theme.palette.neutralLight}`, borderRadius: theme.effects.roundedCorner4, background: s.bodyBackground,
      selectors: {
        [narrow]: { gridTemplateColumns: 'minmax(0, 1fr)', gap: 0 },
        '@media (forced-colors: active)': { border: '1px solid CanvasText' }
      }
    },
    term: { fontWeight: 600, color: s.bodySubtext, selectors: { [narrow]: { marginTop: 8 } } },
    value: { margin: 0, color: s.bodyText, overflowWrap: 'anywhere', minWidth: 0 }
  });
}

/** A ticket's catalogue fields as a definition list, label → value: every field renders the same way (see fieldText). */
export function TicketFields(props: TicketFieldsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const theme = useTheme();
  const c = React.useMemo(() => styles(theme), [theme]);
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
