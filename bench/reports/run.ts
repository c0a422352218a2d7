/**
 * The reports' reads on a year of data (npx tsx bench/reports/run.ts [tickets] [searches]): `tickets` desk states
 * (HelpTicketStates) received over the past year, 2 % open, the others resolved within days, and `searches` search
 * events over the same year, filled through REST $batch, each write stamped with the workbench's seeding clock
 * (X-Workbench-Time) so Created and Modified fall where they would. The emulator enforces SharePoint Online's 5,000-item
 * list view threshold. Times the page's first read (ReportsRepository.first: reference, agent check and the period's
 * rows) and the figures computed from it, for this month, last month, a month half a year ago and the whole year.
 * Writes bench/reports/results.md.
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
import { ReportsRepository } from '../../src/data/reports/ReportsRepository';
import { computeSelfService, computeTicketFigures, resolvePeriod, type ReportPeriod } from '../../src/domain/reports';

const TICKETS = Number(process.argv[2] || 100_000);
const SEARCHES = Number(process.argv[3] || 100_000);
const CHUNK = 500;
const PART_HEADERS = /Accept|Content-Type|IF-Match|X-Workbench-Time/i;
const DAY = 86400_000;
const TZ = 'Europe/Paris';
const slots = [{ start: '08:00', end: '18:00' }];
const HOURS = { timeZone: TZ, weekly: { mon: slots, tue: slots, wed: slots, thu: slots, fri: slots, sat: [], sun: [] }, periods: [], holidays: [] };

function at<T extends { using(...b: ReturnType<typeof InjectHeaders>[]): T }>(q: T, when: Date): T {
  return q.using(InjectHeaders({ 'X-Workbench-Time': when.toISOString() }));
}

async function main(): Promise<void> {
  const emu = await startEmulator({ port: 0, dbFile: ':memory:' });
  const sp = workbenchSp(emu, SITE_OWNER_EMAIL);
  await new SiteProvisioner(sp).apply();
  const me = (await sp.web.currentUser.select('Id')()).Id;
  await sp.web.lists.getByTitle('HelpSettings').items.add({ Title: 'hours', HCSettingKey: 'businessHours.default', HCValue: JSON.stringify(HOURS) });
  const teams: number[] = [];
  for (const t of ['Informatique N1', 'E-learning N1', 'Technique N2']) teams.push((await sp.web.lists.getByTitle('HelpTeams').items.add({ Title: t, HCLevel: 'L1' })).Id);
  const categories: number[] = [];
  for (const c of ['Wi-Fi', 'Moodle', 'Salles', 'Impression']) {
    categories.push((await sp.web.lists.getByTitle('HelpCategories').items.add({ Title: c, HCTitleEn: c, HCFirstResponseHours: 4, HCResolutionHours: 16 })).Id);
  }
  const now = Date.now();
  const fillStart = Date.now();
  for (let i = 0; i < TICKETS; i += CHUNK) {
    const [b, send] = sp.batched({ headersCopyPattern: PART_HEADERS });
    const adds: Promise<unknown>[] = [];
    for (let j = i; j < Math.min(TICKETS, i + CHUNK); j++) {
      const open = j % 50 === 0;
      const received = new Date(now - ((j * 7919) % 365) * DAY - (j % 24) * 3600_000);
      const resolved = open ? undefined : new Date(Math.min(now - 60_000, received.getTime() + ((j % 5) + 1) * 5 * 3600_000));
      adds.push(at(b.web.lists.getByTitle('HelpTicketStates').items, resolved || received).add({
        Title: `Demande ${j}`, HCTicketId: j + 1, HCReceivedAt: received.toISOString(), HCKind: 'assistance', HCCategoryId: categories[j % 4], HCPriority: 'normal',
        HCChannel: j % 3 ? 'portal' : 'email', HCStatus: open ? 'in_progress' : 'closed', HCLevel: 'L1', HCTeamId: teams[j % 3], HCAssignedToId: j % 2 ? me : null,
        HCFirstResponseAt: new Date(received.getTime() + 3600_000).toISOString(), HCResolvedAt: resolved ? resolved.toISOString() : null,
        HCSatisfaction: !open && j % 4 === 0 ? (j % 5) + 1 : null, HCLanguage: 'fr'
      }));
    }
    await send();
    await Promise.all(adds);
    if ((i + CHUNK) % 10_000 === 0) console.error(`${i + CHUNK} states`);
  }
  const statesMs = Date.now() - fillStart;
  const eventsStart = Date.now();
  const queries = ['wifi', 'mdp oublié', 'salle b204', 'vpn', 'moodle examen', 'imprimante'];
  for (let i = 0; i < SEARCHES; i += CHUNK) {
    const [b, send] = sp.batched({ headersCopyPattern: PART_HEADERS });
    const adds: Promise<unknown>[] = [];
    for (let j = i; j < Math.min(SEARCHES, i + CHUNK); j++) {
      adds.push(at(b.web.lists.getByTitle('SearchEvents').items, new Date(now - ((j * 7907) % 365) * DAY - (j % 24) * 3600_000)).add({
        HCQuery: queries[j % 6], HCResultCount: j % 6 === 2 ? 0 : 4, HCFiledTicket: j % 7 === 0, HCHelpfulVote: j % 9 === 0, HCLanguage: 'fr'
      }));
    }
    await send();
    await Promise.all(adds);
    if ((i + CHUNK) % 10_000 === 0) console.error(`${i + CHUNK} searches`);
  }
  const eventsMs = Date.now() - eventsStart;

  const repo = new ReportsRepository(sp);
  const today = new Date(now);
  const period = (choice: Parameters<typeof resolvePeriod>[0]): ReportPeriod => (resolvePeriod(choice, today, TZ, []) as { period: ReportPeriod }).period;
  const iso = (d: Date): string => d.toISOString().slice(0, 10);
  const half = new Date(now - 182 * DAY);
  const cases: [string, ReportPeriod][] = [
    ['this month', period({ kind: 'thisMonth' })],
    ['last month', period({ kind: 'lastMonth' })],
    ['a month half a year ago', period({ kind: 'range', from: `${iso(half).slice(0, 7)}-01`, to: `${iso(half).slice(0, 7)}-28` })],
    ['the whole year', period({ kind: 'range', from: iso(new Date(now - 365 * DAY)), to: iso(today) })]
  ];
  const rows: string[] = [];
  for (const [label, p] of cases) {
    const times: number[] = [];
    const computeTimes: number[] = [];
    let requests = 0;
    let describe = '';
    for (let k = 0; k < 3; k++) {
      emu.clearRequests();
      const t0 = performance.now();
      const first = await repo.first(p);
      times.push(performance.now() - t0);
      requests = emu.requests().filter((r) => r.path.includes('/_api/')).length;
      const t1 = performance.now();
      const f = computeTicketFigures({ period: p, filters: {}, now: today, timeZone: TZ, ...first.rows, calendarFor: first.reference.calendarFor, targetsFor: first.reference.targetsFor });
      const s = computeSelfService(first.rows.events, p);
      computeTimes.push(performance.now() - t1);
      describe = `${f.received} received, ${f.resolved} resolved, ${f.backlog.open} open; ${s.funnel.searches} searches`;
    }
    times.sort((a, b) => a - b);
    computeTimes.sort((a, b) => a - b);
    rows.push(`| ${label} | ${describe} | ${requests} | ${times[1].toFixed(0)} ms | ${computeTimes[1].toFixed(0)} ms |`);
    console.error(rows[rows.length - 1]);
  }
  await emu.close();
  const md = [
    '# Reports on a year of data',
    '',
    `Generated by \`npx tsx bench/reports/run.ts ${TICKETS} ${SEARCHES}\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). ${TICKETS.toLocaleString('en')} desk states received over the past year (2 % open, the others resolved within a day or two) filled in ${(statesMs / 1000).toFixed(0)} s, and ${SEARCHES.toLocaleString('en')} search events over the same year in ${(eventsMs / 1000).toFixed(0)} s, through REST \`$batch\` with the workbench's seeding clock; the emulator enforces the 5,000-item list view threshold. The page's first read (reference, agent check and the period's rows: one \`$batch\`, then pages when a list is large) and the figures computed in the browser; median of 3 runs, in-process emulator (no network latency: add a SharePoint round trip, 100–300 ms, per request). SharePoint considers only a filter's first clause for the threshold: a period whose rows since its start (or before its end) exceed 5,000 is read by scanning the list in pages of 5,000.`,
    '',
    '| period | figures | requests | read | figures computed |',
    '|---|---|---|---|---|',
    ...rows,
    ''
  ].join('\n');
  writeFileSync(path.join(__dirname, 'results.md'), md);
  console.log(md);
}

main().catch((e) => { console.error(e); process.exit(1); });
