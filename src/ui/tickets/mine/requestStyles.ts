import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';

/** Class names shared by the requester's, the watcher's and the approver's pages. */
export type RequestClasses = {
  page: string; header: string; heading: string; subheading: string; meta: string; section: string; text: string;
  cards: string; card: string; cardTop: string; cardTitle: string; list: string; entry: string; entryHead: string;
  actions: string; panel: string; muted: string; error: string; fileInput: string;
};

/** The pages' layout with the theme's tokens (dark sections and high contrast read them); nothing wider than the screen. */
export function requestClasses(theme: Theme): RequestClasses {
  const p = theme.palette;
  const s = theme.semanticColors;
  const box = {
    border: `1px solid ${p.neutralLight}`, borderRadius: theme.effects.roundedCorner4, background: s.bodyBackground, padding: 12,
    minWidth: 0, boxSizing: 'border-box' as const,
    selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
  };
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 16, width: '100%', maxWidth: 960, minWidth: 0, boxSizing: 'border-box', color: s.bodyText },
    header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, minWidth: 0 },
    heading: { margin: 0, fontSize: theme.fonts.xLarge.fontSize, fontWeight: 600, color: s.bodyText, overflowWrap: 'anywhere', minWidth: 0 },
    subheading: { margin: '0 0 8px', fontSize: theme.fonts.large.fontSize, fontWeight: 600, color: s.bodyText, overflowWrap: 'anywhere' },
    meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, color: s.bodySubtext, minWidth: 0 },
    section: { minWidth: 0 },
    text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
    cards: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    card: { ...box, display: 'flex', flexDirection: 'column', gap: 6, boxShadow: theme.effects.elevation4, overflowWrap: 'anywhere' },
    cardTop: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 },
    // A shade darker than Fluent's link: it keeps 4.5:1 on a hovered or focused row's background too.
    cardTitle: {
      fontWeight: 600, overflowWrap: 'anywhere', color: p.themeDark,
      selectors: { ':hover, :active, :focus': { color: p.themeDarker }, '@media (forced-colors: active)': { color: 'LinkText' } }
    },
    list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    entry: { ...box, display: 'flex', flexDirection: 'column', gap: 6, overflowWrap: 'anywhere' },
    entryHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', color: s.bodySubtext, fontSize: theme.fonts.small.fontSize },
    actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 },
    // Links on the panel's standout background take the darker shade too (Fluent's is 4.2:1 there).
    panel: {
      ...box, display: 'flex', flexDirection: 'column', gap: 12, background: s.bodyStandoutBackground,
      selectors: { '.ms-Link': { color: p.themeDark }, '.ms-Link:hover, .ms-Link:focus': { color: p.themeDarker }, '@media (forced-colors: active)': { '.ms-Link': { color: 'LinkText' } } }
    },
    muted: { color: s.bodySubtext, margin: 0 },
    error: { color: s.errorText, fontWeight: 600, margin: 0 },
    fileInput: { display: 'flex', flexDirection: 'column', gap: 4, fontWeight: 600, maxWidth: '100%', selectors: { '& input': { maxWidth: '100%', fontWeight: 400 } } }
  });
}

/** {@link requestClasses} for the current theme, built once per theme. */
export function useRequestClasses(): RequestClasses {
  const theme = useTheme();
  return React.useMemo(() => requestClasses(theme), [theme]);
}
