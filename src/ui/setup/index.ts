export { HelpCenterSetup } from './HelpCenterSetup';
export { HelpCenterSetupRoot } from './HelpCenterSetupRoot';
export type { HelpCenterSetupRootProps } from './HelpCenterSetupRoot';
