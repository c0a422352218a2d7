/**
 * The style sheet of what only the bar's live part shows (lazy/helpBarLive.ts): the suggestions' list, the pages'
 * menu, the announcements' lines with their dismiss buttons, and their high-contrast colours.
 */
import { NEWS_LINE_PX, V, ensureStyleSheet } from '../helpBarStyles';

const CSS = `.hc-hb-list{position:absolute;z-index:1000;top:34px;left:0;right:0;margin:0;padding:4px 0;list-style:none;background:${V('white')};`
  + `border:1px solid ${V('neutralLight')};box-shadow:0 6px 14px rgba(0,0,0,.2);max-height:60vh;overflow:auto}`
  + '.hc-hb-list[hidden]{display:none}'
  + '.hc-hb-opt{padding:6px 12px;cursor:pointer;overflow-wrap:anywhere}'
  + `.hc-hb-opt[aria-selected=true],.hc-hb-opt:hover{background:${V('neutralLighter')};outline:2px solid ${V('themePrimary')};outline-offset:-2px}`
  + `.hc-hb-opt small{display:block;color:${V('neutralSecondary')}}`
  + `.hc-hb-hint{padding:6px 12px;color:${V('neutralSecondary')}}`
  + `.hc-hb-menu{position:absolute;z-index:1000;top:34px;right:0;min-width:220px;margin:0;padding:4px 0;list-style:none;background:${V('white')};`
  + `border:1px solid ${V('neutralLight')};box-shadow:0 6px 14px rgba(0,0,0,.2)}`
  + '.hc-hb-menu[hidden]{display:none}'
  + `.hc-hb-mi{display:block;padding:6px 12px;color:${V('neutralPrimary')};text-decoration:none;white-space:nowrap}`
  + `.hc-hb-mi:hover,.hc-hb-mi:focus{background:${V('neutralLighter')};color:${V('themeDarker')}}`
  + `.hc-hb-mi:focus-visible,.hc-hb-x:focus-visible,.hc-hb-more:focus-visible{outline:2px solid ${V('neutralSecondary')};outline-offset:-2px}`
  + `.hc-hb-news li{display:flex;align-items:flex-start;min-height:${NEWS_LINE_PX - 4}px;padding:0 0 0 8px;border-left:4px solid ${V('themePrimary')};`
  + `background:${V('themeLighterAlt')};color:${V('neutralPrimary')}}`
  + '.hc-hb-news li[data-severity=warning]{border-left-color:#c19c00;background:#fff4ce;color:#323130}'
  + '.hc-hb-news li[data-severity=outage]{border-left-color:#a4262c;background:#fde7e9;color:#323130}'
  + '.hc-hb-more{flex:1 1 auto;min-width:0;margin:0;padding:4px 0;border:0;background:transparent;color:inherit;font:inherit;text-align:left;cursor:pointer;'
  + 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis}'
  + '.hc-hb-more[aria-expanded=true]{white-space:normal;overflow-wrap:anywhere}'
  + '.hc-hb-x{flex:none;width:28px;height:28px;margin:0;padding:0;border:0;background:transparent;color:inherit;cursor:pointer;display:inline-flex;align-items:center;justify-content:center}'
  + '.hc-hb-x svg{width:12px;height:12px}'
  + '@media (forced-colors:active){.hc-hb-news li{border-left-color:CanvasText}'
  + '.hc-hb-list,.hc-hb-menu{border-color:CanvasText}.hc-hb-opt[aria-selected=true]{outline-color:Highlight}}';

/** Fluent MDL2's Cancel (16 px): the announcements' dismiss button. */
export const CANCEL_ICON = 'M8.7 8l5.65 5.65-.7.7L8 8.7l-5.65 5.65-.7-.7L7.3 8 1.65 2.35l.7-.7L8 7.3l5.65-5.65.7.7z';

/** Adds the live part's style sheet to the page, once. */
export function ensureLiveStyles(doc: Document): void {
  ensureStyleSheet(doc, 'hc-helpbar-live-css', CSS);
}
