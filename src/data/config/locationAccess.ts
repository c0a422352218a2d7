import type { SPFI } from '@pnp/sp';
import { helpList } from '../sp/lists';
import { currentUserHas, PermissionKinds } from '../sp/permissions';

/**
 * Whether the current person may edit rooms, services and equipment (owners, the referents group): the set-up page
 * offers its configuration area only then. A page's choice, not a guard: SharePoint refuses anyone else's writes.
 */
export function canEditLocations(sp: SPFI): Promise<boolean> {
  return currentUserHas(helpList(sp, 'HelpLocations'), PermissionKinds.EditListItems);
}

/** The configuration areas the current person may edit, each by the rights SharePoint gives on its list. */
export interface ConfigRights {
  /** Rooms, services and equipment (owners, referents). */
  locations: boolean;
  /** The category tree (owners). */
  categories: boolean;
  /** Teams, their hours and exam periods (owners). */
  teams: boolean;
  /** The mails' templates, in HelpSettings (owners). */
  mails: boolean;
  /** Announcements: severity, period, audience (owners and the support team). */
  announcements: boolean;
  /** The settings (delays, limits, contact), in HelpSettings (owners). */
  settings: boolean;
}

/**
 * Reads {@link ConfigRights} (one permissions request per list, side by side, after the set-up page's first render).
 * As for {@link canEditLocations}, the page's choice of tabs: SharePoint refuses anyone else's writes.
 */
export async function configRights(sp: SPFI): Promise<ConfigRights> {
  const [locations, categories, teams, settings, announcements] = await Promise.all([
    canEditLocations(sp),
    currentUserHas(helpList(sp, 'HelpCategories'), PermissionKinds.EditListItems),
    currentUserHas(helpList(sp, 'HelpTeams'), PermissionKinds.EditListItems),
    currentUserHas(helpList(sp, 'HelpSettings'), PermissionKinds.EditListItems),
    currentUserHas(helpList(sp, 'Announcements'), PermissionKinds.EditListItems)
  ]);
  // Mail templates and settings are both HelpSettings items; announcements are the support team's too.
  return { locations, categories, teams, mails: settings, settings, announcements };
}
