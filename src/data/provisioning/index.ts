export * from './types';
export { SiteProvisioner } from './SiteProvisioner';
export { HELP_CENTER_WEB_GRANTS } from './webGrants';
