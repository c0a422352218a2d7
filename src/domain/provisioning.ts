/** What a provisioning check of the help center's site is about (the set-up page labels each kind). */
export type ProvisioningCheckKind =
  | 'list' | 'field' | 'index' | 'unique' | 'listSetting' | 'permissions' | 'grant' | 'group' | 'roleDefinition' | 'webGrant';

/** How the site compares with the schema for one check. */
export type ProvisioningStatus = 'ok' | 'missing' | 'different';
