import type { ProvisioningCheckKind, ProvisioningStatus } from '../../domain/provisioning';

export type { ProvisioningCheckKind, ProvisioningStatus };

/** One thing the help center needs on its site, and whether the site has it. */
export interface ProvisioningCheck {
  /** Stable id, e.g. `field:HelpTickets/HCStatus`, `grant:HelpCategories/owners/fullControl`. */
  id: string;
  /** What the check is about. */
  kind: ProvisioningCheckKind;
  /** The list it belongs to, for list-level checks. */
  list?: string;
  /** The thing checked: list name, field internal name, setting name, group or role name. */
  target: string;
  /** Whether the site has it. */
  status: ProvisioningStatus;
  /** What the schema wants, when it is a value (type, setting, permission mask). */
  expected?: string;
  /** What the site has, when it differs. */
  actual?: string;
}

/** One failure met while reading or provisioning, tied to the check it concerns. */
export interface ProvisioningError {
  /** Check id, or `site:permissions` / `site:read` for site-wide failures. */
  check: string;
  /** SharePoint's message (with the HTTP status), or why the step cannot be done automatically. */
  message: string;
}

/** The state of the site against the schema. */
export interface ProvisioningReport {
  /** Every check, in provisioning order. */
  checks: ProvisioningCheck[];
  /** True when every check is ok and nothing failed. */
  ready: boolean;
  /** Failures; a failed step never hides the others. */
  errors: ProvisioningError[];
}

/** Progress of `apply`: `done` of `total` checks handled, `step` the one just handled. */
export interface ProvisioningProgress {
  /** Checks handled so far. */
  done: number;
  /** Checks to handle (grows if a later pass finds more, e.g. an assignment SharePoint added itself). */
  total: number;
  /** The check just handled. */
  step: ProvisioningCheck;
}

/** Error id when the current user may not provision (not a site owner): the UI shows its own message. */
export const SITE_PERMISSIONS_ERROR = 'site:permissions';

/** Error id when a read failed for a reason that is not tied to one check. */
export const SITE_READ_ERROR = 'site:read';

/** Error id when the built-in mail templates could not be stored for the server-side sender (HelpSettings). */
export const MAIL_TEMPLATES_ERROR = 'site:mailTemplates';
