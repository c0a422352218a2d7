import * as DOMPurifyModule from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';

/**
 * The one allow-list for article bodies: what the editor may write (on every change and on save) and what a page may
 * show. Structure and plain formatting only; no styles, classes, scripts, handlers, frames, forms, SVG or MathML.
 * Links go to http(s) or mailto and open nothing in the opener's name (rel=noopener noreferrer); images come from a
 * list item's attachments on the site (or, while editing, a pasted `data:` image waiting for its upload).
 */

/** Where a body is going: the editor (pasted `data:` images allowed until they are uploaded) or a page (never). */
export interface ArticleHtmlOptions {
  /** Editing: a `data:image/png|jpeg|gif|webp` image may stay until its upload replaces it. Default false. */
  editing?: boolean;
  /** The site's absolute or server-relative URL: images must be attachments of one of its lists. Default: any site of this origin. */
  siteUrl?: string;
}

const ALLOWED_TAGS = [
  'h2', 'h3', 'h4', 'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'kbd', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption'
];
// `id` only for the editor's section marks (hc-section-…, see articleTemplateHtml.ts), checked in the hook below.
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'width', 'height', 'colspan', 'rowspan', 'scope', 'start', 'lang', 'dir', 'data-hc-section', 'id'];

const SECTION_ID = /^[a-zA-Z_]{1,40}$/;
const EDITOR_SECTION_ID = /^hc-section-[a-zA-Z_]{1,40}$/;
const LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;
// A list item's attachment: /<site>/Lists/<list>/Attachments/<item id>/<file name>.
const ATTACHMENT_PATH = /\/Lists\/[^/]+\/Attachments\/\d+\/[^/]+$/i;

type Purifier = DOMPurify;
const factory = ((DOMPurifyModule as unknown as { default?: Purifier }).default || DOMPurifyModule) as unknown as Purifier & ((w: Window) => Purifier);

/** Whether `src` may be an article's image: an attachment on this origin (under the site when given), or an editing `data:` image. */
export function allowedImageSource(src: string, options: ArticleHtmlOptions = {}): boolean {
  const value = src.trim();
  if (DATA_IMAGE.test(value)) return options.editing === true;
  let url: URL;
  try {
    url = new URL(value, window.location.href);
  } catch {
    return false;
  }
  if (url.origin !== window.location.origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  if (url.search || url.hash || !ATTACHMENT_PATH.test(url.pathname)) return false;
  if (!options.siteUrl) return true;
  const site = new URL(options.siteUrl, window.location.href);
  const base = site.pathname.replace(/\/+$/, '') + '/';
  return site.origin === url.origin && url.pathname.toLowerCase().indexOf(base.toLowerCase()) === 0;
}

/** Whether `href` may be an article's link: http(s) or mailto, absolute. */
export function allowedLink(href: string): boolean {
  return LINK.test(href.trim());
}

let purifier: Purifier | undefined;
let current: ArticleHtmlOptions = {};

// A purifier of its own: its hooks never reach other callers of the shared DOMPurify instance.
function articlePurifier(): Purifier {
  if (purifier) return purifier;
  const p = factory(window);
  p.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    const value = data.attrValue;
    if (name === 'id') data.keepAttr = current.editing === true && EDITOR_SECTION_ID.test(value) && /^H[2-4]$/.test(node.nodeName);
    else if (name === 'data-hc-section') data.keepAttr = SECTION_ID.test(value) && /^H[2-4]$/.test(node.nodeName);
    else if (name === 'href') data.keepAttr = node.nodeName === 'A' && allowedLink(value);
    else if (name === 'src') data.keepAttr = node.nodeName === 'IMG' && allowedImageSource(value, current);
    else if ((name === 'width' || name === 'height') && node.nodeName === 'IMG') data.keepAttr = /^\d{1,4}$/.test(value);
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeName === 'A') {
      if (el.hasAttribute('href')) el.setAttribute('rel', 'noopener noreferrer');
      else el.removeAttribute('rel');
    }
    // An image whose source was refused is no image: dropped rather than shown as a broken picture.
    if (el.nodeName === 'IMG' && !el.getAttribute('src') && el.parentNode) el.parentNode.removeChild(el);
  });
  purifier = p;
  return p;
}

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Word's conditional comments, `<o:p>` and `<w:…>` elements go with their content; other unknown tags keep their text.
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'xml', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'head', 'o:p', 'w:sdt'],
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_TRUSTED_TYPE: false
};

/**
 * An article body as the page may show or store it (see the file's comment). Empty paragraphs Word adds between
 * lists are kept: they are the author's blank lines.
 */
export function sanitizeArticleHtml(html: string, options: ArticleHtmlOptions = {}): string {
  const p = articlePurifier();
  current = options;
  try {
    const clean = p.sanitize(stripWordMarkup(html), CONFIG) as unknown as string;
    return clean;
  } finally {
    current = {};
  }
}

/** Word's and Outlook's clipboard markup that DOMPurify would otherwise keep as text: conditional comments and XML islands. */
function stripWordMarkup(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if[\s\S]*?<!\[endif\]>/gi, '')
    .replace(/<xml\b[\s\S]*?<\/xml>/gi, '');
}
