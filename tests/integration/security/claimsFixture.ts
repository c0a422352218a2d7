// The help desk the issue 11 attacks are tried against: a provisioned site with one team (an agent in it, business
// hours, a queue address) and one exam category that routes to it with SLA targets, the mail templates, and helpers
// to look at the desk's truth as an agent (queues, state, its versions, the mails sent) before and after an attack.
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import type { SentMail } from '../../../workbench/server/graph';
import { DEFAULT_CALENDAR } from '../../../workbench/seed/data/teams';
import { AGENT_L1, LEA, OWNER, TEACHER, TOM, addNotificationTemplates, as, graphAs, setUpHelpCenter, start } from '../emulator/helpers';
import { createTicketFormServices } from '../../../src/data/intake';
import { TicketActionService, type NewTicketInput } from '../../../src/data/tickets';
import { STATES_LIST, STATE_SELECT, type StateRow } from '../../../src/data/tickets/ticketRow';
import { TicketIntake, type Reception } from '../../../src/data/desk/TicketIntake';
import { applyPendingClaims } from '../../../src/data/desk/claimsOnDesk';
import { DeskRepository, type DeskQueueRow } from '../../../src/data/desk/DeskRepository';
import type { TicketAction } from '../../../src/domain/tickets/actions';

export { AGENT_L1, LEA, OWNER, TEACHER, TOM };
/** A second agent of the team (the desk may run in two browsers). */
export const JULIE = `julie.petit@${DEMO_DOMAIN}`;
/** The team's shared mailbox, told of new tickets. */
export const QUEUE = `scolarite@${DEMO_DOMAIN}`;

/** A person's claim (login name) as form values take it: `[{"Key":"i:0#.f|membership|…"}]`. */
export const loginOf = (email: string): string => JSON.stringify([{ Key: `i:0#.f|membership|${email}` }]);

export interface ClaimsSite {
  emu: Emulator;
  sp: (user: string) => SPFI;
  /** Site user ids. */
  ids: { [email: string]: number };
  teamId: number;
  /** An exam category routed to the team, with SLA targets (4 h first response, 16 h resolution). */
  categoryId: number;
}

export async function claimsSite(): Promise<ClaimsSite> {
  const { emu, sp } = await start();
  await setUpHelpCenter(sp, [AGENT_L1, JULIE]);
  await addNotificationTemplates(sp);
  const ids: { [email: string]: number } = {};
  for (const email of [OWNER, LEA, TOM, TEACHER, AGENT_L1, JULIE]) ids[email] = (await sp(OWNER).web.ensureUser(`i:0#.f|membership|${email}`)).Id;
  const owner = sp(OWNER).web.lists;
  await owner.getByTitle('HelpSettings').items.add({ Title: 'businessHours.default', HCSettingKey: 'businessHours.default', HCValue: JSON.stringify(DEFAULT_CALENDAR) });
  const teamId = (await owner.getByTitle('HelpTeams').items.add({
    Title: 'Scolarité', HCLevel: 'L1', HCMembersId: [ids[AGENT_L1], ids[JULIE]], HCQueueEmail: QUEUE
  })).Id as number;
  const categoryId = (await owner.getByTitle('HelpCategories').items.add({
    Title: 'Examens en ligne', HCTitleEn: 'Online exams', HCDefaultTeamId: teamId, HCFirstResponseHours: 4, HCResolutionHours: 16, HCFormFields: ['course'], HCRequiredFields: []
  })).Id as number;
  return { emu, sp, ids, teamId, categoryId };
}

/** The mails' links, as the web parts build them (the approver's carries the request and its secret). */
export function links(f: ClaimsSite): (id: number, purpose?: 'approval', request?: { ticketId: number; requestSequence: number; approverId?: number; token?: string }) => string {
  return (id, purpose, request) => purpose === 'approval' && request
    ? `${f.emu.siteUrl}/SitePages/MyRequests.aspx?approval=${request.ticketId}&key=${request.requestSequence}&for=${request.approverId || ''}&t=${request.token || ''}`
    : `${f.emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`;
}

/** The desk's action service of a person (mail from their mailbox). */
export function deskOf(f: ClaimsSite, email: string): TicketActionService {
  return new TicketActionService(f.sp(email), graphAs(f.emu, email), links(f));
}

/** A student files a ticket through the form's services (the desk has not received it yet); its id. */
export async function fileTicket(f: ClaimsSite, email: string, title: string, extra: Partial<NewTicketInput> = {}): Promise<number> {
  const result = await createTicketFormServices(f.sp(email), graphAs(f.emu, email)).submit({
    ticket: { clientRequestId: `${title}|${Math.random()}`, title, description: 'Le quiz ne se charge plus.', kind: 'assistance', categoryId: f.categoryId, language: 'fr', ...extra },
    attachments: [], ticketLink: links(f)
  });
  expect(result.received).toBe(false);
  return result.ticketId;
}

/** The desk's intake, run by an agent (what its housekeeping does first). */
export async function receive(f: ClaimsSite, agent: string = AGENT_L1): Promise<Reception[]> {
  return new TicketIntake(f.sp(agent), deskOf(f, agent)).receiveNew();
}

/**
 * The requesters' pending claims applied by an agent (what its housekeeping does next; the desk's ticket page does
 * it for one ticket); how many changed a ticket.
 */
export async function applyClaims(f: ClaimsSite, ticketId?: number, agent: string = AGENT_L1): Promise<number> {
  return applyPendingClaims(deskOf(f, agent), f.sp(agent), new Date(), ticketId);
}

/** An agent's action on a ticket, at the ETag just read. */
export async function agentAct(f: ClaimsSite, id: number, action: TicketAction, agent: string = AGENT_L1): Promise<void> {
  const desk = deskOf(f, agent);
  const read = await desk.read(id);
  if (!read) throw new Error(`Ticket ${id} is not on the desk.`);
  await desk.act(id, read.stored.etag, action);
}

/** The ticket's state as an agent reads it (the first written). */
export async function stateOf(f: ClaimsSite, id: number): Promise<StateRow> {
  const rows = await f.sp(AGENT_L1).web.lists.getByTitle(STATES_LIST).items.select(...STATE_SELECT).filter(`HCTicketId eq ${id}`).orderBy('ID', true).top(10)() as StateRow[];
  if (!rows.length) throw new Error(`Ticket ${id} has no state.`);
  return rows[0];
}

/** The ticket on the desk's queues (the agent's snapshot: open and recently finished). */
export async function onDesk(f: ClaimsSite, id: number): Promise<DeskQueueRow | undefined> {
  const s = await new DeskRepository(f.sp(AGENT_L1)).snapshot(new Date(Date.now() - 7 * 86400000));
  return s.open.concat(s.finished).filter(t => t.id === id)[0];
}

/** Mails the workbench sent about a ticket (every template's subject names it: "Demande n°12", "Request #12"). */
export function mailsAbout(f: ClaimsSite, id: number): SentMail[] {
  const names = (subject: string): boolean => ['n°', '#'].some(mark => {
    const at = subject.indexOf(`${mark}${id}`);
    const next = at < 0 ? '' : subject.charAt(at + mark.length + String(id).length);
    return at >= 0 && !(next >= '0' && next <= '9');
  });
  return f.emu.outbox().filter(m => names(m.subject));
}

/**
 * Everything the desk holds true about a ticket, as an agent reads it: its row on the queues, its state (status,
 * priority, level, team, assignee, SLA clocks, sequence, approval, who was informed, requester), its history (the
 * state's versions) and the mails sent about it. An attack that leaves this equal changed nothing.
 */
export async function deskTruth(f: ClaimsSite, id: number): Promise<Record<string, unknown>> {
  const s = await stateOf(f, id);
  const versions = await f.sp(AGENT_L1).web.lists.getByTitle(STATES_LIST).items.getById(s.Id).versions.select('VersionLabel')() as { VersionLabel: string }[];
  return {
    queue: await onDesk(f, id),
    state: {
      HCStatus: s.HCStatus, HCPriority: s.HCPriority, HCLevel: s.HCLevel, HCTeamId: s.HCTeamId, HCAssignedToId: s.HCAssignedToId, HCDueDate: s.HCDueDate,
      HCFirstResponseAt: s.HCFirstResponseAt, HCResolvedAt: s.HCResolvedAt, HCResolution: s.HCResolution, HCSequence: s.HCSequence, HCApproval: s.HCApproval,
      HCInformed: s.HCInformed, HCRequesterId: s.HCRequesterId, HCReceivedAt: s.HCReceivedAt, HCUnverified: s.HCUnverified, HCWatchersId: s.HCWatchersId,
      Modified: s.Modified, EditorId: s.EditorId
    },
    versions: versions.map(v => v.VersionLabel),
    mails: mailsAbout(f, id).map(m => `${m.from} → ${m.to.join(', ')}: ${m.subject}`)
  };
}

/** Mails sent since `from` (an index into the outbox), to a person. */
export function mailsTo(f: ClaimsSite, email: string, from: number = 0): SentMail[] {
  return f.emu.outbox().slice(from).filter(m => m.to.map(t => t.toLowerCase()).indexOf(email.toLowerCase()) >= 0);
}

/** Raw REST call as a person (her digest, what a browser console on the site sends), JSON in and out. */
export async function rest(f: ClaimsSite, email: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${f.emu.siteUrl}/_api/${path}`, {
    method, headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', ...as(f.emu, email), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await res.text();
  let json: unknown = text;
  try { json = text ? JSON.parse(text) : undefined; } catch { /* not JSON: kept as text */ }
  return { status: res.status, json };
}

/** `items(id)` of a list, for raw calls. */
export const itemPath = (list: string, id: number): string => `web/lists/getbytitle('${list}')/items(${id})`;

/** ValidateUpdateListItem as a person over raw REST; `newVersion` false rewrites the current version (bNewDocumentUpdate). */
export async function validateUpdate(f: ClaimsSite, email: string, list: string, id: number, values: Record<string, string>, newVersion: boolean = true):
  Promise<{ status: number; failed: string[] }> {
  const r = await rest(f, email, 'POST', `${itemPath(list, id)}/ValidateUpdateListItem`, {
    formValues: Object.keys(values).map(k => ({ FieldName: k, FieldValue: values[k] })), bNewDocumentUpdate: !newVersion
  });
  const rows = (r.json as { value?: { FieldName: string; HasException: boolean }[] }).value;
  return { status: r.status, failed: rows ? rows.filter(x => x.HasException).map(x => x.FieldName) : [] };
}
