/**
 * The help center's Microsoft Teams app: its fixed id, its tabs, and the deep links into them. One home for these
 * values: the package script (scripts/build-teams-package.mjs) writes the manifest from them, the mails link into
 * the tabs with them, and the web parts read a tab's sub-page back with them.
 */

/** The Teams app's id (manifest `id`): fixed, so an uploaded package is updated, never duplicated, and mails can link to it. */
export const TEAMS_APP_ID = 'dbba3ec9-4312-4a1b-afc3-1ce56f750154';

/** The web parts the app shows, by their SPFx component ids (their manifests' `id`). */
export const TEAMS_COMPONENTS = {
  home: '398ef928-7ee6-4553-8203-68b6b8866fdc',
  myRequests: '3b9f6e1a-8c2d-4e75-b0a4-6d1f2c8e9a57',
  knowledge: '4a7e9c21-5b3d-4f80-9e6a-2c1d8b7f0e45',
  desk: '9e4c2b7d-1f3a-4d68-a5c9-7b2e0f6d3c18'
} as const;

/** A personal tab of the app. */
export type TeamsTab = keyof typeof TEAMS_COMPONENTS;

/** The personal tabs' `entityId`s (the manifest's `staticTabs`), in the app's order. */
export const TEAMS_TAB_ENTITY_IDS: Readonly<Record<TeamsTab, string>> = {
  home: 'help-center-home',
  myRequests: 'help-center-my-requests',
  knowledge: 'help-center-knowledge',
  desk: 'help-center-desk'
};

/** The sub-page of a request in the "My requests" tab (`subEntityId` / teams-js v2 `page.subPageId`). */
export function ticketSubPageId(id: number): string {
  return `ticket-${id}`;
}

/** The request a tab's sub-page names (`ticket-42`), or undefined. */
export function ticketIdFromSubPage(subPageId: string | undefined): number | undefined {
  const m = /^ticket-(\d{1,9})$/.exec((subPageId || '').trim());
  const id = m ? Number(m[1]) : NaN;
  return id > 0 ? id : undefined;
}

/** A link to the request form followed from a Teams tab carries `from=teams` (the request's channel, see FormPrefill). */
export function openedFromTeams(formUrl: string, inTeams: boolean): string {
  if (!inTeams) return formUrl;
  return `${formUrl}${formUrl.indexOf('?') >= 0 ? '&' : '?'}from=teams`;
}

/**
 * A Teams deep link to a personal tab of the app (`https://teams.microsoft.com/l/entity/<appId>/<entityId>`), with
 * its sub-page in `context` and the SharePoint page as `webUrl` (Teams opens it where the app is not installed).
 */
export function teamsTabDeepLink(tab: TeamsTab, options: { subPageId?: string; webUrl?: string; label?: string } = {}): string {
  const params: string[] = [];
  if (options.webUrl) params.push(`webUrl=${encodeURIComponent(options.webUrl)}`);
  if (options.label) params.push(`label=${encodeURIComponent(options.label)}`);
  if (options.subPageId) params.push(`context=${encodeURIComponent(JSON.stringify({ subEntityId: options.subPageId }))}`);
  return `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/${TEAMS_TAB_ENTITY_IDS[tab]}${params.length ? `?${params.join('&')}` : ''}`;
}

/**
 * The link a requester's mail gives to her request: into the "My requests" tab when she filed it from Teams (the
 * request's channel, her own claim: it only chooses where her own mails take her), else her SharePoint page.
 */
export function requesterRequestLink(ticket: { id: number; channel?: string }, webLink: (id: number) => string): string {
  const web = webLink(ticket.id);
  return ticket.channel === 'teams' ? teamsTabDeepLink('myRequests', { subPageId: ticketSubPageId(ticket.id), webUrl: web }) : web;
}
