/**
 * The support desk's queues on 100,000 tickets (npx tsx bench/desk/run.ts [count]), in the ticket model of
 * issue 11: each ticket is the requester's HelpTickets item and the desk's HelpTicketStates item, and the desk reads
 * the states only. Both lists are provisioned by SiteProvisioner and filled through REST $batch like any client
 * would, each write stamped with the workbench's seeding clock (X-Workbench-Time, as the demo seed does), so the
 * closed tickets were filed and closed over the past year and "resolved recently" selects a realistic week; the
 * emulator enforces SharePoint Online's 5,000-item list view threshold. Writes bench/desk/results.md.
 */
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator } from '../../workbench/server';
import { workbenchSp } from '../../workbench/client';
import { SITE_OWNER_EMAIL } from '../../workbench/server/directory';
import { SiteProvisioner } from '../../src/data/provisioning';
import { DeskRepository, RESOLVED_RECENTLY_DAYS } from '../../src/data/desk';
import { queueCounts, workload } from '../../src/domain/desk/queues';
import type { IntakeFormData } from '../../src/data/intake/IntakeService';
import * as sla from '../../src/domain/sla';
import { alarmFrom, snapshotReader } from '../../src/ui/desk/deskSla';

const OFFICE_HOURS = {
  timeZone: 'Europe/Paris', weekly: { mon: [{ start: '08:00', end: '18:00' }], tue: [{ start: '08:00', end: '18:00' }], wed: [{ start: '08:00', end: '18:00' }],
    thu: [{ start: '08:00', end: '18:00' }], fri: [{ start: '08:00', end: '18:00' }], sat: [], sun: [] }, periods: [], holidays: [],
};

const COUNT = Number(process.argv[2] || 100_000);
const OPEN_SHARE = 0.02;
/** Writes per $batch request (PnPjs splits a batch into change sets of this many). */
const CHUNK = 500;
/** Request headers copied into each $batch part: PnPjs's defaults, plus the workbench's seeding clock. */
const PART_HEADERS = /Accept|Content-Type|IF-Match|X-Workbench-Time/i;
const DAY = 86400_000;

/** A write that happens at `when` in the benchmark's history (the workbench-only seeding clock). */
function at<T extends { using(...b: ReturnType<typeof InjectHeaders>[]): T }>(q: T, when: Date): T {
  return q.using(InjectHeaders({ 'X-Workbench-Time': when.toISOString() }));
}

async function main(): Promise<void> {
  const emu = await startEmulator({ port: 0, dbFile: ':memory:' });
  const sp = workbenchSp(emu, SITE_OWNER_EMAIL);
  await new SiteProvisioner(sp).apply();
  const me = (await sp.web.currentUser.select('Id')()).Id;
  const teams: number[] = [];
  for (const t of ['Informatique N1', 'E-learning N1', 'Technique N2']) teams.push((await sp.web.lists.getByTitle('HelpTeams').items.add({ Title: t, HCLevel: 'L1' })).Id);
  const categories: number[] = [];
  for (const c of ['Wi-Fi', 'Moodle', 'Salles', 'Impression']) categories.push((await sp.web.lists.getByTitle('HelpCategories').items.add({ Title: c, HCTitleEn: c })).Id);

  const openStatuses = ['new', 'taken_in_charge', 'in_progress', 'awaiting_user'];
  const now = Date.now();
  const fillStart = Date.now();
  const every = Math.round(1 / OPEN_SHARE);
  let ticketMs = 0;
  let stateMs = 0;
  for (let i = 0; i < COUNT; i += CHUNK) {
    const t0 = performance.now();
    const range: number[] = [];
    for (let j = i; j < Math.min(COUNT, i + CHUNK); j++) range.push(j);
    // Closed tickets were filed two days before they were closed, over the past year (one in 52 in the last week), as on a real desk.
    const open = (j: number): boolean => j % every === 0;
    const closedAt = (j: number): Date => new Date(now - ((j * 7919) % 365) * DAY - 3600_000);
    const filedAt = (j: number): Date => (open(j) ? new Date(now) : new Date(closedAt(j).getTime() - 2 * DAY));
    const priority = (j: number): string => (j % 10 === 0 ? 'high' : 'normal');

    // What the requester files: her words and her category only.
    const [tb, sendTickets] = sp.batched({ headersCopyPattern: PART_HEADERS });
    const filed = range.map((j) => at(tb.web.lists.getByTitle('HelpTickets').items, filedAt(j)).add({
      Title: `Demande ${j}`, HCDescription: 'x', HCKind: 'assistance', HCCategoryId: categories[j % 4], HCPriority: priority(j), HCChannel: 'portal',
      HCClientRequestId: `bench-${j}`, HCLanguage: 'fr',
    }) as Promise<{ Id: number }>);
    await sendTickets();
    const ticketIds = (await Promise.all(filed)).map((t) => t.Id);
    const t1 = performance.now();

    // The desk's state of each, as of its last change (one version: the desk reads the current one).
    const [sb, sendStates] = sp.batched({ headersCopyPattern: PART_HEADERS });
    const states = range.map((j, k) => {
      const o = open(j);
      const filedIso = filedAt(j).toISOString();
      const status = o ? openStatuses[(j / every) % 4] : 'closed';
      // The L2 team's handled tickets came to it by escalation, each to the bench's agent by name.
      const escalated = o && j % 3 === 2 && status !== 'new';
      return at(sb.web.lists.getByTitle('HelpTicketStates').items, o ? filedAt(j) : closedAt(j)).add({
        Title: `Demande ${j}`, HCTicketId: ticketIds[k], HCRequesterId: me, HCReceivedAt: filedIso, HCKind: 'assistance', HCCategoryId: categories[j % 4],
        HCPriority: priority(j), HCChannel: 'portal', HCStatus: status, HCLevel: escalated ? 'L2' : 'L1', HCTeamId: teams[j % 3],
        HCEscalatedAt: escalated ? filedIso : null, HCEscalatedToId: escalated ? me : null,
        HCAssignedToId: o && j % 3 === 0 ? me : null, HCDueDate: new Date(now + ((j % 20) - 10) * 3600_000).toISOString(), HCSequence: o ? 0 : 4,
        HCFirstResponseAt: o ? null : filedIso, HCResolvedAt: o ? null : closedAt(j).toISOString(), HCClosedAt: o ? null : closedAt(j).toISOString(), HCLanguage: 'fr',
      });
    });
    await sendStates();
    await Promise.all(states);
    ticketMs += t1 - t0;
    stateMs += performance.now() - t1;
    if ((i + CHUNK) % 10_000 === 0) console.error(`${i + CHUNK} tickets: ${(ticketMs / 1000).toFixed(0)} s on tickets, ${(stateMs / 1000).toFixed(0)} s on states`);
  }
  const fillMs = Date.now() - fillStart;

  const desk = new DeskRepository(sp);
  const measure = async <T>(label: string, run: () => Promise<T>, describe: (r: T) => string): Promise<string> => {
    const times: number[] = [];
    let result: T | undefined;
    let requests = 0;
    for (let k = 0; k < 5; k++) {
      emu.clearRequests();
      const t0 = performance.now();
      result = await run();
      times.push(performance.now() - t0);
      requests = emu.requests().filter((r) => r.path.includes('/_api/')).length;
    }
    times.sort((a, b) => a - b);
    return `| ${label} | ${describe(result as T)} | ${requests} | ${times[2].toFixed(0)} ms |`;
  };
  const rows: string[] = [];
  let snapshot: Awaited<ReturnType<DeskRepository['openTickets']>> = [];
  rows.push(await measure('open tickets (the desk snapshot)', async () => (snapshot = await desk.openTickets()), (r) => `${r.length} tickets`));
  rows.push(await measure('open tickets of one team', () => desk.openTickets({ teamId: teams[0] }), (r) => `${r.length} tickets`));
  rows.push(await measure('open, high priority, one category', () => desk.openTickets({ priority: 'high', categoryId: categories[0] }), (r) => `${r.length} tickets`));
  const since = new Date(now - RESOLVED_RECENTLY_DAYS * DAY);
  let both: Awaited<ReturnType<DeskRepository['snapshot']>> = { open: [], finished: [] };
  rows.push(await measure(`the desk's first read: open tickets and those finished in ${RESOLVED_RECENTLY_DAYS} days (one $batch)`, async () => (both = await desk.snapshot(since)),
    (r) => `${r.open.length} open + ${r.finished.length} finished`));
  const reference = {
    categories: categories.map((id) => ({ id, titleFr: '', titleEn: '', formFields: [], requiredFields: [], firstResponseHours: 4, resolutionHours: 16, approvalRequired: false, sortOrder: 0 })),
    locations: [], teams: teams.map((id) => ({ id, titleFr: '', titleEn: '', memberIds: [], businessHours: JSON.stringify(OFFICE_HOURS) })),
    settings: {}, currentUserId: me, isAgent: true,
  } as unknown as IntakeFormData;
  // Median of 5 like the queries (a single run measured the JIT's warm-up as much as the code).
  const all = both.open.concat(both.finished);
  let counts = {} as ReturnType<typeof queueCounts>;
  let load = {} as ReturnType<typeof workload>;
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const alarm = alarmFrom(sla, snapshotReader(sla, reference, new Date()));
    counts = queueCounts(all, { me, myTeams: [teams[0], teams[2]] }, alarm);
    load = workload(all);
    times.push(performance.now() - t0);
  }
  const countMs = times.sort((a, b) => a - b)[2];
  let refused = '';
  try {
    await sp.web.lists.getByTitle('HelpTicketStates').items.select('Id').filter("HCStatus ne 'closed'").top(100)();
  } catch (e) {
    refused = (e as Error).message.includes('SPQueryThrottledException') ? 'refused (list view threshold)' : `failed: ${(e as Error).message}`;
  }
  await emu.close();

  const md = [
    '# Support desk queues on a large list',
    '',
    `Generated by \`npx tsx bench/desk/run.ts ${COUNT}\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). ${COUNT.toLocaleString('en')} tickets, ${Math.round(OPEN_SHARE * 100)} % open: each one a HelpTickets item (the requester's) and a HelpTicketStates item (the desk's, which the queues read), filled through REST \`$batch\` with the closed ones filed and closed over a year (the workbench's seeding clock) in ${(fillMs / 1000).toFixed(0)} s (${(ticketMs / 1000).toFixed(0)} s for the requesters' items, ${(stateMs / 1000).toFixed(0)} s for the states); the emulator enforces the 5,000-item list view threshold. Median of 5 runs, in-process emulator (no network latency: add a SharePoint round trip, 100–300 ms, per request).`,
    '',
    '| query | result | requests | median time |',
    '|---|---|---|---|',
    ...rows,
    `| SLA clocks in business hours, queue counts and workload from the snapshot (in the browser) | ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}; ${Object.keys(load.byAgent).length} agent(s), ${load.unassigned} unassigned | 0 | ${countMs.toFixed(1)} ms |`,
    `| a naive \`HCStatus ne 'closed'\` filter, for comparison | ${refused || 'accepted (unexpected)'} | 1 | — |`,
    '',
  ].join('\n');
  writeFileSync(path.join(__dirname, 'results.md'), md);
  console.log(md);
}

main().catch((e) => { console.error(e); process.exit(1); });
