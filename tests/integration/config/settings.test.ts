// The help center's settings configured from the product (issue 18), against the emulator: a missing item (an older
// site) is created on save; a refused form writes nothing; saves go with the item's ETag (a second owner saving over
// the same version gets a conflict with the first's value, the keys the form does not know are kept); the desk and the
// request form read the new values at once; a stored value someone broke by hand is reported and replaced; a
// requester's or an agent's write is refused by SharePoint; the versions tell who changed what.
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../../../workbench/server';
import { AGENT_L1, LEA, OWNER, TEACHER, setUpHelpCenter, spError, start } from '../emulator/helpers';
import { SettingConflictError, SettingInvalidError, SettingRepository } from '../../../src/data/config/SettingRepository';
import { ATTACHMENTS, DELAYS } from '../../../src/domain/config/settingRules';
import { DESK } from '../../../src/domain/config/settingTextRules';
import { readDeskSettings } from '../../../src/data/tickets/deskSettings';
import { IntakeService } from '../../../src/data/intake/IntakeService';
import { parseAttachmentLimits } from '../../../src/domain/intake';
import { DEFAULT_LIFECYCLE_SETTINGS } from '../../../src/domain/tickets/model';

let emu: Emulator;
let sp: (user: string) => SPFI;
const SECOND_OWNER = TEACHER;
const settingsList = (who: string): ReturnType<SPFI['web']['lists']['getByTitle']> => sp(who).web.lists.getByTitle('HelpSettings');

beforeAll(async () => {
  const s = await start();
  emu = s.emu;
  sp = s.sp;
  await setUpHelpCenter(sp, [AGENT_L1]);
  const owners = await sp(OWNER).web.associatedOwnerGroup();
  await sp(OWNER).web.siteGroups.getById(owners.Id).users.add(`i:0#.f|membership|${SECOND_OWNER}`);
});
afterAll(() => emu.close());

it('creates a missing setting on save; a refused form writes nothing; the desk reads the new delays at once', async () => {
  const repo = new SettingRepository(sp(OWNER));
  const read = (await repo.read([DELAYS.key]))[DELAYS.key];
  expect(read.id).toBeUndefined();
  const form = DELAYS.read(read.value).form;
  const refused = await repo.save(DELAYS, read, { ...form, awaitingUserReminderDays: '6', awaitingUserToNoFollowUpDays: '4' }).catch(e => e);
  expect(refused).toBeInstanceOf(SettingInvalidError);
  expect((refused as SettingInvalidError).problems).toEqual([{ field: 'awaitingUserReminderDays', code: 'reminderNotBefore', max: 3 }]);
  expect((await repo.get(DELAYS.key)).id).toBeUndefined();

  const saved = await repo.save(DELAYS, read, { resolvedToClosedDays: '12', awaitingUserReminderDays: '2', awaitingUserToNoFollowUpDays: '4' });
  expect(saved.id).toBeGreaterThan(0);
  expect(saved.editor).toBe('Claire Martin');
  expect(JSON.parse(saved.value!)).toEqual({ resolvedToClosedDays: 12, awaitingUserReminderDays: 2, awaitingUserToNoFollowUpDays: 4 });
  const desk = await readDeskSettings(sp(AGENT_L1), DEFAULT_LIFECYCLE_SETTINGS);
  expect(desk.lifecycle).toEqual({ ...DEFAULT_LIFECYCLE_SETTINGS, autoCloseResolvedAfterDays: 12, awaitingUserMaxBusinessDays: 4, awaitingUserReminderBusinessDays: 2 });
});

it('saves over the version read, keeping unknown keys; a second owner saving over the same version gets the first one\'s value', async () => {
  await settingsList(OWNER).items.add({ Title: ATTACHMENTS.key, HCSettingKey: ATTACHMENTS.key, HCValue: JSON.stringify({ maxFileSizeMb: 10, maxFiles: 5, allowedExtensions: ['.pdf'], scanner: 'on' }) });
  const first = new SettingRepository(sp(OWNER));
  const second = new SettingRepository(sp(SECOND_OWNER));
  const [a, b] = await Promise.all([first.get(ATTACHMENTS.key), second.get(ATTACHMENTS.key)]);
  const saved = await first.save(ATTACHMENTS, a, { ...ATTACHMENTS.read(a.value).form, maxFileSizeMb: '2' });
  expect(JSON.parse(saved.value!)).toEqual({ maxFileSizeMb: 2, maxFiles: 5, allowedExtensions: ['.pdf'], scanner: 'on' });

  const err = await second.save(ATTACHMENTS, b, { ...ATTACHMENTS.read(b.value).form, maxFiles: '3' }).catch(e => e);
  expect(err).toBeInstanceOf(SettingConflictError);
  const current = (err as SettingConflictError).current;
  expect([current.editor, JSON.parse(current.value!).maxFileSizeMb]).toEqual(['Claire Martin', 2]);
  // The request form reads the saved limit when it opens.
  const intake = await new IntakeService(sp(LEA)).loadFormData();
  expect(parseAttachmentLimits(intake.settings[ATTACHMENTS.key]).maxFileSizeMb).toBe(2);

  // "Save mine anyway": over their version, their keys kept.
  const mine = await second.save(ATTACHMENTS, current, { ...ATTACHMENTS.read(b.value).form, maxFiles: '3' });
  expect(JSON.parse(mine.value!)).toEqual({ maxFileSizeMb: 10, maxFiles: 3, allowedExtensions: ['.pdf'], scanner: 'on' });
  const history = await first.history(mine.id!);
  expect(history.map(v => [v.label, v.by])).toEqual([['3.0', 'Prof. Jean Moreau'], ['2.0', 'Claire Martin'], ['1.0', 'Claire Martin']]);
});

it('reports a value broken by hand, shows the defaults and replaces it on save', async () => {
  const added = await settingsList(OWNER).items.add({ Title: DESK.key, HCSettingKey: DESK.key, HCValue: '[1, 2' });
  expect(added.Id).toBeGreaterThan(0);
  const repo = new SettingRepository(sp(OWNER));
  const read = await repo.get(DESK.key);
  // Not JSON: a plain-text desk, shown in both languages (the home does the same).
  expect(DESK.read(read.value)).toEqual({ malformed: false, kept: {}, form: { fr: '[1, 2', en: '[1, 2' } });
  await settingsList(OWNER).items.getById(read.id!).update({ HCValue: '[1, 2]' });
  const broken = await repo.get(DESK.key);
  expect(DESK.read(broken.value).malformed).toBe(true);
  const saved = await repo.save(DESK, broken, { fr: 'Bâtiment A, bureau A012', en: 'Building A, room A012' });
  expect(JSON.parse(saved.value!)).toEqual({ fr: 'Bâtiment A, bureau A012', en: 'Building A, room A012' });
});

it('refuses a requester\'s or an agent\'s write to HelpSettings (SharePoint, whatever the page shows)', async () => {
  for (const who of [LEA, AGENT_L1]) {
    const repo = new SettingRepository(sp(who));
    const read = await repo.get(DELAYS.key);
    expect(read.id).toBeGreaterThan(0);
    const err = await repo.save(DELAYS, read, { ...DELAYS.read(read.value).form, resolvedToClosedDays: '1' }).catch(e => e);
    expect(err).not.toBeInstanceOf(SettingConflictError);
    expect([401, 403]).toContain((err as { status?: number }).status);
    const e = await spError(settingsList(who).items.getById(read.id!).update({ HCValue: '{}' }));
    expect([401, 403]).toContain(e.status);
  }
  expect(JSON.parse((await new SettingRepository(sp(OWNER)).get(DELAYS.key)).value!).resolvedToClosedDays).toBe(12);
});
