/**
 * The help bar's look: Fluent's (Segoe, 32 px controls, SearchBox, quiet links, a menu like ContextualMenu) in the
 * page's theme colours, the system's colours in high contrast, one column on a phone. Every rule is under `.hc-hb`.
 */

/** The theme slots the bar paints with, and Fluent's default (light) theme when the page has none. */
const THEME_DEFAULTS: { [slot: string]: string } = {
  themePrimary: '#0078d4', themeDarker: '#004578', themeLighterAlt: '#eff6fc', neutralPrimary: '#323130', neutralSecondary: '#605e5c',
  neutralLighter: '#f3f2f1', neutralLight: '#edebe9', neutralTertiary: '#a19f9d', white: '#ffffff'
};

/**
 * The page's theme colours as CSS variables: SharePoint keeps the site theme in `window.__themeState__`
 * (@microsoft/load-themed-styles, which SPFx loads on every page); Fluent's default theme otherwise.
 */
export function helpBarThemeVariables(win: unknown): string {
  const state = (win as { __themeState__?: { theme?: { [slot: string]: string } } }).__themeState__;
  const theme = (state && state.theme) || {};
  return Object.keys(THEME_DEFAULTS).map(slot => {
    const value = theme[slot];
    return `--hc-${slot}:${value && /^#[0-9a-f]{3,8}$|^rgba?\([\d\s.,%]+\)$/i.test(value) ? value : THEME_DEFAULTS[slot]}`;
  }).join(';');
}

const FONT = '"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif';
/** A theme slot's CSS variable (set on the bar's element by helpBarThemeVariables). */
export const V = (slot: string): string => `var(--hc-${slot})`;
/** Height of one announcement line with the gap above it (the strip's space is reserved in lines, see renderHelpBar). */
export const NEWS_LINE_PX = 32;

/**
 * The style sheet of the bar's first paint (its row, the search box, the links, the counts' and the announcements'
 * reserved room, a phone's one column, high contrast). What only the live part shows (the suggestions, the menu, the
 * announcements' lines) comes with it: lazy/liveStyles.ts.
 */
const CSS = `.hc-hb{position:relative;padding:6px 16px;box-sizing:border-box;max-width:100%;font-family:${FONT};font-size:14px;line-height:20px;`
  + `color:${V('neutralPrimary')};background:${V('white')};border-bottom:1px solid ${V('neutralLight')}}`
  + '.hc-hb *{box-sizing:border-box}'
  + '.hc-hb-row{display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;gap:4px 8px}'
  + '.hc-hb-box{position:relative;display:flex;flex:0 1 400px;min-width:0}'
  + `.hc-hb-search{display:flex;flex:1 1 auto;min-width:0;height:32px;margin:0;border:1px solid ${V('neutralSecondary')};border-radius:2px;background:${V('white')}}`
  + `.hc-hb-search:hover{border-color:${V('neutralPrimary')}}`
  + `.hc-hb-search:focus-within{border:2px solid ${V('themePrimary')}}`
  + `.hc-hb-q{flex:1 1 auto;min-width:0;height:100%;margin:0;padding:0 8px;border:0;outline:0;background:transparent;color:${V('neutralPrimary')};font:inherit}`
  + `.hc-hb-q::placeholder{color:${V('neutralSecondary')};opacity:1}`
  + '.hc-hb-go{display:inline-flex;flex:none;align-items:center;gap:6px;height:100%;margin:0;padding:0 12px;border:0;border-radius:0;cursor:pointer;'
  + `background:${V('themePrimary')};color:${V('white')};font:inherit;font-weight:600}`
  + `.hc-hb-go:hover{background:${V('themeDarker')}}`
  + `.hc-hb-go:focus-visible{outline:2px solid ${V('white')};outline-offset:-4px}`
  + '.hc-hb svg{width:16px;height:16px;fill:currentColor;flex:none}'
  + '.hc-hb-acts{display:flex;flex-wrap:wrap;align-items:center;gap:0 4px;margin:0;padding:0}'
  + '.hc-hb-link,.hc-hb-menubtn{display:inline-flex;align-items:center;gap:4px;min-height:32px;padding:0 8px;border:0;border-radius:2px;'
  + `background:transparent;color:${V('neutralPrimary')};font:inherit;text-decoration:none;cursor:pointer}`
  + `.hc-hb-link:hover,.hc-hb-menubtn:hover,.hc-hb-menubtn[aria-expanded=true]{background:${V('neutralLighter')};color:${V('themeDarker')}}`
  + '.hc-hb-link:hover{text-decoration:underline}'
  + `.hc-hb-link:focus-visible,.hc-hb-menubtn:focus-visible{outline:2px solid ${V('neutralSecondary')};outline-offset:-2px}`
  + `.hc-hb-home{color:${V('themePrimary')};font-weight:600}`
  // The counts' room is there from the first paint (hidden until known), wide enough for "99+": they never move the search box.
  + '.hc-hb-n{display:inline-block;min-width:30px;height:20px;padding:0 4px;border-radius:10px;font-size:12px;line-height:20px;text-align:center;font-weight:600;'
  + `background:${V('themePrimary')};color:${V('white')}}`
  + '.hc-hb-n[data-empty]{visibility:hidden}'
  + '.hc-hb-n.hc-hb-wait{background:#fff4ce;color:#323130;border:1px solid #c19c00;line-height:18px}'
  + '.hc-hb-sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}'
  + '.hc-hb-menuwrap{position:relative}'
  // flow-root: the list's margin stays inside the reserved box (a collapsing margin would move the box by 4 px).
  + '.hc-hb-newsbox{display:flow-root}'
  + '.hc-hb-news{margin:4px 0 0;padding:0;list-style:none;display:flex;flex-direction:column;gap:4px}'
  + '.hc-hb-news:empty{margin:0}'
  + '@media (max-width:640px){.hc-hb{padding:6px 8px}.hc-hb-row{justify-content:flex-start}.hc-hb-box{flex:1 1 100%}'
  + '.hc-hb-go{padding:0 8px}.hc-hb-go span{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}'
  + '@media (forced-colors:active){.hc-hb-search,.hc-hb-search:focus-within{border-color:CanvasText}.hc-hb-go{border-left:1px solid CanvasText}'
  + '.hc-hb-link{color:LinkText}.hc-hb-n{border:1px solid CanvasText}}';

/** Adds a style sheet to the page once (by its id): the bar's first paint's by default. */
export function ensureStyleSheet(doc: Document, id = 'hc-helpbar-css', css = CSS): void {
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.textContent = css;
  style.id = id;
  (doc.head || doc.documentElement).appendChild(style);
}

/** Creates an element with its text (textContent: never HTML) and class. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Fluent MDL2 paths (16 px). */
export const ICONS = {
  search: 'M10.5 2a5.5 5.5 0 0 0-4.23 9.02l-4.12 4.13.7.7 4.13-4.12A5.5 5.5 0 1 0 10.5 2zm0 1a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9z',
  chevron: 'M1.65 4.65l.7-.7L8 9.6l5.65-5.65.7.7L8 11z'
};

/** A decorative icon (hidden from screen readers). */
export function icon(doc: Document, d: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  svg.appendChild(path);
  return svg;
}

/** `{0}`, `{1}` of a string replaced by the values (as text). */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (values[Number(i)] !== undefined ? String(values[Number(i)]) : m));
}
