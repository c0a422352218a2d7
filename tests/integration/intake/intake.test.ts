// The ticket form's reference data in one batched request, and the people search, on the demo site.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, start } from '../emulator/helpers';
import { SiteProvisioner } from '../../../src/data/provisioning';
import { IntakeService } from '../../../src/data/intake';
import { seedDemoData } from '../../../workbench/seed';
import { CATEGORIES } from '../../../workbench/seed/data/categories';
import { LOCATIONS } from '../../../workbench/seed/data/locations';

let emu: Emulator;
let sp: (user: string) => SPFI;

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await new SiteProvisioner(sp(OWNER)).apply();
  await seedDemoData(emu, { ticketCount: 10 });
});
afterAll(() => emu.close());

function apiRequests(): string[] {
  return emu.requests().filter((r) => /\/_api\//.test(r.path)).map((r) => `${r.method} ${r.path}`);
}

it('reads categories, locations, teams, settings and who the person is in one $batch', async () => {
  const service = new IntakeService(sp(LEA));
  emu.clearRequests();
  const data = await service.loadFormData();
  expect(apiRequests()).toEqual([expect.stringMatching(/^POST .*\/_api\/\$batch$/)]);
  expect(data.categories).toHaveLength(CATEGORIES.length);
  expect(data.locations).toHaveLength(LOCATIONS.length);
  expect(data.teams.length).toBeGreaterThan(1);
  expect(Object.keys(data.settings)).toEqual(expect.arrayContaining(['attachments.limits', 'businessHours.default']));
  expect(data.isAgent).toBe(false);
  const exams = data.categories.find((c) => c.titleEn.startsWith('Online exams') || c.requiredFields.includes('screenshot'))!;
  expect(exams.requiredFields).toEqual(expect.arrayContaining(['course', 'screenshot']));
  expect((await new IntakeService(sp(AGENT_L1)).loadFormData()).isAgent).toBe(true);
});

it('finds people of the tenant and resolves them to site users', async () => {
  const service = new IntakeService(sp(LEA));
  const found = await service.searchPeople('moreau');
  expect(found).toEqual([{ loginName: `i:0#.f|membership|${TEACHER}`, displayName: 'Prof. Jean Moreau', email: TEACHER }]);
  expect(await service.searchPeople('m')).toEqual([]);
  const id = await service.ensureUserId(found[0].loginName);
  expect((await sp(OWNER).web.getUserById(id).select('Email')()).Email).toBe(TEACHER);
});
