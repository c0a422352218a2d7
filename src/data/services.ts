import { SPFI } from '@pnp/sp';
import { SiteProvisioner } from './provisioning/SiteProvisioner';

/** The data services a ui root needs, created once per web part (never module-level singletons). */
export interface HelpCenterServices {
  /** Inspects and sets up the help center's lists, fields and permissions. */
  provisioner: SiteProvisioner;
}

/** Builds the services of one web part or page over its own PnPjs instance. */
export function createHelpCenterServices(sp: SPFI): HelpCenterServices {
  return {
    provisioner: new SiteProvisioner(sp)
  };
}
