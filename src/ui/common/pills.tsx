import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import type { TicketPriority, TicketStatus } from '../../domain/vocabulary';

/** What a pill says by its colour; its text always says it too (never colour alone, WCAG 1.4.1). */
export type PillTone = 'neutral' | 'info' | 'progress' | 'warning' | 'danger' | 'success';

/**
 * The theme tokens of each tone: a light background from the theme's palette and a text colour with at least 4.5:1
 * contrast on it (the palette's dark shades); in Windows high contrast (forced colours) the pill keeps its border and
 * the system's colours.
 */
export function pillTokens(theme: Theme): { [T in PillTone]: { background: string; color: string; border: string } } {
  const p = theme.palette;
  const dark = theme.isInverted;
  return {
    neutral: { background: p.neutralLighter, color: p.neutralPrimary, border: p.neutralTertiaryAlt },
    info: { background: dark ? p.themeDarker : p.themeLighter, color: dark ? p.white : p.themeDarker, border: p.themeTertiary },
    progress: { background: dark ? p.themeDark : p.themeLighterAlt, color: dark ? p.white : p.themeDarkAlt, border: p.themePrimary },
    warning: { background: dark ? '#4a3b00' : '#fff4ce', color: dark ? '#fff4ce' : '#6b4d00', border: '#c19c00' },
    danger: { background: dark ? '#442726' : '#fde7e9', color: dark ? '#fde7e9' : '#a4262c', border: '#d13438' },
    success: { background: dark ? '#054b16' : '#dff6dd', color: dark ? '#dff6dd' : '#0b5a08', border: '#107c10' }
  };
}

/** The tone of each status: new (to take), handled, waiting for the requester, finished. */
export const STATUS_TONE: { [S in TicketStatus]: PillTone } = {
  new: 'info', taken_in_charge: 'progress', in_progress: 'progress', awaiting_user: 'warning',
  resolved: 'success', closed: 'neutral', no_follow_up: 'neutral'
};

/** The tone of each priority. */
export const PRIORITY_TONE: { [P in TicketPriority]: PillTone } = { low: 'neutral', normal: 'neutral', high: 'warning', critical: 'danger' };

/** Props of {@link Pill}. */
export interface PillProps {
  tone: PillTone;
  /** The text the pill shows (and screen readers read). */
  children: React.ReactNode;
  /** A longer explanation, for the tooltip and screen readers (e.g. "Resolution: 2 h left"). */
  title?: string;
}

/** A small coloured label with its text: a status, an SLA clock, a priority. */
export function Pill(props: PillProps): React.ReactElement {
  const theme = useTheme();
  const t = pillTokens(theme)[props.tone];
  const classes = React.useMemo(() => mergeStyleSets({
    pill: {
      display: 'inline-flex', alignItems: 'center', maxWidth: '100%', padding: '1px 8px', borderRadius: 10,
      border: `1px solid ${t.border}`, background: t.background, color: t.color,
      fontSize: theme.fonts.small.fontSize, fontWeight: 600, lineHeight: '18px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis',
      selectors: { '@media (forced-colors: active)': { forcedColorAdjust: 'auto', border: '1px solid CanvasText', color: 'CanvasText', background: 'Canvas' } }
    }
  }), [t, theme]);
  return <span className={classes.pill} title={props.title}>{props.children}</span>;
}

/** A ticket's status in the reader's words (`labels`: `strings.ticketStatus` for requesters, `strings.deskStatus` for the desk). */
export function StatusPill(props: { status: TicketStatus; labels: Record<TicketStatus, string> }): React.ReactElement {
  return <Pill tone={STATUS_TONE[props.status]}>{props.labels[props.status]}</Pill>;
}
