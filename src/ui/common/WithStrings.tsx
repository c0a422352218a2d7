import * as React from 'react';
import { HelpCenterProvider, useHelpCenter } from './HelpCenterContext';
import { useLoad } from './useLoad';
import { FeatureStringsModule, loadFeatureStrings } from './featureStrings';

/** Props of {@link WithStrings}. */
export interface WithStringsProps {
  /** The strings modules the children show beyond their web part's (src/ui/common/featureStrings.ts). */
  modules: readonly FeatureStringsModule[];
  /** Shown while they load (or if they cannot be loaded, with the error logged). */
  fallback: React.ReactElement;
  children: React.ReactNode;
}

/**
 * Renders `children` with the page's strings plus `modules`, loaded in the page's language the first time (a lazy part
 * of a page — the desk's ticket panel — brings its strings with it instead of the page's first render paying for them).
 */
export function WithStrings(props: WithStringsProps): React.ReactElement {
  const context = useHelpCenter();
  const { state } = useLoad(() => loadFeatureStrings(context.locale, props.modules).catch((e: unknown) => {
    console.error('[HelpCenter] Strings could not be loaded:', e);
    throw e;
  }), [context.locale, props.modules.join(',')]);
  const more = state.value;
  const value = React.useMemo(() => (more ? { ...context, strings: { ...context.strings, ...more } as IHelpCenterStrings } : undefined), [context, more]);
  return value ? <HelpCenterProvider value={value}>{props.children}</HelpCenterProvider> : props.fallback;
}
