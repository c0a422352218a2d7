import type { ApplicationCustomizerContext } from '@microsoft/sp-application-base';
import { spfi, SPFx } from '@pnp/sp';
import type { HelpBarConnection } from '../../ui/helpbar/helpBarTypes';

/**
 * PnPjs bound to the help center's site as SPFx builds it for this page (loaded with the bar's type-ahead, in its own
 * chunk: never before the search box has the focus). On another site than the page's, PnPjs' SPFx behaviour asks the
 * help center's `/_api/contextinfo` for a digest before a write (the page's digest is valid on its own site only).
 */
export function connectHelpCenter(context: ApplicationCustomizerContext, helpCenterUrl: string): HelpBarConnection {
  const user = context.pageContext.user;
  return {
    sp: spfi(helpCenterUrl).using(SPFx(context)),
    graph: () => context.msGraphClientFactory.getClient('3') as unknown as ReturnType<HelpBarConnection['graph']>,
    user: { loginName: user.loginName, email: user.email, displayName: user.displayName }
  };
}
