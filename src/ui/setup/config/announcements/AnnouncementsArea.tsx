import * as React from 'react';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LoadingState } from '../../../common/LoadingState';
import { ThemeText } from '../../../common/ThemeText';
import { WithStrings } from '../../../common/WithStrings';

const MODULES = ['configAnnouncements'] as const;

function AnnouncementsContent(): React.ReactElement {
  const s = useHelpCenter().strings.announcementsConfig;
  return (
    <section aria-labelledby="config-announcements-heading">
      <h2 id="config-announcements-heading">{s.heading}</h2>
      <ThemeText as="p">{s.intro}</ThemeText>
    </section>
  );
}

/** The set-up page's announcements area (issue 18), its strings loaded with it. */
export function AnnouncementsArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <AnnouncementsContent />
    </WithStrings>
  );
}
