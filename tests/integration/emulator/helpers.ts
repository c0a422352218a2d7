// Shared setup for the emulator conformance tests: an in-memory emulator per file and real PnPjs.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/comments';
import '@pnp/sp/attachments';
import type { SPFI } from '@pnp/sp';
import { runInThisContext } from 'node:vm';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../../workbench/server';
import { workbenchSp, workbenchHeaders } from '../../../workbench/client';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { NOTIFICATION_TEMPLATES } from '../../../workbench/seed/data/settings';
import { Client } from '@microsoft/microsoft-graph-client';

// The hoisted jest-environment-node is SPFx's v25, which hides Node 22's fetch from tests; take it from
// the Node realm so PnPjs uses the real fetch (a jest.config `testEnvironment` pointing at jest 29's
// environment makes this a no-op).
if (typeof globalThis.fetch !== 'function') {
  const realm = runInThisContext('({ fetch, Headers, Request, Response, AbortController, Blob })') as Record<string, unknown>;
  for (const [k, v] of Object.entries(realm)) if (!(k in globalThis)) (globalThis as Record<string, unknown>)[k] = v;
  globalThis.fetch = realm.fetch as typeof fetch;
}

export const OWNER = `owner@${DEMO_DOMAIN}`;
export const LEA = `lea.dubois@${DEMO_DOMAIN}`;
export const TOM = `tom.baker@${DEMO_DOMAIN}`;
export const AGENT_L1 = `karim.haddad@${DEMO_DOMAIN}`;
export const TEACHER = `jean.moreau@${DEMO_DOMAIN}`;

/** SPAddFieldOptions.AddFieldInternalNameHint: keep the Name attribute as internal name. */
export const INTERNAL_NAME_HINT = 8;

/**
 * An emulator and PnPjs acting as a person: `sp(OWNER)`, `sp(LEA)`… (no implicit person). The tests hold the
 * emulator's secret through the Emulator object; raw requests use `as(emu, email)` for the same headers.
 */
export async function start(opts: EmulatorOptions = {}): Promise<{ emu: Emulator; sp: (user: string) => SPFI }> {
  const emu = await startEmulator({ port: 0, dbFile: ':memory:', ...opts });
  return { emu, sp: (user: string) => workbenchSp(emu, user) };
}

/** Headers for a raw `fetch` acting as `email`: identity, the workbench secret, and a valid form digest. */
export function as(emu: Emulator, email: string): Record<string, string> {
  return workbenchHeaders(emu, email);
}

/** Creates a list through REST the way provisioning does: lists.ensure, then createFieldAsXml per field. */
export async function provisionList(sp: SPFI, title: string, fieldXml: string[], settings: Record<string, unknown> = {}): Promise<void> {
  await sp.web.lists.ensure(title, '', 100, false, settings);
  const list = sp.web.lists.getByTitle(title);
  for (const xml of fieldXml) await list.fields.createFieldAsXml({ SchemaXml: xml, Options: INTERNAL_NAME_HINT } as never);
}

/** The SharePoint error object of a rejected PnPjs call. */
export async function spError(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response?: Response };
    const body = err.response ? ((await err.response.clone().json()) as { 'odata.error': { code: string; message: { value: string } } }) : undefined;
    return { status: err.status, code: body?.['odata.error'].code ?? '', message: body?.['odata.error'].message.value ?? '' };
  }
  throw new Error('Expected the call to fail');
}

/**
 * A help-center site as the Setup web part leaves it, with `agents` in the support group (the site owner
 * provisions; PnPjs needs the group name's apostrophe doubled in the OData literal).
 */
export async function setUpHelpCenter(sp: (user: string) => SPFI, agents: string[] = []): Promise<void> {
  const { SiteProvisioner } = await import('../../../src/data/provisioning');
  const { HELP_CENTER_GROUPS } = await import('../../../src/data/schema');
  const report = await new SiteProvisioner(sp(OWNER)).apply();
  if (!report.ready) throw new Error(`The help center could not be set up: ${JSON.stringify(report.errors)}`);
  const support = HELP_CENTER_GROUPS.find((g) => g.key === 'support')!.title.replace(/'/g, "''");
  for (const email of agents) await sp(OWNER).web.siteGroups.getByName(support).users.add(`i:0#.f|membership|${email}`);
}

/** Microsoft Graph as SPFx's MSGraphClientV3 gives it, signed in as `email`, against the emulator's Graph endpoint. */
export function graphAs(emu: Emulator, email: string): () => Promise<Client> {
  return async () => Client.init({
    baseUrl: new URL(emu.siteUrl).origin, defaultVersion: 'v1.0', authProvider: (done) => done(null, 'x'),
    fetchOptions: { headers: { 'X-Workbench-User': email, 'X-Workbench-Secret': emu.secret } },
  });
}

/** The notification templates of the demo data, in HelpSettings (as the site owner). */
export async function addNotificationTemplates(sp: (user: string) => SPFI): Promise<void> {
  const settings = sp(OWNER).web.lists.getByTitle('HelpSettings');
  for (const [key, value] of Object.entries(NOTIFICATION_TEMPLATES)) {
    await settings.items.add({ Title: key, HCSettingKey: `notifications.template.${key}`, HCValue: JSON.stringify(value) });
  }
}

/**
 * The desk receives the tickets filed since (TicketIntake, as `agent`): states written, the requester made the
 * state's Author, the filing mail sent. Returns what it did. Templates must be in HelpSettings for the mail.
 */
export async function receiveTickets(emu: Emulator, sp: (user: string) => SPFI, agent: string = AGENT_L1): Promise<{ ticketId: number; unverified: boolean; missing: string[] }[]> {
  const { TicketIntake } = await import('../../../src/data/desk/TicketIntake');
  const { TicketActionService } = await import('../../../src/data/tickets/TicketActionService');
  const link = (id: number): string => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`;
  return new TicketIntake(sp(agent), new TicketActionService(sp(agent), graphAs(emu, agent), link)).receiveNew();
}

/** An agent confirms the people the requester asked to keep informed (the desk's one-click action on the ticket page). */
export async function confirmRequestedWatchers(emu: Emulator, sp: (user: string) => SPFI, ticketId: number, agent: string = AGENT_L1): Promise<void> {
  const { TicketActionService, TicketRepository } = await import('../../../src/data/tickets');
  const page = (await new TicketRepository(sp(agent)).ticketPage(ticketId))!;
  if (!page.names.requestedWatchers.length) return;
  const link = (id: number): string => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`;
  const actions = new TicketActionService(sp(agent), graphAs(emu, agent), link);
  const keep = (page.ticket.item.HCWatchersId || []).map((id) => ({ id, email: '' }));
  const asked = page.names.requestedWatchers.map((w) => ({ id: w.id, email: w.email, displayName: w.name }));
  await actions.act(ticketId, page.ticket.etag, { type: 'confirmWatchers', watchers: keep.concat(asked) });
}
