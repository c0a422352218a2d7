import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';

/** Class names of the help center's home. */
export type HomeClasses = ReturnType<typeof homeClasses>;

/**
 * The home's look from the theme's tokens only (a dark section inverts them): a hero with the search, cards on the
 * section's background, two columns on a wide screen and one on a phone, nothing wider than the page, 24 px targets,
 * system colours in high contrast.
 */
export function homeClasses(theme: Theme): {
  page: string; hero: string; heading: string; searchForm: string; searchRow: string; inputWrap: string; input: string; listbox: string; option: string;
  optionActive: string; optionMeta: string; hint: string; columns: string; main: string; side: string; firstOnPhone: string; section: string; sectionHeading: string;
  tiles: string; tile: string; tileIcon: string; tileName: string; tileCount: string; card: string; links: string; muted: string; list: string;
  request: string; requestMeta: string; announcement: string; contactLines: string; people: string; person: string; more: string;
} {
  const p = theme.palette;
  const s = theme.semanticColors;
  const f = theme.fonts;
  const card = {
    background: s.bodyBackground, border: `1px solid ${p.neutralLight}`, borderRadius: theme.effects.roundedCorner4,
    boxShadow: theme.effects.elevation4, padding: '12px 16px', minWidth: 0, boxSizing: 'border-box' as const, overflowWrap: 'anywhere' as const,
    selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
  };
  const linkList = { display: 'flex', flexDirection: 'column' as const, gap: 2, listStyle: 'none', margin: 0, padding: 0, selectors: { a: { display: 'inline-block', minHeight: 24, lineHeight: '24px', textAlign: 'left' as const } } };
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 20, maxWidth: 1200, minWidth: 0, color: s.bodyText, fontFamily: f.medium.fontFamily, overflowWrap: 'anywhere' },
    hero: {
      ...card, padding: '20px 24px', background: theme.isInverted ? p.neutralLighter : p.themeLighterAlt, border: `1px solid ${p.themeLight}`,
      display: 'flex', flexDirection: 'column', gap: 12, '@media (max-width: 639.98px)': { padding: '16px 12px' }
    },
    heading: { ...f.xxLarge, fontWeight: 600, margin: 0, '@media (max-width: 639.98px)': { ...f.xLarge, fontWeight: 600 } },
    searchForm: { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 },
    searchRow: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', minWidth: 0 },
    inputWrap: { position: 'relative', flex: '1 1 240px', minWidth: 0 },
    input: {
      ...f.mediumPlus, width: '100%', boxSizing: 'border-box', height: 40, padding: '0 12px', borderRadius: theme.effects.roundedCorner2,
      border: `1px solid ${p.neutralSecondary}`, background: s.inputBackground, color: s.inputText,
      selectors: { ':focus': { outline: `2px solid ${p.themePrimary}`, outlineOffset: 1 }, '::placeholder': { color: s.inputPlaceholderText } }
    },
    listbox: {
      ...card, position: 'absolute', zIndex: 10, top: 44, left: 0, right: 0, margin: 0, padding: 4, listStyle: 'none', boxShadow: theme.effects.elevation16,
      maxHeight: 360, overflowY: 'auto'
    },
    option: {
      ...f.medium, display: 'flex', flexDirection: 'column', padding: '6px 8px', minHeight: 24, cursor: 'pointer', borderRadius: theme.effects.roundedCorner2,
      color: s.bodyText, selectors: { ':hover': { background: s.listItemBackgroundHovered } }
    },
    optionActive: {
      background: s.listItemBackgroundChecked, outline: `2px solid ${p.themePrimary}`, outlineOffset: -2,
      selectors: { '@media (forced-colors: active)': { outline: '2px solid Highlight' } }
    },
    optionMeta: { ...f.small, color: s.bodySubtext },
    hint: { ...f.small, color: s.bodySubtext, margin: 0 },
    // On one column her open requests come first, before the categories (what she came back for), the contact last:
    // the two columns' boxes become the column's items (`display: contents` on the plain boxes, not on the sections).
    columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 20, alignItems: 'start', '@media (max-width: 899.98px)': { display: 'flex', flexDirection: 'column', alignItems: 'stretch' } },
    main: { display: 'flex', flexDirection: 'column', gap: 20, minWidth: 0, '@media (max-width: 899.98px)': { display: 'contents' } },
    side: { display: 'flex', flexDirection: 'column', gap: 20, minWidth: 0, '@media (max-width: 899.98px)': { display: 'contents' } },
    firstOnPhone: { '@media (max-width: 899.98px)': { order: -1 } },
    section: { display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
    sectionHeading: { ...f.large, fontWeight: 600, margin: 0 },
    tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 150px), 1fr))', gap: 12, listStyle: 'none', margin: 0, padding: 0 },
    tile: {
      ...card, display: 'flex', alignItems: 'center', gap: 12, height: '100%', padding: '12px', textDecoration: 'none', color: s.bodyText,
      selectors: { ...card.selectors, ':hover': { background: s.listItemBackgroundHovered, textDecoration: 'none', color: s.bodyText }, ':focus-visible': { outline: `2px solid ${p.themePrimary}`, outlineOffset: 2 } }
    },
    tileIcon: { fontSize: 24, lineHeight: '24px', color: p.themePrimary, flex: '0 0 auto', selectors: { '@media (forced-colors: active)': { color: 'CanvasText' } } },
    tileName: { ...f.mediumPlus, fontWeight: 600, display: 'block' },
    tileCount: { ...f.small, color: s.bodySubtext, display: 'block' },
    card: { ...card, display: 'flex', flexDirection: 'column', gap: 8 },
    links: linkList,
    muted: { ...f.medium, color: s.bodySubtext, margin: 0 },
    list: { display: 'flex', flexDirection: 'column', gap: 8, listStyle: 'none', margin: 0, padding: 0 },
    request: { display: 'flex', flexDirection: 'column', gap: 4, paddingBottom: 8, borderBottom: `1px solid ${p.neutralLight}`, selectors: { ':last-child': { borderBottom: 'none', paddingBottom: 0 }, a: { minHeight: 24, lineHeight: '24px', textAlign: 'left', fontWeight: 600 } } },
    requestMeta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px', ...f.small, color: s.bodySubtext },
    announcement: { ...card, display: 'flex', flexDirection: 'column', gap: 4, borderLeft: `4px solid ${p.themePrimary}` },
    contactLines: { ...linkList, gap: 4, selectors: { ...linkList.selectors, li: { ...f.medium } } },
    people: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 220px), 1fr))', gap: 12, listStyle: 'none', margin: 0, padding: 0 },
    person: { ...card, display: 'flex', flexDirection: 'column', gap: 4 },
    more: { display: 'inline-block', minHeight: 24, lineHeight: '24px', alignSelf: 'flex-start', textAlign: 'left' }
  });
}

/** The home's classes for the current theme. */
export function useHomeClasses(): HomeClasses {
  const theme = useTheme();
  return React.useMemo(() => homeClasses(theme), [theme]);
}
