import { SPFI } from '@pnp/sp';
import { IntakeService } from '../intake/IntakeService';
import { DeskRepository } from './DeskRepository';
import type { DeskTicket } from './DeskRepository';
import type { IntakeFormData } from '../intake/IntakeService';

/** The desk's reads: reference data (one batch) and the open-ticket snapshot (one paged query), in parallel. */
export function createDeskServices(sp: SPFI): { loadReference(): Promise<IntakeFormData>; openTickets(): Promise<DeskTicket[]> } {
  const intake = new IntakeService(sp);
  const desk = new DeskRepository(sp);
  return { loadReference: () => intake.loadFormData(), openTickets: () => desk.openTickets() };
}
