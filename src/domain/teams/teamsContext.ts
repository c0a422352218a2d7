/**
 * What the web parts read from Microsoft Teams' context (teams-js v2 `app.getContext()`, which SPFx gives as
 * `context.sdks.microsoftTeams.teamsJs`): only the fields used here, so nothing else depends on teams-js.
 */

/** The subset of teams-js v2's `app.Context` the help center reads. */
export interface TeamsAppContext {
  app: { host: { name: string; clientType?: string }; locale?: string; theme?: string };
  page: { id?: string; subPageId?: string; frameContext?: string };
  user?: { loginHint?: string; userPrincipalName?: string };
  team?: unknown;
  channel?: unknown;
  chat?: unknown;
}

/** What a web part keeps of the Teams context. */
export interface TeamsHost {
  /** A personal app's tab, or a tab of a team, channel or chat. */
  kind: 'personal' | 'team';
  /** The tab's sub-page (a deep link's `subEntityId`), e.g. `ticket-42`. */
  subPageId?: string;
  /** Teams' theme: default, dark or contrast. */
  theme: 'default' | 'dark' | 'contrast';
}

/** The Teams host of a web part from its Teams context. */
export function teamsHostOf(context: TeamsAppContext): TeamsHost {
  const theme = context.app.theme === 'dark' || context.app.theme === 'contrast' ? context.app.theme : 'default';
  const subPageId = (context.page.subPageId || '').trim();
  return { kind: context.team || context.channel || context.chat ? 'team' : 'personal', theme, ...(subPageId ? { subPageId } : {}) };
}
