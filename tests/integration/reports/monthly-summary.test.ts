// Issue 17 against the emulator: the managers group reads the reports and writes nothing of the desk's; the monthly
// summary reaches each subscriber still allowed to read the reports once per month (two desks queuing at once), in
// their language, and nobody who left the managers group, unsubscribed, or never could subscribe.
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, graphAs, setUpHelpCenter, spError, start } from '../emulator/helpers';
import { ReportsRepository } from '../../../src/data/reports/ReportsRepository';
import { ReportSubscriptionStore } from '../../../src/data/reports/subscriptions';
import { queueMonthlySummary } from '../../../src/data/reports/monthlySummaryQueue';
import { agentPermissionRead } from '../../../src/data/tickets/roles';
import { HELP_CENTER_GROUPS } from '../../../src/data/schema';
import { computeTicketFigures, type ReportPeriod } from '../../../src/domain/reports';

const HELENE = `helene.faure@${DEMO_DOMAIN}`;
const PHILIPPE = `philippe.garnier@${DEMO_DOMAIN}`;
const EMILY = `emily.clarke@${DEMO_DOMAIN}`;
const JULIE = `julie.petit@${DEMO_DOMAIN}`;
const REPORTS = 'https://contoso.example/sites/helpcenter/SitePages/Reports.aspx';
const NOVEMBER: ReportPeriod = { from: new Date('2026-10-31T23:00:00Z'), to: new Date('2026-11-30T23:00:00Z') };
const IN_DECEMBER = new Date('2026-12-02T09:00:00Z');

let emu: Emulator;
let sp: (user: string) => SPFI;
const managers = (): string => HELP_CENTER_GROUPS.find(g => g.key === 'managers')!.title.replace(/'/g, "''");

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1, JULIE]);
  // Emily signs in with her UPN (eclarke@), which her claim holds.
  for (const m of [HELENE, PHILIPPE, `eclarke@${DEMO_DOMAIN}`]) await sp(OWNER).web.siteGroups.getByName(managers()).users.add(`i:0#.f|membership|${m}`);
  const slots = [{ start: '08:00', end: '18:00' }];
  const hours = { timeZone: 'Europe/Paris', weekly: { mon: slots, tue: slots, wed: slots, thu: slots, fri: slots, sat: [], sun: [] }, periods: [], holidays: [] };
  await sp(OWNER).web.lists.getByTitle('HelpSettings').items.add({ Title: 'hours', HCSettingKey: 'businessHours.default', HCValue: JSON.stringify(hours) });
  const category = await sp(OWNER).web.lists.getByTitle('HelpCategories').items.add({ Title: 'Wi-Fi', HCFirstResponseHours: 4, HCResolutionHours: 16 });
  const states = sp(OWNER).web.lists.getByTitle('HelpTicketStates').items;
  // November, Monday 2 to Friday 6 at 10:00 in Paris: 5 received, answered in 30 min; 3 resolved in 2 h (two rated 4
  // and 5); one closed without follow-up, one still open.
  for (let i = 0; i < 5; i++) {
    const receivedAt = new Date(Date.UTC(2026, 10, 2 + i, 9));
    const resolved = i < 3;
    await states.add({
      Title: `Demande ${i}`, HCTicketId: 100 + i, HCReceivedAt: receivedAt.toISOString(), HCStatus: resolved ? 'closed' : i === 3 ? 'no_follow_up' : 'in_progress',
      HCResolvedAt: resolved ? new Date(receivedAt.getTime() + 7200000).toISOString() : null, HCFirstResponseAt: new Date(receivedAt.getTime() + 1800000).toISOString(),
      HCSatisfaction: i === 0 ? 4 : i === 1 ? 5 : null, HCKind: 'assistance', HCLevel: 'L1', HCChannel: 'portal', HCCategoryId: category.Id
    });
  }
}, 120000);

afterAll(() => emu.close());

it('a manager reads every state for the reports, and is neither an agent nor a writer (403)', async () => {
  const { reference, rows } = await new ReportsRepository(sp(HELENE)).first(NOVEMBER);
  expect(reference.isReader).toBe(true);
  const f = computeTicketFigures({ period: NOVEMBER, filters: {}, now: IN_DECEMBER, timeZone: reference.timeZone, ...rows, calendarFor: reference.calendarFor, targetsFor: reference.targetsFor });
  expect(f.received).toBe(5);
  expect(f.resolved).toBe(3);
  const [batched, execute] = sp(HELENE).batched();
  const agent = agentPermissionRead(batched);
  await execute();
  expect(await agent).toBe(false);
  const states = sp(HELENE).web.lists.getByTitle('HelpTicketStates').items;
  expect((await spError(states.add({ Title: 'x', HCTicketId: 999, HCStatus: 'new' }))).status).toBe(403);
  const first = (await states.select('Id').top(1)<{ Id: number }[]>())[0];
  expect((await spError(states.getById(first.Id).update({ HCStatus: 'resolved' }))).status).toBe(403);
  expect([403, 404]).toContain((await spError(sp(HELENE).web.lists.getByTitle('HelpNotifications').items.top(1)())).status);
});

it('queues one summary per subscriber still allowed, once, with two desks at once; in the reader\'s language', async () => {
  for (const who of [HELENE, PHILIPPE, EMILY, AGENT_L1]) {
    const store = new ReportSubscriptionStore(sp(who));
    await store.save(true, await store.mine());
  }
  // A member who is no reader cannot even record the choice.
  expect([403, 404]).toContain((await spError(sp(LEA).web.lists.getByTitle('ReportSubscriptions').items.add({ HCMonthlySummary: true }))).status);
  // Philippe leaves the managers group after subscribing.
  const philippe = await sp(OWNER).web.siteUsers.getByEmail(PHILIPPE)();
  await sp(OWNER).web.siteGroups.getByName(managers()).users.removeById(philippe.Id);
  const [a, b] = await Promise.all([
    queueMonthlySummary(sp(AGENT_L1), graphAs(emu, AGENT_L1), REPORTS, IN_DECEMBER),
    queueMonthlySummary(sp(JULIE), graphAs(emu, JULIE), REPORTS, IN_DECEMBER)
  ]);
  expect(a.month).toBe('2026-11');
  expect(b.month).toBe('2026-11');
  const mails = emu.outbox().filter(m => /Résumé du mois|Monthly summary/.test(m.subject));
  expect(mails.map(m => m.to[0]).sort()).toEqual([AGENT_L1, EMILY, HELENE].sort());
  const rows = await sp(OWNER).web.lists.getByTitle('HelpNotifications').items.select('HCChangeKey').filter("HCTemplate eq 'reports_monthly_summary'")<{ HCChangeKey: string }[]>();
  expect(rows.map(r => r.HCChangeKey).sort()).toEqual([AGENT_L1, EMILY, HELENE].map(e => `reports-summary:2026-11|${e}`).sort());
  // As a mail reader shows it (the template's values are HTML-escaped, '/' and '=' included).
  const text = (html: string): string => html.replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=');
  const helene = mails.find(m => m.to[0] === HELENE)!;
  expect(helene.subject).toBe('[Centre d\'aide] Résumé du mois\u00a0: novembre 2026');
  expect(helene.body).toContain('Bonjour Hélène Faure');
  expect(helene.body).toMatch(/Reçues<\/th><td[^>]*>5<\/td>/);
  expect(helene.body).toMatch(/Résolues<\/th><td[^>]*>3<\/td>/);
  expect(text(helene.body)).toContain('4,5\u00a0/\u00a05 en moyenne sur 2\u00a0avis');
  expect(helene.body).toMatch(/Première réponse, médiane<\/th><td[^>]*>30 min<\/td>/);
  expect(helene.body).toMatch(/Résolution, médiane<\/th><td[^>]*>2 h<\/td>/);
  expect(helene.body).toMatch(/Première réponse dans le délai cible<\/th><td[^>]*>100\s%\s\(5 sur 5\)<\/td>/);
  expect(helene.body).toContain('Ouvertes au 2 décembre 2026');
  expect(text(helene.body)).toContain(`href="${REPORTS}?period=2026-11"`);
  const emily = mails.find(m => m.to[0] === EMILY)!;
  expect(emily.subject).toBe('[Help center] Monthly summary: November 2026');
  expect(text(emily.body)).toContain('4.5 / 5 on average from 2 ratings');
  expect(emily.body).toMatch(/Resolution within target<\/th><td[^>]*>100% \(3 of 3\)<\/td>/);
  // A later visit the same month queues nothing more, and reads no figure: the subscriptions, the outbox's keys, the
  // rights of the one subscriber who has none (Philippe, refused again).
  emu.clearRequests();
  const again = await queueMonthlySummary(sp(AGENT_L1), graphAs(emu, AGENT_L1), REPORTS, new Date('2026-12-20T09:00:00Z'));
  expect(again).toEqual({ month: '2026-11', results: [], unchecked: 0 });
  expect(emu.requests().length).toBe(3);
  expect(emu.outbox().filter(m => /Résumé du mois|Monthly summary/.test(m.subject))).toHaveLength(3);
});

it('a manager who unsubscribed gets nothing the next month; a rewritten choice counts for nobody', async () => {
  const store = new ReportSubscriptionStore(sp(HELENE));
  await store.save(false, await store.mine());
  expect((await store.mine()).subscribed).toBe(false);
  // An agent turning Emily's choice back on does not subscribe her (Author ≠ Editor) — and she had it on: now off.
  const emilyItem = (await new ReportSubscriptionStore(sp(EMILY)).mine()).itemId!;
  await sp(AGENT_L1).web.lists.getByTitle('ReportSubscriptions').items.getById(emilyItem).update({ HCMonthlySummary: true });
  const run = await queueMonthlySummary(sp(AGENT_L1), graphAs(emu, AGENT_L1), REPORTS, new Date('2027-01-04T09:00:00Z'));
  expect(run.month).toBe('2026-12');
  expect(run.results.map(r => r.email)).toEqual([AGENT_L1]);
});
