import * as React from 'react';
import { SPFI } from '@pnp/sp';
import { HelpCenterServices } from '../../data/services';

/** Languages the ui renders in (French is the default). */
export type UiLocale = 'fr' | 'en';

/** The person using the page, as SharePoint's page context gives it. */
export interface CurrentUser {
  /** Claims login name, e.g. `i:0#.f|membership|lea.dubois@…`. */
  loginName: string;
  /** E-mail address. */
  email: string;
  /** Name to show. */
  displayName: string;
}

/** Everything a help center component needs from its host, passed once through React context. */
export interface HelpCenterContextValue {
  /** PnPjs bound to the help center's site; components never use it directly, only services do. */
  sp: SPFI;
  /** Strings of the page's language. */
  strings: IHelpCenterStrings;
  /** Language of the page. */
  locale: UiLocale;
  /** The signed-in person. */
  currentUser: CurrentUser;
  /** Absolute URL of the help center's site (people's photos, links); absent in unit tests. */
  siteUrl?: string;
  /** Site set-up services (only the setup web part builds them: other web parts pass their own services as props, keeping provisioning out of their bundles). */
  services?: HelpCenterServices;
}

const Context = React.createContext<HelpCenterContextValue | undefined>(undefined);

/** Props of {@link HelpCenterProvider}. */
export interface HelpCenterProviderProps {
  /** The context every descendant reads with `useHelpCenter()`. */
  value: HelpCenterContextValue;
  /** The ui root. */
  children?: React.ReactNode;
}

/** Makes the help center context available to a ui root. */
export function HelpCenterProvider(props: HelpCenterProviderProps): React.ReactElement {
  return <Context.Provider value={props.value}>{props.children}</Context.Provider>;
}

/** The help center context; throws when a component is rendered outside a provider (a wiring bug). */
export function useHelpCenter(): HelpCenterContextValue {
  const value = React.useContext(Context);
  if (!value) throw new Error('useHelpCenter() needs a <HelpCenterProvider> above the component.');
  return value;
}

/** Picks the ui language from a culture name such as `fr-FR` or `en-US` (French unless English). */
export function localeFromCulture(cultureName: string | undefined): UiLocale {
  return cultureName && cultureName.toLowerCase().indexOf('en') === 0 ? 'en' : 'fr';
}
