/**
 * "Ask this expert" (issue 15): the requester names an expert on her request (HelpTickets.HCExpert). That is her
 * claim, so the desk routes the request to the expert only when the expert stands behind it on both sides: they
 * are listed in the experts directory by their own entry (consent) and they are an agent of a support team (only
 * an agent can take a request). Otherwise the request goes to the category's default team, as any other.
 */
import { SUPPORT_LEVELS, type SupportLevel } from '../vocabulary';

/** A support team, as the routing needs it. */
export interface RoutingTeam {
  id: number;
  level: SupportLevel;
  /** Site user ids of the team's agents (HelpTeams.HCMembers). */
  memberIds: readonly number[];
}

/** What the desk knows when it receives a request naming an expert. */
export interface AskedExpertInput {
  /** The expert the requester named (site user id), if any. */
  expertId?: number;
  /** People listed in the directory by their own entry (Experts: HCListed, Author = Editor = HCPerson). */
  listedIds: readonly number[];
  teams: readonly RoutingTeam[];
  /** The category's default team. */
  defaultTeamId?: number;
}

/** Where a request naming an expert goes: to the expert (their team, assigned to them), or the ordinary way and why. */
export type AskedExpertRouting =
  | { routed: true; teamId: number; level: SupportLevel; assigneeId: number }
  | { routed: false; reason: 'noExpert' | 'notListed' | 'notAgent' };

function rank(level: SupportLevel): number {
  const i = SUPPORT_LEVELS.indexOf(level);
  return i < 0 ? SUPPORT_LEVELS.length : i;
}

/**
 * The routing of a request that names an expert. The expert's team: the category's default team when the expert
 * is in it, else their first team by level (L1, then L2, then L3; the lowest id among equals).
 */
export function routeAskedExpert(input: AskedExpertInput): AskedExpertRouting {
  const expertId = input.expertId;
  if (!expertId) return { routed: false, reason: 'noExpert' };
  if (input.listedIds.indexOf(expertId) < 0) return { routed: false, reason: 'notListed' };
  const theirs = input.teams.filter(t => t.memberIds.indexOf(expertId) >= 0);
  if (!theirs.length) return { routed: false, reason: 'notAgent' };
  const team = theirs.filter(t => t.id === input.defaultTeamId)[0]
    || theirs.slice().sort((a, b) => rank(a.level) - rank(b.level) || a.id - b.id)[0];
  return { routed: true, teamId: team.id, level: team.level, assigneeId: expertId };
}
