/**
 * SharePoint pages load Fluent's icon font; the workbench registers the few icons its pages use as
 * inline glyphs instead, so pages work offline and make no CDN request.
 */
import * as React from 'react';
import { registerIcons } from '@fluentui/react/lib/Styling';

const glyph = (text: string): React.ReactElement => <span aria-hidden="true" style={{ fontStyle: 'normal', fontWeight: 700 }}>{text}</span>;

/** Registers the workbench's icons once per page. */
export function registerWorkbenchIcons(): void {
  registerIcons({
    icons: {
      Info: glyph('i'),
      ErrorBadge: glyph('!'),
      Error: glyph('!'),
      Blocked2: glyph('⦸'),
      Warning: glyph('!'),
      Completed: glyph('✓'),
      Clear: glyph('×'),
      ChevronDown: glyph('⌄'),
      DoubleChevronUp: glyph('⌃'),
      DoubleChevronDown: glyph('⌄'),
    },
  }, { disableWarnings: true });
}
