import { mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

type DraftClassName = 'page' | 'heading' | 'meta' | 'origin' | 'form' | 'fieldset' | 'legend' | 'help' | 'list' | 'listItem' | 'addRow' | 'actions'
  | 'readOnlyBody' | 'conflict' | 'compare' | 'version' | 'fieldName' | 'choices' | 'summary' | 'message' | 'messageError';

/** The draft page's layout, with the theme's semantic colours (dark sections, high contrast). */
export function draftClasses(theme: Theme): IProcessedStyleSet<Record<DraftClassName, IStyle>> {
  const s = theme.semanticColors;
  const p = theme.palette;
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 16, maxWidth: 860, width: '100%', minWidth: 0, boxSizing: 'border-box', marginTop: 16 },
    heading: { margin: 0, color: s.bodyText, overflowWrap: 'anywhere', fontSize: 20, fontWeight: 600 },
    meta: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', color: s.bodySubtext },
    origin: { margin: 0, color: s.bodySubtext, overflowWrap: 'anywhere' },
    form: { display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0 },
    fieldset: { border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
    legend: { fontWeight: 600, padding: 0, marginBottom: 4, color: s.bodyText },
    help: { fontSize: 12, color: s.bodySubtext, margin: 0 },
    list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 4 },
    listItem: { display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, overflowWrap: 'anywhere', color: s.bodyText },
    addRow: { display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap', selectors: { '& > :first-child': { flex: '1 1 220px', minWidth: 0 } } },
    actions: {
      display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', paddingTop: 8, borderTop: `1px solid ${p.neutralLight}`,
      selectors: { '@media (forced-colors: active)': { borderTop: '1px solid CanvasText' } }
    },
    readOnlyBody: { color: s.bodyText, overflowWrap: 'anywhere', minWidth: 0, selectors: { img: { maxWidth: '100%', height: 'auto' } } },
    conflict: {
      display: 'flex', flexDirection: 'column', gap: 12, padding: 12, border: `2px solid ${s.errorText}`, borderRadius: 4, minWidth: 0,
      selectors: { '@media (forced-colors: active)': { border: '2px solid CanvasText' } }
    },
    compare: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: 12, minWidth: 0 },
    version: {
      padding: 8, border: `1px solid ${p.neutralTertiaryAlt}`, borderRadius: 4, minWidth: 0, overflowWrap: 'anywhere', color: s.bodyText,
      background: s.bodyBackground, selectors: { img: { maxWidth: '100%', height: 'auto' }, h4: { margin: '0 0 4px' } }
    },
    fieldName: { fontWeight: 600, margin: '8px 0 0', color: s.bodyText },
    choices: { display: 'flex', gap: 8, flexWrap: 'wrap' },
    // The outcome of a step, in the page's persistent live region (a MessageBar inside would be a second one).
    message: { margin: 0, fontWeight: 600, color: s.bodyText, overflowWrap: 'anywhere' },
    messageError: { margin: 0, fontWeight: 600, color: s.errorText, overflowWrap: 'anywhere' },
    // The error summary's links are touch targets of 24 px at least (WCAG 2.5.8), one per line.
    summary: { selectors: { '& li a': { display: 'block', minHeight: 24, lineHeight: '24px' } } }
  });
}

/** Class names of the draft page. */
export type DraftClasses = IProcessedStyleSet<Record<DraftClassName, IStyle>>;
