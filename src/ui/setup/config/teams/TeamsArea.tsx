import * as React from 'react';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LoadingState } from '../../../common/LoadingState';
import { WithStrings } from '../../../common/WithStrings';

const MODULES = ['configTeams'] as const;

function TeamsContent(): React.ReactElement {
  const s = useHelpCenter().strings.teamsConfig;
  return (
    <section aria-labelledby="hc-config-teams-heading">
      <h2 id="hc-config-teams-heading">{s.heading}</h2>
      <p>{s.intro}</p>
    </section>
  );
}

/** The set-up page's teams area (issue 18), its strings loaded with it. */
export function TeamsArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <TeamsContent />
    </WithStrings>
  );
}
