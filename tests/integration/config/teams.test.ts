// Teams and their hours configured from the product (issue 18), against the emulator: an owner writes a team with
// members and an exam period, and the form, the desk's SLA clock and the mails' reader get that very calendar at
// once; a refused draft writes nothing; two owners saving one team (the second gets a conflict with the first's
// version, the history names both); only owners write HelpTeams — over plain REST, whatever the page shows.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { DEMO_DOMAIN } from '../../../workbench/server/directory';
import { AGENT_L1, LEA, OWNER, as, setUpHelpCenter, start } from '../emulator/helpers';
import { TeamConflictError, TeamInvalidError, TeamRepository } from '../../../src/data/config/TeamRepository';
import { newCalendar, type TeamDraft } from '../../../src/domain/config/teamRules';
import { hoursNow } from '../../../src/domain/sla/hoursNow';
import { addBusinessMinutes } from '../../../src/domain/sla/calendar';
import { readDeskSettings } from '../../../src/data/tickets/deskSettings';
import { IntakeService } from '../../../src/data/intake/IntakeService';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../../src/domain/tickets/model';

const SECOND_OWNER = `antoine.lambert@${DEMO_DOMAIN}`;
let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
});
afterAll(() => emu.close());

const examWeek = (): TeamDraft['calendar']['weekly'] => {
  const w = newCalendar().weekly;
  (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).forEach(d => { w[d] = [{ start: '07:00', end: '12:00' }, { start: '13:00', end: '21:00' }]; });
  return w;
};
const draft = (d: Partial<TeamDraft> = {}): TeamDraft => ({
  title: 'Support des examens', titleEn: 'Exam support', level: 'L1', memberIds: [], queueEmail: 'examens@univ-exemple.fr',
  calendar: {
    ...newCalendar(),
    periods: [{ key: '', label: { fr: 'Session de décembre', en: 'December session' }, start: '2026-12-01', end: '2026-12-19', weekly: examWeek() }],
    holidays: [{ date: '2026-12-25', label: { fr: 'Noël', en: 'Christmas Day' } }]
  },
  ...d
});

it('an owner writes a team: the form, the desk\'s clock and the mails read that calendar at once', async () => {
  const repo = new TeamRepository(sp(OWNER));
  const agent = await repo.ensureUser(`i:0#.f|membership|${AGENT_L1}`);
  const team = await repo.add(draft({ memberIds: [agent.id] }));
  expect(team.members.map(m => m.email)).toEqual([AGENT_L1]);
  expect(team.calendar!.periods[0]).toMatchObject({ key: 'period-2026-12-01', label: { fr: 'Session de décembre', en: 'December session' } });
  expect((await repo.list()).map(t => t.title)).toEqual(['Support des examens']);

  // The form (as a student) and the desk (as an agent) read the saved calendar, not a copy kept somewhere.
  const form = (await new IntakeService(sp(LEA)).loadFormData()).teams.filter(t => t.id === team.id)[0];
  const desk = (await readDeskSettings(sp(AGENT_L1), DEFAULT_LIFECYCLE_SETTINGS)).calendarFor(team.id)!;
  expect(desk).toEqual(team.calendar);
  expect(JSON.parse(form.businessHours!)).toEqual(JSON.parse(JSON.stringify(team.calendar)));
  // Thursday 3 December 2026, 12:30 in Paris: the lunch break of the exam hours; 30 business minutes end at 13:30.
  const at = new Date('2026-12-03T11:30:00Z');
  expect(hoursNow(desk, at)).toMatchObject({ openNow: false, period: { key: 'period-2026-12-01' }, opensAt: new Date('2026-12-03T12:00:00Z') });
  expect(addBusinessMinutes(desk, at, 30)).toEqual(new Date('2026-12-03T12:30:00Z'));
});

it('refuses overlapping ranges, a period ending before it starts and a holiday given twice, before writing', async () => {
  const repo = new TeamRepository(sp(OWNER));
  const bad = draft({ title: 'Équipe refusée' });
  bad.calendar.weekly.mon = [{ start: '08:00', end: '12:00' }, { start: '11:30', end: '17:00' }];
  bad.calendar.periods[0] = { ...bad.calendar.periods[0], start: '2026-12-19', end: '2026-12-01' };
  bad.calendar.holidays.push({ date: '2026-12-25', label: { fr: 'Noël encore', en: '' } });
  const err = await repo.add(bad).catch(e => e);
  expect(err).toBeInstanceOf(TeamInvalidError);
  expect((err as TeamInvalidError).problems).toEqual([
    { field: 'calendar.weekly.mon', code: 'overlappingSlots' },
    { field: 'calendar.periods[0]', code: 'periodEndsBeforeStart' },
    { field: 'calendar.holidays[1]', code: 'duplicateHoliday' }
  ]);
  expect((await repo.list()).map(t => t.title)).toEqual(['Support des examens']);
});

it('two owners save one team: the second gets a conflict with the first\'s version; the history names both', async () => {
  const [first] = await new TeamRepository(sp(OWNER)).list();
  const mine = new TeamRepository(sp(OWNER));
  const theirs = new TeamRepository(sp(SECOND_OWNER));
  const read = (await theirs.get(first.id))!;
  await mine.update(first.id, first.etag, draft({ title: 'Support des examens (N1)' }));
  const err = await theirs.update(first.id, read.etag, draft({ queueEmail: 'autre@univ-exemple.fr' })).catch(e => e);
  expect(err).toBeInstanceOf(TeamConflictError);
  expect((err as TeamConflictError).current).toMatchObject({ title: 'Support des examens (N1)', queueEmail: 'examens@univ-exemple.fr' });
  const saved = await theirs.update(first.id, (err as TeamConflictError).current!.etag, draft({ title: 'Support des examens (N1)', queueEmail: 'autre@univ-exemple.fr' }));
  expect(saved.queueEmail).toBe('autre@univ-exemple.fr');
  const history = await mine.history(first.id);
  expect(history.map(v => v.by)).toEqual(['Antoine Lambert', 'Claire Martin', 'Claire Martin']);
  expect(history[2].calendar!.periods.map(p => p.label!.fr)).toEqual(['Session de décembre']);
});

it('only owners write HelpTeams: an agent\'s and a student\'s writes are refused, over plain REST too', async () => {
  const [team] = await new TeamRepository(sp(OWNER)).list();
  for (const who of [AGENT_L1, LEA]) {
    const err = await new TeamRepository(sp(who)).update(team.id, team.etag, draft({ title: 'Prise de contrôle' })).catch(e => e);
    expect(err).not.toBeInstanceOf(TeamConflictError);
    expect((err as { status?: number }).status).toBe(403);
  }
  const url = `${emu.siteUrl}/_api/web/lists/getByTitle('HelpTeams')/items`;
  const body = JSON.stringify({ Title: 'Équipe pirate', HCLevel: 'L1', HCBusinessHours: '{"timeZone":"Europe/Paris","weekly":{"sun":[{"start":"00:00","end":"24:00"}]}}' });
  const headers = (who: string): Record<string, string> => ({ ...as(emu, who), Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata' });
  expect((await fetch(url, { method: 'POST', headers: headers(AGENT_L1), body })).status).toBe(403);
  expect((await fetch(url, { method: 'POST', headers: headers(LEA), body })).status).toBe(403);
  expect((await new TeamRepository(sp(OWNER)).get(team.id))!.title).toBe('Support des examens (N1)');
});
