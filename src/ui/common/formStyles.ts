import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

export type FormClassName = 'form' | 'field' | 'label' | 'required' | 'help' | 'error' | 'input' | 'textarea' | 'select' | 'fieldset' | 'legend'
  | 'radio' | 'chips' | 'chip' | 'dropZone' | 'dropActive' | 'preview' | 'actions' | 'panel' | 'table' | 'cards' | 'card' | 'fileName' | 'heading' | 'summary';
/** Class names of the form's elements. */
export type FormClasses = { [K in FormClassName]: string };

/**
 * The form's layout and the few native pieces left (the desk's text areas, the drop zone, file chips, cards), styled
 * with the theme's tokens so dark sections and high contrast read them; the controls themselves are Fluent's.
 */
export function formClasses(theme: Theme): FormClasses {
  const p = theme.palette;
  const s = theme.semanticColors;
  const control = {
    font: 'inherit', fontSize: 14, padding: '6px 8px', border: `1px solid ${s.inputBorder}`, borderRadius: 2,
    background: s.inputBackground, color: s.inputText, width: '100%', boxSizing: 'border-box' as const,
    selectors: { ':focus': { outline: `2px solid ${p.themePrimary}`, outlineOffset: 1 }, '[aria-invalid="true"]': { borderColor: s.errorText } }
  };
  const classes = mergeStyleSets({
    form: { display: 'flex', flexDirection: 'column', gap: 16, maxWidth: 720, width: '100%', minWidth: 0, boxSizing: 'border-box' },
    // The error summary's links are touch targets of 24 px at least (WCAG 2.5.8), one per line.
    summary: { selectors: { '& li a': { display: 'block', minHeight: 24, lineHeight: '24px' } } },
    heading: { margin: 0, color: s.bodyText, overflowWrap: 'anywhere' },
    field: { display: 'flex', flexDirection: 'column', gap: 4 },
    label: { fontWeight: 600, color: s.bodyText },
    required: { color: s.errorText, marginLeft: 2 },
    help: { fontSize: 12, color: s.bodySubtext, margin: 0 },
    error: { fontSize: 12, color: s.errorText, margin: 0 },
    input: control,
    textarea: { ...control, minHeight: 120, resize: 'vertical' },
    select: control,
    fieldset: { border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 6, minWidth: 0 },
    legend: { fontWeight: 600, padding: 0, marginBottom: 4, color: s.bodyText },
    radio: { display: 'flex', gap: 8, alignItems: 'center', minHeight: 32, selectors: { '& input': { width: 20, height: 20, margin: 2 } } },
    chips: { display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', padding: 0, margin: 0 },
    chip: {
      display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: '4px 4px 4px 8px', border: `1px solid ${p.neutralTertiaryAlt}`, borderRadius: 4,
      background: s.bodyBackground, maxWidth: '100%', boxSizing: 'border-box', overflowWrap: 'anywhere'
    },
    dropZone: {
      border: `2px dashed ${s.inputBorder}`, borderRadius: 4, padding: 16, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 8,
      background: s.bodyStandoutBackground, minWidth: 0,
      selectors: { '@media (forced-colors: active)': { border: '2px dashed CanvasText' } }
    },
    dropActive: { borderColor: p.themePrimary, background: p.themeLighterAlt, selectors: { '@media (forced-colors: active)': { borderColor: 'Highlight' } } },
    fileName: { fontWeight: 600, overflowWrap: 'anywhere', minWidth: 0 },
    cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12, listStyle: 'none', padding: 0, margin: 0 },
    card: {
      display: 'flex', flexDirection: 'column', gap: 6, padding: 12, borderRadius: 4, border: `1px solid ${p.neutralLight}`, background: s.bodyBackground,
      boxShadow: theme.effects.elevation4, minWidth: 0, overflowWrap: 'anywhere',
      selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
    },
    preview: { width: 96, height: 64, objectFit: 'cover', border: `1px solid ${s.inputBorder}` },
    actions: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' },
    table: {
      borderCollapse: 'collapse', width: '100%',
      selectors: {
        'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${p.neutralLight}`, verticalAlign: 'top' },
        'a': { display: 'inline-block', minHeight: 24, lineHeight: '24px' },
        'caption': { textAlign: 'left', fontWeight: 600, padding: '4px 0' }
      }
    },
    panel: { borderLeft: `4px solid ${p.themePrimary}`, padding: '8px 12px', background: p.neutralLighterAlt, minWidth: 0 }
  });
  return classes as unknown as FormClasses;
}
