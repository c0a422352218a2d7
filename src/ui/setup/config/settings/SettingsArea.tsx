import * as React from 'react';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LoadingState } from '../../../common/LoadingState';
import { ThemeText } from '../../../common/ThemeText';
import { WithStrings } from '../../../common/WithStrings';

const MODULES = ['configSettings'] as const;

function SettingsContent(): React.ReactElement {
  const s = useHelpCenter().strings.settingsConfig;
  return (
    <section aria-labelledby="config-settings-heading">
      <h2 id="config-settings-heading">{s.heading}</h2>
      <ThemeText as="p">{s.intro}</ThemeText>
    </section>
  );
}

/** The set-up page's settings area (issue 18), its strings loaded with it. */
export function SettingsArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <SettingsContent />
    </WithStrings>
  );
}
