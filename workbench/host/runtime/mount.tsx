import * as React from 'react';
import * as ReactDom from 'react-dom';
import { helpCenterStrings } from './allStrings';
import { getTheme, mergeStyles } from '@fluentui/react/lib/Styling';
import { readBootstrap, WorkbenchBootstrap } from './bootstrap';
import { createFakeSpfxContext, FakeSpfxContext } from './fakeContext';
import { registerWorkbenchIcons } from './icons';
import { WorkbenchShell } from './WorkbenchShell';
import { WORKBENCH_STRINGS, WorkbenchPageStrings } from './workbenchStrings';

/** What a page entry gets to render its content. */
export interface PageEnvironment {
  boot: WorkbenchBootstrap;
  context: FakeSpfxContext;
  strings: WorkbenchPageStrings;
}

/** Mounts a workbench page: shell (header, identity switcher, `<main>`) around the entry's content. */
export function mountPage(title: (s: WorkbenchPageStrings) => string, content: (env: PageEnvironment) => React.ReactNode): void {
  registerWorkbenchIcons();
  // SharePoint's page gives the body its font and colours; the workbench page takes them from the theme.
  const theme = getTheme();
  mergeStyles({
    ':global(body)': {
      margin: 0, fontFamily: theme.fonts.medium.fontFamily, fontSize: theme.fonts.medium.fontSize,
      background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText,
    },
  });
  const boot = readBootstrap();
  const strings: WorkbenchPageStrings = { ...helpCenterStrings, workbench: WORKBENCH_STRINGS[boot.user.language.toLowerCase().startsWith('en') ? 'en' : 'fr'] };
  const env: PageEnvironment = { boot, context: createFakeSpfxContext(boot), strings };
  const root = document.getElementById('workbench-root');
  if (!root) throw new Error('The workbench page has no #workbench-root.');
  ReactDom.render(<WorkbenchShell boot={boot} strings={strings} title={title(strings)}>{content(env)}</WorkbenchShell>, root);
}
