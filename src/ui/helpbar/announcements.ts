/**
 * The announcements strip: current announcements in the page's language, outage first, each one line (its whole
 * text a click away) with a button to dismiss it for good — until it is edited (dismissals.ts). Text from SharePoint
 * only goes through textContent.
 */
import type { DismissalStore } from './dismissals';
import type { HelpBarAnnouncement, HelpBarStrings } from './helpBarTypes';
import { el, fill, icon } from './helpBarStyles';
import { CANCEL_ICON } from './lazy/liveStyles';

/** Announcements shown at most. */
export const MAX_SHOWN = 3;

/** The announcements to show: the page's language (all when none is in it), not dismissed, outage first, at most MAX_SHOWN. */
export function shownAnnouncements(all: HelpBarAnnouncement[], language: string, dismissed: DismissalStore): HelpBarAnnouncement[] {
  const lang = language.slice(0, 2).toLowerCase();
  const mine = all.filter(a => !a.language || a.language === lang);
  const rank = { outage: 0, warning: 1, info: 2 };
  return (mine.length ? mine : all).filter(a => !dismissed.isDismissed(a)).sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, MAX_SHOWN);
}

/** Renders `shown` into `strip` (a list); `onDismissed` is told how many are left. */
export function renderAnnouncements(strip: HTMLUListElement, shown: HelpBarAnnouncement[], strings: HelpBarStrings, store: DismissalStore,
  onDismissed: (left: number, next?: HTMLElement) => void): void {
  const doc = strip.ownerDocument || document;
  const s = strings.helpBar;
  while (strip.firstChild) strip.removeChild(strip.firstChild);
  shown.forEach(a => {
    const item = el(doc, 'li');
    item.setAttribute('data-severity', a.severity);
    const text = el(doc, 'button', undefined, 'hc-hb-more');
    text.type = 'button';
    text.setAttribute('aria-expanded', 'false');
    text.appendChild(el(doc, 'strong', `${strings.announcementSeverity[a.severity]}${s.labelSeparator}`));
    text.appendChild(el(doc, 'span', a.body ? `${a.title}${s.labelSeparator}${a.body}` : a.title));
    // One line (the strip's room is known in advance); the whole text on a click, which only then moves the page.
    text.addEventListener('click', () => text.setAttribute('aria-expanded', text.getAttribute('aria-expanded') === 'true' ? 'false' : 'true'));
    const close = el(doc, 'button', undefined, 'hc-hb-x');
    close.type = 'button';
    close.setAttribute('aria-label', fill(s.dismissAnnouncement, a.title));
    close.appendChild(icon(doc, CANCEL_ICON));
    close.addEventListener('click', () => {
      store.dismiss(a);
      const next = (item.nextElementSibling || item.previousElementSibling) as HTMLElement | null;
      strip.removeChild(item);
      onDismissed(strip.children.length, next ? next.querySelector('button') as HTMLElement : undefined);
    });
    item.appendChild(text);
    item.appendChild(close);
    strip.appendChild(item);
  });
}
