/** `/sites/helpcenter/SitePages/Setup.aspx`: the setup web part's ui root with the fake SPFx context. */
import * as React from 'react';
import { HelpCenterSetupRoot } from '../../../src/ui/setup/HelpCenterSetupRoot';
import { createWorkbenchHelpCenter } from '../runtime/fakeContext';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';

mountHelpBar();
mountPage((s) => s.workbench.setupTitle, ({ context, strings }) => (
  <HelpCenterSetupRoot context={createWorkbenchHelpCenter(context, strings)} />
));
