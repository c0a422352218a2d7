import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { spfi, SPFx } from '@pnp/sp';
import { helpCenterStrings as strings } from '../common/helpCenterStrings';
import { createHelpCenterServices } from '../../data/services';
import { HelpCenterContextValue, localeFromCulture } from '../../ui/common/HelpCenterContext';
import { HelpCenterSetupRoot } from '../../ui/setup/HelpCenterSetupRoot';

/** The setup web part has no properties: everything it does comes from the schema. */
export interface IHelpCenterSetupWebPartProps {}

/** Thin SPFx entry point: builds the help center context and renders the setup ui root. */
export default class HelpCenterSetupWebPart extends BaseClientSideWebPart<IHelpCenterSetupWebPartProps> {
  private helpCenter: HelpCenterContextValue | undefined;
  private theme: PartialTheme | undefined;

  protected onInit(): Promise<void> {
    // One PnPjs instance per web part (no module-level singleton): it carries this page's context.
    const sp = spfi().using(SPFx(this.context));
    const user = this.context.pageContext.user;
    this.helpCenter = {
      sp,
      strings,
      locale: localeFromCulture(this.context.pageContext.cultureInfo.currentUICultureName),
      currentUser: { loginName: user.loginName, email: user.email, displayName: user.displayName },
      services: createHelpCenterServices(sp)
    };
    return Promise.resolve();
  }

  public render(): void {
    if (!this.helpCenter) return;
    ReactDom.render(React.createElement(HelpCenterSetupRoot, { context: this.helpCenter, theme: this.theme }), this.domElement);
  }

  /** Follows the section's theme (supportsThemeVariants), e.g. a dark section background. */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this.theme = currentTheme as PartialTheme | undefined;
    this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
