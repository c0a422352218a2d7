import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** Class names of the reports page. */
export interface ReportClasses {
  page: string; controls: string; controlRow: string; field: string; label: string; select: string; sections: string; section: string; heading: string;
  grid: string; wide: string; tableBox: string; table: string; number: string; actions: string; button: string; summary: string; subtext: string; noPrint: string;
}

/**
 * The page's layout with the theme's tokens; a print stylesheet: the controls and buttons hidden, every table whole
 * (no scroll box), sections kept together where they fit.
 */
export function reportClasses(theme: Theme): ReportClasses {
  const p = theme.palette;
  const s = theme.semanticColors;
  const control = {
    font: 'inherit', fontSize: 14, padding: '6px 8px', border: `1px solid ${s.inputBorder}`, borderRadius: 2, minHeight: 32,
    background: s.inputBackground, color: s.inputText, boxSizing: 'border-box' as const, maxWidth: '100%',
    selectors: { ':focus': { outline: `2px solid ${p.themePrimary}`, outlineOffset: 1 } }
  };
  const noPrint = { selectors: { '@media print': { display: 'none !important' } } };
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 16, color: s.bodyText, minWidth: 0, overflowWrap: 'anywhere' },
    controls: { display: 'flex', flexDirection: 'column', gap: 12, padding: 12, border: `1px solid ${p.neutralLight}`, borderRadius: 4, minWidth: 0, margin: 0, ...noPrint },
    controlRow: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' },
    field: { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0, maxWidth: '100%' },
    label: { fontWeight: 600 },
    select: control,
    sections: { display: 'flex', flexDirection: 'column', gap: 24 },
    section: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
    heading: { margin: 0 },
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))', gap: 16, alignItems: 'start' },
    // A table of four columns or more takes the grid's whole row (beside others it would be squeezed).
    wide: { gridColumn: '1 / -1' },
    tableBox: { overflowX: 'auto', minWidth: 0, maxWidth: '100%', selectors: { ':focus': { outline: `2px solid ${p.themePrimary}` }, '@media print': { overflow: 'visible' } } },
    table: {
      // Words stay whole in a table (the page breaks long ones anywhere): a table wider than its box scrolls sideways
      // instead of being squeezed to a letter a line.
      borderCollapse: 'collapse', width: '100%', overflowWrap: 'normal',
      selectors: {
        'th, td': { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${p.neutralLight}`, verticalAlign: 'top' },
        'thead th': { borderBottom: `2px solid ${p.neutralTertiary}` },
        'caption': { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
        '@media print': { breakInside: 'avoid' }
      }
    },
    number: { textAlign: 'right !important', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, ...noPrint },
    // Fluent's DefaultButton draws itself; printed pages leave the buttons out.
    button: { ...noPrint },
    summary: { margin: 0, fontSize: 16, fontWeight: 600 },
    subtext: { margin: 0, color: s.bodySubtext },
    noPrint
  }) as unknown as ReportClasses;
}
