/** An area of the set-up page: the set-up itself, then the configuration areas (issue 18). */
export type SetupArea = 'setup' | ConfigArea;

/** The configuration areas, in their tabs' order. */
export const CONFIG_AREAS = ['categories', 'teams', 'locations', 'mails', 'announcements', 'settings'] as const;

/** A configuration area (every area but the set-up). */
export type ConfigArea = typeof CONFIG_AREAS[number];

/** `value` as an area, if it names one. */
export function asSetupArea(value: string | undefined): SetupArea | undefined {
  return value === 'setup' || (CONFIG_AREAS as readonly string[]).indexOf(value || '') >= 0 ? value as SetupArea : undefined;
}

/** The tabs' labels (the set-up strings' `locationsConfig`). */
export interface AreaLabels { locationsTab: string; categoriesTab: string; teamsTab: string; mailsTab: string; announcementsTab: string; settingsTab: string }

/** Each configuration area's tab label. */
export function areaLabels(s: AreaLabels): Record<ConfigArea, string> {
  return { locations: s.locationsTab, categories: s.categoriesTab, teams: s.teamsTab, mails: s.mailsTab, announcements: s.announcementsTab, settings: s.settingsTab };
}
