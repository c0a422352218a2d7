/**
 * The watchers' projection at scale (npx tsx bench/watch/run.ts [tickets] [watch rows]): 100,000 tickets (each a
 * HelpTickets item and its HelpTicketStates item) and 20,000 HelpTicketWatches rows, filled through REST $batch; a
 * professor follows 40 requests. Measures, as the professor, the first render of "Demandes que je suis" and of one
 * followed request (requests and time), and, as an agent, what a desk action costs with 0, 1 and 3 watchers (the
 * first action after the watchers are confirmed adds their rows; later ones update them). In-process emulator,
 * which enforces the 5,000-item list view threshold. Writes bench/watch/results.md.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator } from '../../workbench/server';
import { workbenchSp } from '../../workbench/client';
import { DEMO_PEOPLE, SITE_OWNER_EMAIL, loginNameOf } from '../../workbench/server/directory';
import { SiteProvisioner } from '../../src/data/provisioning';
import { HELP_CENTER_GROUPS } from '../../src/data/schema';
import '@pnp/sp/site-groups/web';
import { createMyTicketsServices } from '../../src/data/tickets/MyTicketsServices';
import { TicketActionService } from '../../src/data/tickets/TicketActionService';
import { watchKey } from '../../src/domain/tickets/watchView';
import type { TicketAction } from '../../src/domain/tickets/actions';

const TICKETS = Number(process.argv[2] || 100_000);
const WATCH_ROWS = Number(process.argv[3] || 20_000);
const PROFESSOR_ROWS = 40;
const CHUNK = 500;
const email = (start: string): string => DEMO_PEOPLE.find(p => p.email.startsWith(start))!.email;
const PROFESSOR = email('jean.moreau');
const AGENT = email('karim.haddad');
const OTHERS = ['sophie.bernard', 'philippe.garnier', 'emily.clarke'].map(email);

async function fill(sp: SPFI, me: number, team: number, category: number, watchersOf: (j: number) => number[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < TICKETS; i += CHUNK) {
    const range: number[] = [];
    for (let j = i; j < Math.min(TICKETS, i + CHUNK); j++) range.push(j);
    const [tb, sendTickets] = sp.batched();
    const filed = range.map(j => tb.web.lists.getByTitle('HelpTickets').items.add({
      Title: `Demande ${j}`, HCDescription: 'Description de la demande.', HCKind: 'assistance', HCCategoryId: category, HCChannel: 'portal', HCClientRequestId: `bench-${j}`, HCLanguage: 'fr'
    }) as Promise<{ Id: number }>);
    await sendTickets();
    const ticketIds = (await Promise.all(filed)).map(t => t.Id);
    const [sb, sendStates] = sp.batched();
    const states = range.map((j, k) => sb.web.lists.getByTitle('HelpTicketStates').items.add({
      Title: `Demande ${j}`, HCTicketId: ticketIds[k], HCRequesterId: me, HCReceivedAt: new Date().toISOString(), HCKind: 'assistance', HCCategoryId: category,
      HCPriority: 'normal', HCChannel: 'portal', HCStatus: 'taken_in_charge', HCLevel: 'L1', HCTeamId: team, HCAssignedToId: null, HCWatchersId: watchersOf(j), HCSequence: 1, HCLanguage: 'fr'
    }));
    await sendStates();
    await Promise.all(states);
    ids.push(...ticketIds);
    if ((i + CHUNK) % 10_000 === 0) console.error(`${i + CHUNK} tickets`);
  }
  return ids;
}

/** Watch rows: the professor's (given to him), then filler rows of other people (the list's size, not his). */
async function fillWatches(sp: SPFI, ticketIds: number[], professorId: number, otherIds: number[]): Promise<void> {
  const list = (s: SPFI) => s.web.lists.getByTitle('HelpTicketWatches');
  const view = JSON.stringify({ ticketId: 0, title: 'x', summary: 'x', status: 'taken_in_charge', fields: [], requester: 'x', createdAt: new Date().toISOString(),
    history: [], names: { categories: {}, teams: {}, places: {} }, builtAt: new Date().toISOString() });
  for (let i = 0; i < WATCH_ROWS; i += CHUNK) {
    const [b, send] = sp.batched();
    const added: Promise<{ Id: number }>[] = [];
    for (let j = i; j < Math.min(WATCH_ROWS, i + CHUNK); j++) {
      const mine = j < PROFESSOR_ROWS;
      const watcher = mine ? professorId : otherIds[j % otherIds.length];
      const ticket = ticketIds[(j * 7) % ticketIds.length];
      added.push(list(b).items.add({ Title: `Demande ${ticket}`, HCTicketId: ticket, HCWatcherId: watcher, HCWatchKey: watchKey(ticket, watcher), HCStatus: 'taken_in_charge',
        HCView: view.replace('"ticketId":0', `"ticketId":${ticket}`), HCActive: true, HCFilesShared: false, HCLanguage: 'fr' }) as Promise<{ Id: number }>);
    }
    await send();
    const rows = await Promise.all(added);
    if (i === 0) {
      const [a, run] = sp.batched();
      rows.slice(0, PROFESSOR_ROWS).forEach(r => list(a).items.getById(r.Id).validateUpdateListItem([{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: loginNameOf(PROFESSOR) }]) }], false));
      await run();
    }
  }
}

async function main(): Promise<void> {
  const emu = await startEmulator({ port: 0, dbFile: ':memory:' });
  const owner = workbenchSp(emu, SITE_OWNER_EMAIL);
  await new SiteProvisioner(owner).apply();
  const support = HELP_CENTER_GROUPS.filter(g => g.key === 'support')[0].title.replace(/'/g, "''");
  await owner.web.siteGroups.getByName(support).users.add(loginNameOf(AGENT));
  const idOf = async (e: string): Promise<number> => (await owner.web.ensureUser(loginNameOf(e))).Id;
  const me = await idOf(SITE_OWNER_EMAIL);
  const professorId = await idOf(PROFESSOR);
  const otherIds: number[] = [];
  for (const o of OTHERS) otherIds.push(await idOf(o));
  const agentId = await idOf(AGENT);
  const team = (await owner.web.lists.getByTitle('HelpTeams').items.add({ Title: 'Informatique N1', HCTitleEn: 'IT L1', HCLevel: 'L1', HCMembersId: [agentId] })).Id as number;
  const category = (await owner.web.lists.getByTitle('HelpCategories').items.add({ Title: 'Examens', HCTitleEn: 'Exams', HCDefaultTeamId: team })).Id as number;
  const t0 = Date.now();
  // The last three tickets carry 0, 1 and 3 watchers for the action measures.
  const ids = await fill(owner, me, team, category, j => (j === TICKETS - 2 ? [professorId] : j === TICKETS - 1 ? [professorId, ...otherIds] : []));
  await fillWatches(owner, ids.slice(0, TICKETS - 3), professorId, otherIds);
  const fillS = (Date.now() - t0) / 1000;

  const rows: string[] = [];
  const measure = async (label: string, run: () => Promise<string>, times = 5): Promise<void> => {
    const ms: number[] = [];
    let requests = 0;
    let result = '';
    for (let k = 0; k < times; k++) {
      emu.clearRequests();
      const s = performance.now();
      result = await run();
      ms.push(performance.now() - s);
      requests = emu.requests().filter(r => r.path.includes('/_api/')).length;
    }
    ms.sort((a, b) => a - b);
    rows.push(`| ${label} | ${result} | ${requests} | ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms |`);
  };
  // A fresh page each time: the viewer is read again (one $batch), then the rows.
  await measure('professor: "Demandes que je suis", first page (fresh page: who am I + my rows)', async () => {
    const page = await createMyTicketsServices(workbenchSp(emu, PROFESSOR)).followed();
    return `${page.items.length} requests${page.next ? ', more' : ''}`;
  });
  const followedId = ids[0];
  await measure('professor: one followed request (fresh page: who am I + my row with its files)', async () => {
    const r = await createMyTicketsServices(workbenchSp(emu, PROFESSOR)).followedRequest(followedId);
    return r.kind;
  });

  // Desk actions: the same action on tickets with 0, 1, 3 watchers; requests are the whole action's (read, write, sync, mail).
  const links = (id: number): string => `${emu.siteUrl}/SitePages/MyRequests.aspx?ticket=${id}`;
  const noGraph = (): Promise<never> => Promise.reject(new Error('no mail in the bench'));
  const act = async (ticketId: number, action: TicketAction): Promise<string> => {
    const desk = new TicketActionService(workbenchSp(emu, AGENT), noGraph, links);
    await desk.actor();
    const read = (await desk.read(ticketId))!;
    emu.clearRequests();
    const s = performance.now();
    await desk.act(ticketId, read.stored.etag, action);
    const ms = performance.now() - s;
    const requests = emu.requests().filter(r => r.path.includes('/_api/')).length;
    return `${requests} | ${ms.toFixed(0)} ms`;
  };
  const [none, one, three] = ids.slice(TICKETS - 3);
  for (const [label, id] of [['0 watchers', none], ['1 watcher', one], ['3 watchers', three]] as [string, number][]) {
    rows.push(`| desk action (public reply), ${label}, first sync (rows added, given to the watchers) | — | ${await act(id, { type: 'replyPublic', message: 'Première réponse.' })} |`);
    rows.push(`| desk action (public reply), ${label}, later (rows updated) | — | ${await act(id, { type: 'replyPublic', message: 'Deuxième réponse.' })} |`);
  }
  await emu.close();
  const out = [
    '# The watchers\' projection on a large site', '',
    `Generated by \`npx tsx bench/watch/run.ts ${TICKETS} ${WATCH_ROWS}\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). ${TICKETS.toLocaleString('en')} tickets ` +
    `(HelpTickets + HelpTicketStates) and ${WATCH_ROWS.toLocaleString('en')} HelpTicketWatches rows (the professor's ${PROFESSOR_ROWS}), filled through REST \`$batch\` in ${fillS.toFixed(0)} s. ` +
    'In-process emulator (no network latency: add a SharePoint round trip, 100–300 ms, per request); reads are the median of 5. A desk action\'s requests include ' +
    'its own read, write and mail (the mail fails here: no Graph), so the extra cost of watchers is the difference with the 0-watcher line.', '',
    '| measure | result | requests | time |', '|---|---|---|---|', ...rows, ''
  ].join('\n');
  writeFileSync(path.join(__dirname, 'results.md'), out);
  console.log(out);
}

main().catch(e => { console.error(e); process.exit(1); });
