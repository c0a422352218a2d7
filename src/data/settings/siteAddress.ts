/** A site's address as a setting holds it (a module of its own: every web part's entry point reads it). */

/** An absolute http(s) address without its trailing slash, or undefined when the value is not one. */
export function siteAddress(value: string | undefined): string | undefined {
  const text = (value || '').trim();
  if (!/^https?:\/\/[^\s"'<>]+$/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}
