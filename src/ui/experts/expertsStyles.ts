import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** Class names of the experts directory. */
export type ExpertsClasses = ReturnType<typeof expertsClasses>;

/** The directory's layout, with the theme's semantic colours (dark sections, high contrast); no width beyond the page's. */
export function expertsClasses(theme: Theme) {  // eslint-disable-line @typescript-eslint/explicit-function-return-type
  const s = theme.semanticColors;
  const p = theme.palette;
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0, maxWidth: '100%', boxSizing: 'border-box', color: s.bodyText },
    header: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', justifyContent: 'space-between', minWidth: 0 },
    heading: { margin: 0, overflowWrap: 'anywhere' },
    intro: { margin: '4px 0 0', color: s.bodySubtext, maxWidth: 720 },
    toolbar: {
      display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', alignItems: 'end', minWidth: 0,
      selectors: { '& > *': { minWidth: 0 } }
    },
    search: { gridColumn: '1 / -1', maxWidth: 560 },
    layout: { display: 'grid', gap: 24, gridTemplateColumns: 'minmax(0, 1fr)', selectors: { '@media (min-width: 1024px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(220px, 1fr)' } } },
    count: { margin: 0, fontWeight: 600 },
    cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12, listStyle: 'none', padding: 0, margin: 0 },
    card: {
      display: 'flex', flexDirection: 'column', gap: 8, padding: 12, borderRadius: 4, border: `1px solid ${p.neutralLight}`, background: s.bodyBackground,
      boxShadow: theme.effects.elevation4, minWidth: 0, overflowWrap: 'anywhere',
      selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
    },
    cardName: { margin: 0, fontSize: 16, fontWeight: 600 },
    meta: { margin: 0, color: s.bodySubtext, fontSize: 12 },
    facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: 8, rowGap: 2, fontSize: 13, selectors: { '& dt': { fontWeight: 600 }, '& dd': { margin: 0 } } },
    why: { margin: 0, padding: '6px 8px', borderLeft: `3px solid ${p.themePrimary}`, background: s.bodyStandoutBackground, fontSize: 13,
      selectors: { '@media (forced-colors: active)': { borderLeft: '3px solid CanvasText' } } },
    bio: { margin: 0, fontSize: 13 },
    contacts: { display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: 0, selectors: { '& a': { display: 'inline-block', minHeight: 24, lineHeight: '24px' } } },
    aside: { display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
    top: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    topItem: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, overflowWrap: 'anywhere' },
    form: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 },
    consent: { margin: 0, fontSize: 13, color: s.bodyText },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8 }
  });
}
