import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { IdentitySwitcher } from './IdentitySwitcher';
import type { WorkbenchBootstrap } from './bootstrap';
import type { WorkbenchPageStrings } from './workbenchStrings';

/** Props of {@link WorkbenchShell}. */
export interface WorkbenchShellProps {
  /** Page data from the server. */
  boot: WorkbenchBootstrap;
  /** Strings of the user's language. */
  strings: WorkbenchPageStrings;
  /** The page title (also the `<h1>`). */
  title: string;
  /** The page's content, rendered inside `<main>`. */
  children?: React.ReactNode;
}

/** The chrome of a workbench page: a SharePoint-like header with the identity switcher, then `<main>`. */
export function WorkbenchShell(props: WorkbenchShellProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    header: {
      display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 12,
      padding: '8px 24px', background: theme.palette.themePrimary, color: theme.palette.white,
      selectors: { label: { color: theme.palette.white } },
    },
    site: { fontSize: theme.fonts.large.fontSize, fontWeight: 600, color: theme.palette.white, textDecoration: 'none' },
    main: { maxWidth: 1100, margin: '0 auto', padding: '16px 24px', fontFamily: theme.fonts.medium.fontFamily, color: theme.semanticColors.bodyText },
  });
  React.useEffect(() => {
    document.title = `${props.title} – ${props.boot.webTitle}`;
  }, [props.title, props.boot.webTitle]);
  return (
    <>
      <header className={classes.header}>
        <a className={classes.site} href={props.boot.siteUrl}>{props.boot.webTitle}</a>
        <IdentitySwitcher label={props.strings.workbench.identityLabel} current={props.boot.user} />
      </header>
      <main className={classes.main}>
        <h1>{props.title}</h1>
        {props.children}
      </main>
    </>
  );
}
