import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { PlaceholderCatalogue } from '../../../../domain/config/mailTemplateCheck';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';

const list = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: '4px 12px', listStyle: 'none', padding: 0, margin: 0, selectors: { code: { overflowWrap: 'anywhere' } } });

/** The values a template's mail receives (from the product: see mailCatalog), the required ones marked. */
export function MailPlaceholders(props: { catalogue: PlaceholderCatalogue }): React.ReactElement {
  const s = useHelpCenter().strings.mailsConfig;
  const { allowed, required } = props.catalogue;
  return (
    <section aria-labelledby="hc-mail-placeholders-heading">
      <ThemeText as="h3" variant="mediumPlus" id="hc-mail-placeholders-heading">{s.placeholdersHeading}</ThemeText>
      <ThemeText as="p" variant="small">{s.placeholdersHelp}</ThemeText>
      <ul className={list} aria-labelledby="hc-mail-placeholders-heading">
        {allowed.map(name => <li key={name}><code>{`{{${name}}}`}</code>{required.indexOf(name) >= 0 ? ` ${s.requiredMark}` : ''}</li>)}
      </ul>
    </section>
  );
}
