/** The person using the desk as the domain's rules see them, from the desk's reference data (read once per visit). */
import type { Actor } from '../../domain/tickets/model';
import type { IntakeFormData } from '../../data/intake/IntakeService';

/**
 * The desk's actor: the signed-in agent and the teams that list them as members — the same reading as the desk's
 * writes (TicketActionService). Site ownership is not known to the page: an owner who is no team's member is
 * offered a team agent's actions only on tickets of no team or assigned to them (the writes still accept more).
 */
export function deskActor(reference: IntakeFormData): Actor {
  const me = reference.currentUserId;
  return {
    person: { id: me, email: '' }, isAgent: reference.isAgent, isSiteOwner: false,
    teamIds: reference.teams.filter(t => t.memberIds.indexOf(me) >= 0).map(t => t.id)
  };
}
