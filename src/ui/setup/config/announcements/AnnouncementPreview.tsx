import * as React from 'react';
import type { AnnouncementSeverity } from '../../../../domain/vocabulary';
import { tidyAnnouncement, type AnnouncementDraft } from '../../../../domain/config/announcementRules';
import { renderAnnouncements } from '../../../helpbar/announcements';
import type { DismissalStore } from '../../../helpbar/dismissals';
import type { HelpBarStrings } from '../../../helpbar/helpBarTypes';
import { ensureStyleSheet, helpBarThemeVariables } from '../../../helpbar/helpBarStyles';
import { ensureLiveStyles } from '../../../helpbar/lazy/liveStyles';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';

/** The preview remembers no dismissal: its close button only shows where the reader's is. */
const NO_DISMISSALS: DismissalStore = { isDismissed: () => false, dismiss: () => undefined };

/**
 * How the help bar will show the announcement typed, drawn by the bar's own code (its strip, its line, its styles —
 * plain DOM, text only through textContent), before anything is saved. The bar's other parts are not loaded.
 */
export function AnnouncementPreview(props: { draft: AnnouncementDraft }): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.announcementsConfig;
  // The bar's strings are its own resource (not loaded on this page): the two its announcement line reads, from ours.
  const barStrings = React.useMemo(() => ({
    helpBar: { labelSeparator: s.previewSeparator, dismissAnnouncement: s.previewDismiss } as HelpBarStrings['helpBar'],
    announcementSeverity: strings.announcementSeverity
  }), [s, strings.announcementSeverity]);
  const bar = React.useRef<HTMLDivElement>(null);
  const strip = React.useRef<HTMLUListElement>(null);
  const d = tidyAnnouncement(props.draft);
  const severity = (d.severity === 'outage' || d.severity === 'warning' ? d.severity : 'info') as AnnouncementSeverity;
  React.useEffect(() => {
    const doc = strip.current && strip.current.ownerDocument;
    if (!doc || !strip.current || !bar.current) return;
    ensureStyleSheet(doc);
    ensureLiveStyles(doc);
    bar.current.setAttribute('style', helpBarThemeVariables(doc.defaultView || window));
    const list = strip.current;
    const draw = (): void => renderAnnouncements(list, [{ id: 0, title: d.title || s.fields.title, body: d.body || undefined, severity }],
      barStrings, NO_DISMISSALS, () => {
        // Dismissed in the preview: drawn again, the focus on its close button as before.
        draw();
        const close = list.querySelector('.hc-hb-x') as HTMLElement | null;
        if (close) close.focus();
      });
    draw();
  }, [d.title, d.body, severity, barStrings, s]);
  return (
    <section aria-labelledby="hc-announcement-preview">
      <ThemeText as="h3" variant="mediumPlus" block id="hc-announcement-preview">{s.previewHeading}</ThemeText>
      <ThemeText as="p" variant="small" block>{s.previewHelp}</ThemeText>
      <div ref={bar} className="hc-hb">
        <div className="hc-hb-newsbox"><ul ref={strip} className="hc-hb-news" /></div>
      </div>
    </section>
  );
}
