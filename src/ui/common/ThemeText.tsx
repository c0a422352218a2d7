import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { IFontStyles, IStyle } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

/** Props of {@link ThemeText}. */
export interface ThemeTextProps extends React.HTMLAttributes<HTMLElement> {
  /** The element (a paragraph, a heading …); a span by default. */
  as?: 'span' | 'p' | 'h2' | 'h3' | 'div';
  /** The theme's type ramp step (Fluent's `Text` variants); medium by default. */
  variant?: keyof IFontStyles;
  /** Displayed as a block; by default a paragraph, a heading or a div is one (as in HTML), a span is not. */
  block?: boolean;
  /** More styles, merged after the variant's (Fluent `Text`'s `styles.root`). */
  extra?: IStyle;
}

/**
 * Text in the theme's type ramp and body colour, as Fluent UI's `Text` renders it (same font, size, weight and
 * colour per variant; a span inline unless `block`, block elements blocks), without Fluent's legacy component foundation (`createComponent`,
 * slots) that `Text` alone brings into a page: used where a web part's first render shows text.
 */
export function ThemeText(props: ThemeTextProps): React.ReactElement {
  const { as = 'span', variant = 'medium', block, extra, className, ...rest } = props;
  const theme = useTheme();
  const font = theme.fonts[variant];
  // Fluent's Text makes every element inline unless `block`: two paragraphs then run into one line ("…courrielÉcrivez…").
  const isBlock = block !== undefined ? block : as !== 'span';
  const root = mergeStyles(font, { color: font.color || theme.semanticColors.bodyText, display: isBlock ? 'block' : 'inline' }, extra, className);
  return React.createElement(as, { ...rest, className: root });
}
