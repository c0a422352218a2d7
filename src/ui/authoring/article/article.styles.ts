import * as React from 'react';
import { mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';

type HistoryClassName = 'page' | 'title' | 'section' | 'heading' | 'facts' | 'fact' | 'term' | 'row' | 'table' | 'cell' | 'tableWrap' | 'confirm'
  | 'done' | 'diffField' | 'diffText' | 'removed' | 'added' | 'muted' | 'list' | 'item';

/** The history page's layout, with the theme's semantic colours (dark sections, forced colours). */
export function historyClasses(theme: Theme): IProcessedStyleSet<Record<HistoryClassName, IStyle>> {
  const s = theme.semanticColors;
  const p = theme.palette;
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 20, maxWidth: 900, width: '100%', minWidth: 0, boxSizing: 'border-box', marginTop: 16, color: s.bodyText },
    title: { margin: 0, fontSize: 20, fontWeight: 600, overflowWrap: 'anywhere', color: s.bodyText },
    section: { display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
    heading: { margin: 0, fontSize: 16, fontWeight: 600, color: s.bodyText },
    facts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))', gap: '8px 16px', margin: 0 },
    fact: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
    term: { fontSize: 12, color: s.bodySubtext },
    row: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' },
    tableWrap: { overflowX: 'auto', maxWidth: '100%' },
    table: { borderCollapse: 'collapse', minWidth: 0, width: '100%' },
    cell: { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${p.neutralLight}`, verticalAlign: 'middle', overflowWrap: 'break-word' },
    confirm: {
      display: 'flex', flexDirection: 'column', gap: 8, padding: 12, border: `1px solid ${p.neutralTertiaryAlt}`, borderRadius: 4, background: s.bodyBackground,
      selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
    },
    done: { margin: 0, padding: 8, borderLeft: `4px solid ${s.successIcon || p.green}`, background: s.successBackground, color: s.bodyText },
    diffField: { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 },
    diffText: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 14, lineHeight: 1.5, padding: 8, border: `1px solid ${p.neutralLight}`, borderRadius: 2 },
    removed: { textDecoration: 'line-through', color: s.errorText, background: s.errorBackground },
    added: { textDecoration: 'underline', color: s.successText || s.bodyText, background: s.successBackground },
    muted: { margin: 0, color: s.bodySubtext, fontSize: 12 },
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    item: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', minWidth: 0, overflowWrap: 'anywhere' }
  });
}

/** The history page's classes for the current theme. */
export function useHistoryClasses(): ReturnType<typeof historyClasses> {
  const theme = useTheme();
  return React.useMemo(() => historyClasses(theme), [theme]);
}
