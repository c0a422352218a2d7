// The reports' reads against the emulator with a low list view threshold (50), so that the rules a list of 100,000
// states and a year of searches meets are exercised with a few hundred rows: the figures computed from the
// repository's rows equal a computation done here from the rows the test wrote.
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, setUpHelpCenter, start } from '../emulator/helpers';
import { ReportsRepository } from '../../../src/data/reports/ReportsRepository';
import { computeSelfService, computeTicketFigures, monthKey, type ReportPeriod } from '../../../src/domain/reports';

let emu: Emulator;
let sp: (user: string) => SPFI;
const TZ = 'Europe/Paris';
const slots = [{ start: '08:00', end: '18:00' }];
const HOURS = JSON.stringify({ timeZone: TZ, weekly: { mon: slots, tue: slots, wed: slots, thu: slots, fri: slots, sat: [], sun: [] }, periods: [{ key: 'exams-2026-06', start: '2026-06-01', end: '2026-06-20', weekly: { mon: slots, tue: slots, wed: slots, thu: slots, fri: slots, sat: slots, sun: [] } }], holidays: [] });
const STATUSES = ['new', 'in_progress', 'awaiting_user', 'resolved', 'closed', 'closed', 'no_follow_up', 'closed'];
const CHANNELS = ['portal', 'phone', 'email'];

interface Written { ticketId: number; receivedAt: Date; status: string; resolvedAt?: Date; teamId: number; categoryId: number; channel: string; satisfaction?: number; escalated: boolean }
const written: Written[] = [];
let teams: number[] = [];
let categories: number[] = [];
const queries = ['wifi', 'mdp oublié', 'salle b204', 'vpn'];
const eventsWritten: { query: string; resultCount: number; opened: boolean; filed: boolean }[] = [];

async function addAll(list: string, rows: Record<string, unknown>[], as: string = OWNER): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    const [batched, execute] = sp(as).batched();
    const l = batched.web.lists.getByTitle(list);
    const added = rows.slice(i, i + 100).map((r) => l.items.add(r));
    await execute();
    await Promise.all(added);
  }
}

beforeAll(async () => {
  const s = await start({ threshold: 50 });
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  const owner = sp(OWNER).web.lists;
  await owner.getByTitle('HelpSettings').items.add({ Title: 'hours', HCSettingKey: 'businessHours.default', HCValue: HOURS });
  teams = [(await owner.getByTitle('HelpTeams').items.add({ Title: 'Informatique', HCTitleEn: 'IT', HCLevel: 'L1' })).Id,
    (await owner.getByTitle('HelpTeams').items.add({ Title: 'E-learning', HCLevel: 'L2' })).Id];
  categories = [(await owner.getByTitle('HelpCategories').items.add({ Title: 'Wi-Fi', HCTitleEn: 'Wi-Fi', HCFirstResponseHours: 4, HCResolutionHours: 16, HCSlaByPriority: '{"critical":{"resolutionHours":4}}' })).Id,
    (await owner.getByTitle('HelpCategories').items.add({ Title: 'Moodle', HCTitleEn: 'Moodle' })).Id];
  // 240 states received from June to November 2026, a few every week.
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < 240; i++) {
    const receivedAt = new Date(Date.UTC(2026, 5, 1, 7) + i * 0.75 * 86400000);
    const status = STATUSES[i % STATUSES.length];
    const resolvedAt = status === 'resolved' || status === 'closed' ? new Date(receivedAt.getTime() + ((i % 5) + 1) * 3 * 3600000) : undefined;
    const w: Written = {
      ticketId: 1000 + i, receivedAt, status, resolvedAt, teamId: teams[i % 2], categoryId: categories[i % 3 === 0 ? 1 : 0], channel: CHANNELS[i % 3],
      satisfaction: resolvedAt && i % 4 === 0 ? (i % 5) + 1 : undefined, escalated: i % 6 === 0
    };
    written.push(w);
    rows.push({
      Title: `Demande ${i}`, HCTicketId: w.ticketId, HCReceivedAt: receivedAt.toISOString(), HCStatus: status, HCTeamId: w.teamId, HCCategoryId: w.categoryId,
      HCChannel: w.channel, HCKind: 'assistance', HCLevel: 'L1', HCResolvedAt: resolvedAt ? resolvedAt.toISOString() : null,
      HCFirstResponseAt: status === 'new' ? null : new Date(receivedAt.getTime() + 3600000).toISOString(), HCSatisfaction: w.satisfaction ?? null,
      HCSatisfactionComment: w.satisfaction ? `Avis ${i}` : null, HCEscalatedAt: w.escalated ? new Date(receivedAt.getTime() + 7200000).toISOString() : null
    });
  }
  await addAll('HelpTicketStates', rows);
  // 80 searches, now (Created is when they are written).
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < 80; i++) {
    const e = { query: queries[i % 4], resultCount: i % 4 === 2 ? 0 : 3, opened: i % 4 !== 2 && i % 3 === 0, filed: i % 5 === 0 };
    eventsWritten.push(e);
    events.push({ HCQuery: e.query, HCResultCount: e.resultCount, HCOpenedArticleId: null, HCFiledTicket: e.filed, HCLanguage: 'fr' });
  }
  await addAll('SearchEvents', events, LEA);
}, 120000);

afterAll(() => emu.close());

const calendarFor = () => undefined;

it('reads an old period of a list above the threshold, and every figure matches the rows written', async () => {
  const period: ReportPeriod = { from: new Date('2026-08-31T22:00:00Z'), to: new Date('2026-10-31T23:00:00Z') };
  const repo = new ReportsRepository(sp(AGENT_L1), 50);
  const { reference, rows } = await repo.first(period);
  expect(reference.isReader).toBe(true);
  expect(reference.timeZone).toBe(TZ);
  expect(reference.sessions.map(x => x.key)).toEqual(['exams-2026-06']);
  expect(reference.targetsFor(categories[0])).toEqual({ firstResponseMinutes: 240, resolutionMinutes: 960 });
  // A critical request of the category counts with its priority's resolution target (the first response: the category's).
  expect(reference.targetsFor(categories[0], 'critical')).toEqual({ firstResponseMinutes: 240, resolutionMinutes: 240 });
  const now = new Date('2026-12-01T09:00:00Z');
  const f = computeTicketFigures({ period, filters: {}, now, timeZone: TZ, ...rows, calendarFor: reference.calendarFor, targetsFor: reference.targetsFor });
  const inP = (d?: Date) => !!d && d >= period.from && d < period.to;
  const received = written.filter(w => inP(w.receivedAt));
  const resolved = written.filter(w => inP(w.resolvedAt));
  expect(f.received).toBe(received.length);
  expect(f.received).toBeGreaterThan(50);
  expect(f.resolved).toBe(resolved.length);
  expect(f.months).toEqual(['2026-09', '2026-10'].map(key => ({
    key, received: received.filter(w => monthKey(w.receivedAt, TZ) === key).length, resolved: resolved.filter(w => monthKey(w.resolvedAt!, TZ) === key).length
  })));
  expect(f.backlog.open).toBe(written.filter(w => ['new', 'in_progress', 'awaiting_user'].includes(w.status)).length);
  expect(f.typology.channel.find(c => c.key === 'phone')!.count).toBe(received.filter(w => w.channel === 'phone').length);
  expect(f.typology.category.find(c => c.key === String(categories[1]))!.count).toBe(received.filter(w => w.categoryId === categories[1]).length);
  expect(f.escalation.count).toBe(received.filter(w => w.escalated).length);
  expect(f.noFollowUp.count).toBe(received.filter(w => w.status === 'no_follow_up').length);
  expect(f.satisfaction.answered).toBe(resolved.filter(w => w.satisfaction).length);
  expect(f.workDone.byTeam.find(t => t.key === String(teams[1]))!.count).toBe(resolved.filter(w => w.teamId === teams[1]).length);
  // Every resolved ticket answered within the hour: the first-response clock of the Wi-Fi category (4 h) is met.
  const wifiResolved = received.filter(w => w.categoryId === categories[0] && w.status !== 'new').length;
  expect(f.slaByCategory.find(c => c.key === String(categories[0]))!.firstResponseMet).toBe(wifiResolved);
  expect(calendarFor()).toBeUndefined();
});

it('filters change the figures; search events of the period make the funnel', async () => {
  const now = new Date();
  const period: ReportPeriod = { from: new Date(now.getTime() - 86400000), to: new Date(now.getTime() + 86400000) };
  const rows = await new ReportsRepository(sp(AGENT_L1), 50).rows(period);
  const s = computeSelfService(rows.events, period);
  expect(s.funnel.searches).toBe(eventsWritten.length);
  expect(s.funnel.filedTicket).toBe(eventsWritten.filter(e => e.filed).length);
  expect(s.funnel.withResults).toBe(eventsWritten.filter(e => e.resultCount > 0).length);
  expect(s.zeroResultQueries).toEqual([{ key: 'salle b204', count: 20 }]);
  const old: ReportPeriod = { from: new Date('2026-05-31T22:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
  const all = await new ReportsRepository(sp(AGENT_L1), 50).rows(old);
  const base = { period: old, now, timeZone: TZ, ...all, calendarFor: () => undefined, targetsFor: () => ({}) };
  const team0 = computeTicketFigures({ ...base, filters: { teamId: teams[0] } });
  const everyone = computeTicketFigures({ ...base, filters: {} });
  expect(everyone.received).toBe(240);
  expect(team0.received).toBe(120);
  expect(computeTicketFigures({ ...base, filters: { channel: 'email' } }).received).toBe(80);
});

it('a requester reads only her own rows: the page shows her no figures', async () => {
  const { reference, rows } = await new ReportsRepository(sp(LEA), 50).first({ from: new Date('2026-05-31T22:00:00Z'), to: new Date('2026-12-01T00:00:00Z') });
  expect(reference.isReader).toBe(false);
  expect(rows.received).toHaveLength(0);
});
