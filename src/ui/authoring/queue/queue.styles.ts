import * as React from 'react';
import { mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';

type QueueClassName = 'page' | 'section' | 'heading' | 'count' | 'intro' | 'cards' | 'card' | 'cardTitle' | 'meta' | 'comment' | 'plainList' | 'phrasings';

/** The queue's layout: cards in one column (a phone) or a grid, with the theme's semantic colours. */
export function queueClasses(theme: Theme): IProcessedStyleSet<Record<QueueClassName, IStyle>> {
  const s = theme.semanticColors;
  const p = theme.palette;
  return mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 24, width: '100%', minWidth: 0, boxSizing: 'border-box', marginTop: 16 },
    section: { display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
    heading: { margin: 0, fontSize: 18, fontWeight: 600, color: s.bodyText },
    count: { fontWeight: 400, color: s.bodySubtext },
    intro: { margin: 0, color: s.bodySubtext, fontSize: 12 },
    cards: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))', gap: 12 },
    card: {
      display: 'flex', flexDirection: 'column', gap: 4, padding: 12, minWidth: 0, overflowWrap: 'anywhere', color: s.bodyText,
      background: s.bodyBackground, border: `1px solid ${p.neutralLight}`, borderRadius: 4,
      selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
    },
    cardTitle: { fontWeight: 600, fontSize: 14 },
    meta: { margin: 0, fontSize: 12, color: s.bodySubtext, display: 'flex', flexWrap: 'wrap', gap: '2px 12px' },
    comment: { margin: 0, fontSize: 13, color: s.bodyText, borderLeft: `3px solid ${p.neutralTertiaryAlt}`, paddingLeft: 8, whiteSpace: 'pre-wrap' },
    plainList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 },
    phrasings: { margin: 0, paddingLeft: 18, fontSize: 12, color: s.bodySubtext }
  });
}

/** The queue's classes for the current theme. */
export function useQueueClasses(): ReturnType<typeof queueClasses> {
  const theme = useTheme();
  return React.useMemo(() => queueClasses(theme), [theme]);
}
