import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** Class names of the knowledge search and the article. */
export type KnowledgeClasses = ReturnType<typeof knowledgeClasses>;

/**
 * The knowledge base's look, from the theme's tokens only: cards on the section's background, one column on a
 * phone, nothing wider than the page (long words wrap), visible focus, system colours in high contrast.
 */
export function knowledgeClasses(theme: Theme): {
  page: string; heading: string; sectionHeading: string; searchRow: string; searchBox: string; filters: string; grid: string; list: string; card: string;
  cardTitle: string; summary: string; meta: string; subtle: string; links: string; experts: string; expert: string;
  article: string; body: string; actions: string; helpful: string; shimmerCard: string; community: string; cardCommunity: string;
} {
  const p = theme.palette;
  const s = theme.semanticColors;
  const f = theme.fonts;
  const card = {
    background: s.bodyBackground, border: `1px solid ${p.neutralLight}`, borderRadius: theme.effects.roundedCorner4,
    boxShadow: theme.effects.elevation4, padding: '12px 16px', minWidth: 0, boxSizing: 'border-box' as const, overflowWrap: 'anywhere' as const,
    selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' }, mark: { background: p.themeLighter, color: p.themeDarker, padding: '0 1px' } }
  };
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 16, maxWidth: 960, minWidth: 0, color: s.bodyText, fontFamily: f.medium.fontFamily },
    heading: { ...f.xLarge, fontWeight: 600, margin: 0 },
    sectionHeading: { ...f.large, fontWeight: 600, margin: '0 0 8px' },
    searchRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', minWidth: 0 },
    searchBox: { flex: '1 1 260px', minWidth: 0 },
    filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: 12 },
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))', gap: 12, listStyle: 'none', margin: 0, padding: 0 },
    list: { display: 'flex', flexDirection: 'column', gap: 8, listStyle: 'none', margin: 0, padding: 0 },
    card: { ...card, display: 'flex', flexDirection: 'column', gap: 4 },
    cardTitle: { ...f.mediumPlus, fontWeight: 600, textAlign: 'left', minHeight: 24 },
    summary: { ...f.medium, margin: 0, color: s.bodyText, selectors: { mark: { background: p.themeLighter, color: p.themeDarker, padding: '0 1px' } } },
    meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px', ...f.small, color: s.bodySubtext },
    subtle: { ...f.small, color: s.bodySubtext, margin: 0 },
    links: { display: 'flex', flexDirection: 'column', gap: 2, listStyle: 'none', margin: 0, padding: 0, selectors: { a: { display: 'inline-block', minHeight: 24, lineHeight: '24px' } } },
    experts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))', gap: 12, listStyle: 'none', margin: 0, padding: 0 },
    // Its links (chat, mail, ask, community) are touch targets of 24 px at least (WCAG 2.5.8), each on its own line.
    expert: { ...card, display: 'flex', flexDirection: 'column', gap: 6, selectors: { '& > a': { display: 'inline-block', alignSelf: 'flex-start', textAlign: 'left', minHeight: 24, lineHeight: '24px' } } },
    article: { display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 860, minWidth: 0, overflowWrap: 'anywhere' },
    body: { ...f.medium, lineHeight: '1.5', selectors: { h2: { ...f.large, fontWeight: 600, margin: '16px 0 8px' }, h3: { ...f.mediumPlus, fontWeight: 600, margin: '12px 0 4px' }, img: { maxWidth: '100%', height: 'auto' }, table: { display: 'block', overflowX: 'auto', maxWidth: '100%' }, pre: { whiteSpace: 'pre-wrap' } } },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    helpful: { ...card, display: 'flex', flexDirection: 'column', gap: 12 },
    shimmerCard: { ...card, display: 'flex', flexDirection: 'column', gap: 8 },
    // A category's community: a link of its own line, at least 24 px high (target size), long names wrap.
    community: { ...f.medium, margin: 0, minHeight: 24, lineHeight: '24px', overflowWrap: 'anywhere' },
    cardCommunity: { ...f.small, display: 'inline-block', alignSelf: 'flex-start', textAlign: 'left', marginTop: 'auto', paddingTop: 4, minHeight: 24, lineHeight: '24px', overflowWrap: 'anywhere' }
  });
}
