import * as React from 'react';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { LoadingState } from '../../../common/LoadingState';
import { WithStrings } from '../../../common/WithStrings';

const MODULES = ['configCategories'] as const;

function CategoriesContent(): React.ReactElement {
  const s = useHelpCenter().strings.categoriesConfig;
  return (
    <section aria-labelledby="hc-config-categories-heading">
      <h2 id="hc-config-categories-heading">{s.heading}</h2>
      <p>{s.intro}</p>
    </section>
  );
}

/** The set-up page's categories area (issue 18), its strings loaded with it. */
export function CategoriesArea(): React.ReactElement {
  const s = useHelpCenter().strings.locationsConfig;
  return (
    <WithStrings modules={MODULES} fallback={<LoadingState label={s.loading} />}>
      <CategoriesContent />
    </WithStrings>
  );
}
