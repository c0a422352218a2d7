import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** Class names of the editor's parts. */
export interface RichTextEditorClasses {
  root: string;
  label: string;
  frame: string;
  content: string;
  error: string;
  hint: string;
}

/**
 * The editor as a Fluent text field: the theme's input colours and border, the primary colour's focus ring, the
 * error colour when the field is invalid; in forced colours (Windows high contrast) the system's own colours.
 */
export function richTextEditorClasses(theme: Theme, invalid: boolean, disabled: boolean): RichTextEditorClasses {
  const p = theme.palette;
  const s = theme.semanticColors;
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 },
    label: { fontWeight: 600, color: s.bodyText, padding: '5px 0', cursor: 'default' },
    frame: {
      border: `1px solid ${invalid ? s.errorText : s.inputBorder}`, borderRadius: 2, background: disabled ? s.disabledBackground : s.inputBackground,
      selectors: {
        ':focus-within': { borderColor: invalid ? s.errorText : p.themePrimary, boxShadow: `0 0 0 1px ${invalid ? s.errorText : p.themePrimary}` },
        '@media (forced-colors: active)': { borderColor: invalid ? 'Mark' : 'CanvasText', background: 'Canvas' }
      }
    },
    content: {
      minHeight: 240, maxHeight: '70vh', overflowY: 'auto', padding: '8px 12px', color: disabled ? s.disabledText : s.inputText,
      font: 'inherit', fontSize: 14, lineHeight: '1.5', outline: 'none', overflowWrap: 'anywhere', borderTop: `1px solid ${p.neutralLighter}`,
      selectors: {
        // Pasted text shows as it is stored: colours, backgrounds and fonts are not kept (the sanitiser drops styles).
        '& *': { color: 'inherit !important', backgroundColor: 'transparent !important', fontFamily: 'inherit !important' },
        '& span, & font, & p, & li, & div': { fontSize: 'inherit !important' },
        '& a, & a *': { color: `${s.link} !important` },
        '& h2': { fontSize: 20, fontWeight: 600, margin: '16px 0 8px', color: s.bodyText },
        '& h3': { fontSize: 16, fontWeight: 600, margin: '12px 0 6px', color: s.bodyText },
        '& h2:first-child, & h3:first-child': { marginTop: 4 },
        '& p': { margin: '0 0 8px' },
        '& ul, & ol': { margin: '0 0 8px', paddingLeft: 24 },
        '& img': { maxWidth: '100%', height: 'auto' },
        '& a': { color: s.link },
        '& blockquote': { borderLeft: `3px solid ${p.neutralTertiary}`, margin: '8px 0', padding: '0 12px', color: s.bodySubtext },
        '& pre, & code, & kbd': { fontFamily: 'Consolas, "Courier New", monospace !important', backgroundColor: `${p.neutralLighter} !important` },
        '@media (forced-colors: active)': { color: 'CanvasText', borderTopColor: 'CanvasText' }
      }
    },
    error: { fontSize: 12, color: s.errorText, margin: 0 },
    hint: { fontSize: 12, color: s.bodySubtext, margin: 0 }
  });
}
