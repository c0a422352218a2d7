import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import type { RawHelpCategoriesItem, RawHelpLocationsItem, RawHelpSettingsItem, RawHelpTeamsItem } from '../schema/items.generated';
import { HELP_CATEGORIES_SELECT, HELP_LOCATIONS_SELECT, HELP_SETTINGS_SELECT, HELP_TEAMS_SELECT } from '../schema/items.generated';
import { agentPermissionRead } from '../tickets/roles';
import { helpList } from '../sp/lists';
import { anyOf } from '../sp/odata';
import type { FormFieldKey } from '../../domain/intake';

/** Settings the form reads (HelpSettings keys). */
export const INTAKE_SETTING_KEYS = ['attachments.limits', 'businessHours.default', 'helpdesk.contact'] as const;
/** Rows per reference list read in the first, batched request; more are paged afterwards. */
const FIRST_PAGE = 2000;

/** A category as the form shows it. */
export interface FormCategory {
  id: number;
  titleFr: string;
  titleEn: string;
  parentId?: number;
  defaultTeamId?: number;
  formFields: FormFieldKey[];
  requiredFields: FormFieldKey[];
  firstResponseHours?: number;
  resolutionHours?: number;
  /** HCSlaByPriority as written (JSON), read by the SLA module's categoryTargets. */
  slaByPriority?: string;
  approvalRequired: boolean;
  sortOrder: number;
  /** Its community's address and name as the owners wrote them (HCCommunityUrl/Name): shown only through communityOf. */
  communityUrl?: string;
  communityName?: string;
}

/** A room, an equipment (in a room) or a service (wifi, website, ENT). */
export interface FormLocation {
  id: number;
  title: string;
  kind: 'room' | 'equipment' | 'service';
  building?: string;
  parentId?: number;
}

/** A support team. */
export interface FormTeam {
  id: number;
  titleFr: string;
  titleEn: string;
  queueEmail?: string;
  /** HelpTeams.HCBusinessHours JSON (parsed by the SLA module). */
  businessHours?: string;
  /** Site user ids of the team's agents. */
  memberIds: number[];
}

/** Everything the form needs for its first render, read in one batched request. */
export interface IntakeFormData {
  categories: FormCategory[];
  locations: FormLocation[];
  teams: FormTeam[];
  /** HelpSettings values by key (JSON strings). */
  settings: { [key: string]: string };
  /** Site user id of the person using the form. */
  currentUserId: number;
  /** The person is an agent (support group): may file on someone's behalf and choose the channel. */
  isAgent: boolean;
}

/** A person found by the people search, to name as watcher or beneficiary. */
export interface PersonOption {
  /** Claims login name, for ensureUser. */
  loginName: string;
  displayName: string;
  email: string;
}

function toCategory(r: RawHelpCategoriesItem): FormCategory {
  return {
    id: r.Id, titleFr: r.Title || '', titleEn: r.HCTitleEn || r.Title || '', parentId: r.HCParentId || undefined,
    defaultTeamId: r.HCDefaultTeamId || undefined, formFields: r.HCFormFields || [], requiredFields: r.HCRequiredFields || [],
    firstResponseHours: r.HCFirstResponseHours === null ? undefined : r.HCFirstResponseHours,
    resolutionHours: r.HCResolutionHours === null ? undefined : r.HCResolutionHours, slaByPriority: r.HCSlaByPriority || undefined,
    approvalRequired: !!r.HCApprovalRequired, sortOrder: r.HCSortOrder || 0, communityUrl: r.HCCommunityUrl || undefined, communityName: r.HCCommunityName || undefined
  };
}

function toLocation(r: RawHelpLocationsItem): FormLocation {
  return { id: r.Id, title: r.Title || '', kind: r.HCLocationKind || 'room', building: r.HCBuilding || undefined, parentId: r.HCParentLocationId || undefined };
}

function toTeam(r: RawHelpTeamsItem): FormTeam {
  return { id: r.Id, titleFr: r.Title || '', titleEn: r.HCTitleEn || r.Title || '', queueEmail: r.HCQueueEmail || undefined, businessHours: r.HCBusinessHours || undefined, memberIds: r.HCMembersId || [] };
}

/** Reference data and people search for the ticket form. */
export class IntakeService {
  /** @param sp PnPjs bound to the help center site. */
  public constructor(private readonly sp: SPFI) {}

  /** Categories, locations, teams, settings, the current user and whether they are an agent: one $batch. */
  public async loadFormData(): Promise<IntakeFormData> {
    const [batched, execute] = this.sp.batched();
    const categories = helpList(batched, 'HelpCategories').items.select(...HELP_CATEGORIES_SELECT).top(FIRST_PAGE)();
    const locations = helpList(batched, 'HelpLocations').items.select(...HELP_LOCATIONS_SELECT).top(FIRST_PAGE)();
    const teams = helpList(batched, 'HelpTeams').items.select(...HELP_TEAMS_SELECT).top(FIRST_PAGE)();
    const settings = helpList(batched, 'HelpSettings').items.select(...HELP_SETTINGS_SELECT)
      .filter(anyOf('HCSettingKey', INTAKE_SETTING_KEYS)).top(INTAKE_SETTING_KEYS.length)();
    const me = batched.web.currentUser.select('Id')();
    // An agent by their permission on the tickets, also when in the support group through an Entra ID group.
    const agent = agentPermissionRead(batched);
    await execute();
    const [c, l, t, s, user, isAgent] = await Promise.all([categories, locations, teams, settings, me, agent]);
    const values: { [key: string]: string } = {};
    (s as RawHelpSettingsItem[]).forEach(r => { if (r.HCSettingKey && r.HCValue) values[r.HCSettingKey] = r.HCValue; });
    return {
      categories: (c as RawHelpCategoriesItem[]).map(toCategory).sort((a, b) => a.sortOrder - b.sortOrder || a.titleFr.localeCompare(b.titleFr)),
      locations: (l as RawHelpLocationsItem[]).map(toLocation).sort((a, b) => a.title.localeCompare(b.title)),
      teams: (t as RawHelpTeamsItem[]).map(toTeam),
      settings: values,
      currentUserId: (user as { Id: number }).Id,
      isAgent
    };
  }

  /** People of the tenant whose name or address starts with the query (SharePoint's people picker search). */
  public async searchPeople(query: string, max: number = 8): Promise<PersonOption[]> {
    if (query.trim().length < 2) return [];
    // PnPjs's profiles module loads with the first search, not with the page (only the people picker uses it).
    await import(/* webpackChunkName: 'help-center-people-search' */ '@pnp/sp/profiles');
    const found = await this.sp.profiles.clientPeoplePickerSearchUser({
      QueryString: query.trim(), MaximumEntitySuggestions: max, PrincipalType: 1, PrincipalSource: 15,
      AllowEmailAddresses: false, AllowMultipleEntities: false, AllUrlZones: false, AllowOnlyEmailAddresses: false, ForceClaims: false
    } as Parameters<SPFI['profiles']['clientPeoplePickerSearchUser']>[0]);
    return (found as { Key: string; DisplayText: string; EntityData?: { Email?: string } }[])
      .map(e => ({ loginName: e.Key, displayName: e.DisplayText, email: (e.EntityData && e.EntityData.Email) || '' }));
  }

  /** The site user id of a person found by the search (adds them to the site's users if needed). */
  public async ensureUserId(loginName: string): Promise<number> {
    return (await this.sp.web.ensureUser(loginName)).Id;
  }
}
