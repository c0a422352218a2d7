// The settings area's codecs (issue 18): each section's checks, the stored JSON ↔ form round trip keeping the keys the
// form does not know, the product's defaults (and a report) for a missing or malformed value, and every seeded setting
// read and written back unchanged — the values written are exactly what the readers parse.
import { ATTACHMENTS, DELAYS, extensionList, type SettingCodec, type SettingProblem } from '../../../src/domain/config/settingRules';
import { CONTACT, DESK, HOURS, SYNONYMS, synonymGroups } from '../../../src/domain/config/settingTextRules';
import { DEFAULT_ATTACHMENT_LIMITS, parseAttachmentLimits, validateFiles } from '../../../src/domain/intake';
import { parseCalendar } from '../../../src/domain/sla/calendar';
import { DEFAULT_SYNONYMS } from '../../../src/domain/search/synonyms';
import { parseContact } from '../../../src/data/home/homeModel';
import { SETTINGS } from '../../../workbench/seed/data/settings';

const seeded = (key: string): string => SETTINGS.filter(s => s.key === key)[0].value;
const codes = (problems: SettingProblem[]): string[] => problems.map(p => `${p.field}:${p.code}${p.value ? `:${p.value}` : ''}`);

describe('delays (tickets.autoClose)', () => {
  const form = (resolved: string, reminder: string, noFollowUp: string): Parameters<typeof DELAYS.check>[0] =>
    ({ resolvedToClosedDays: resolved, awaitingUserReminderDays: reminder, awaitingUserToNoFollowUpDays: noFollowUp });
  it.each([
    [form('7', '3', '10'), []],
    [form('0', '', '0'), []],
    [form('', '3', '10'), ['resolvedToClosedDays:required']],
    [form('2.5', '3', '10'), ['resolvedToClosedDays:notWhole']],
    [form('-1', '3', '10'), ['resolvedToClosedDays:notWhole']],
    [form('366', '3', '10'), ['resolvedToClosedDays:range']],
    [form('7', '10', '10'), ['awaitingUserReminderDays:reminderNotBefore']],
    [form('7', '12', '10'), ['awaitingUserReminderDays:reminderNotBefore']],
    [form('7', '0', '10'), ['awaitingUserReminderDays:range']],
    [form('7', '5', '0'), []],
    [form('7', '3', '61'), ['awaitingUserToNoFollowUpDays:range']],
    [form('7', 'trois', 'dix'), ['awaitingUserReminderDays:notWhole', 'awaitingUserToNoFollowUpDays:notWhole']]
  ])('%j → %j', (f, expected) => {
    expect(codes(DELAYS.check(f))).toEqual(expected);
  });

  it('names the largest reminder accepted', () => {
    expect(DELAYS.check(form('7', '10', '10'))[0]).toEqual({ field: 'awaitingUserReminderDays', code: 'reminderNotBefore', max: 9 });
  });

  it('writes what the desk reads, keeping the keys it does not know', () => {
    const read = DELAYS.read(JSON.stringify({ resolvedToClosedDays: 7, awaitingUserToNoFollowUpDays: 10, futureKey: { a: 1 } }));
    expect(read.malformed).toBe(false);
    expect(read.form).toEqual(form('7', '', '10'));
    const written = JSON.parse(DELAYS.write({ ...read.form, awaitingUserReminderDays: ' 4 ', resolvedToClosedDays: '14' }, read.kept));
    expect(written).toEqual({ futureKey: { a: 1 }, resolvedToClosedDays: 14, awaitingUserReminderDays: 4, awaitingUserToNoFollowUpDays: 10 });
  });

  it('shows the lifecycle defaults for a missing or malformed value, and reports the malformed one', () => {
    expect(DELAYS.read(undefined)).toEqual({ malformed: false, kept: {}, form: form('7', '', '5') });
    expect(DELAYS.read('{"resolvedToClosedDays": 7,')).toEqual({ malformed: true, kept: {}, form: form('7', '', '5') });
    expect(DELAYS.read('[1, 2]').malformed).toBe(true);
  });
});

describe('attachments (attachments.limits)', () => {
  const form = (size: string, files: string, exts: string): Parameters<typeof ATTACHMENTS.check>[0] => ({ maxFileSizeMb: size, maxFiles: files, allowedExtensions: exts });
  it.each([
    [form('10', '5', '.pdf, png'), []],
    [form('250', '20', 'pdf'), []],
    [form('251', '5', 'pdf'), ['maxFileSizeMb:range']],
    [form('0', '5', 'pdf'), ['maxFileSizeMb:range']],
    [form('1.5', '5', 'pdf'), ['maxFileSizeMb:notWhole']],
    [form('10', '21', 'pdf'), ['maxFiles:range']],
    [form('10', '5', ' , '), ['allowedExtensions:required']],
    [form('10', '5', '.pdf, .exe, .JS'), ['allowedExtensions:blockedExtension:.exe', 'allowedExtensions:blockedExtension:.js']],
    [form('10', '5', '.pdf, .p*f, .tar.gz'), ['allowedExtensions:invalidExtension:.p*f', 'allowedExtensions:invalidExtension:.tar.gz']]
  ])('%j → %j', (f, expected) => {
    expect(codes(ATTACHMENTS.check(f))).toEqual(expected);
  });

  it('lists extensions lower-case, dotted, once', () => {
    expect(extensionList('PDF, .png;.png  docx')).toEqual(['.pdf', '.png', '.docx']);
  });

  it('writes what the ticket form reads: a file over the new limit is refused', () => {
    const read = ATTACHMENTS.read(seeded('attachments.limits'));
    const limits = parseAttachmentLimits(ATTACHMENTS.write({ ...read.form, maxFileSizeMb: '2', allowedExtensions: 'PDF, png' }, read.kept));
    expect(limits).toEqual({ maxFileSizeMb: 2, maxFiles: 5, allowedExtensions: ['.pdf', '.png'] });
    expect(validateFiles([{ name: 'scan.pdf', size: 3 * 1024 * 1024 }], limits).map(e => e.code)).toEqual(['tooLarge']);
    expect(validateFiles([{ name: 'scan.pdf', size: 2 * 1024 * 1024 }], limits)).toEqual([]);
  });

  it('shows the product\'s defaults for a malformed value', () => {
    const read = ATTACHMENTS.read('maxFileSizeMb=10');
    expect(read.malformed).toBe(true);
    expect(read.form.maxFileSizeMb).toBe(String(DEFAULT_ATTACHMENT_LIMITS.maxFileSizeMb));
    expect(extensionList(read.form.allowedExtensions)).toEqual(DEFAULT_ATTACHMENT_LIMITS.allowedExtensions);
  });
});

describe('contact and desk (helpdesk.contact, helpdesk.desk)', () => {
  const contact = { phone: '+33 1 84 88 47 84', examPhone: '', email: 'assistance@univ-exemple.fr', noteFr: 'Note', noteEn: '' };
  it.each([
    [contact, []],
    [{ ...contact, phone: '01.84.88.47.84', examPhone: '(+33) 1-84-88' }, ['examPhone:invalidPhone']],
    [{ ...contact, phone: '+33 1 84 88 47 84 ext 2' }, ['phone:invalidPhone']],
    [{ ...contact, phone: '12345' }, ['phone:invalidPhone']],
    [{ ...contact, email: 'assistance@' }, ['email:invalidEmail']],
    [{ ...contact, email: 'a b@univ.fr' }, ['email:invalidEmail']],
    [{ ...contact, noteEn: 'x'.repeat(201) }, ['noteEn:tooLong']]
  ])('%j → %j', (f, expected) => {
    expect(codes(CONTACT.check(f))).toEqual(expected);
  });

  it('writes what the home reads, keeping other keys; an empty line is left out', () => {
    const read = CONTACT.read(JSON.stringify({ ...JSON.parse(seeded('helpdesk.contact')), location: { fr: 'Bât. A', en: 'Bldg A' } }));
    const value = CONTACT.write({ ...read.form, examPhone: ' ', noteEn: '' }, read.kept);
    expect(parseContact(value)).toEqual({
      phone: '+33 1 84 88 47 84', email: 'assistance@univ-exemple.fr', location: { fr: 'Bât. A', en: 'Bldg A' },
      note: { fr: read.form.noteFr, en: read.form.noteFr }
    });
  });

  it('reads a desk as { fr, en } or as plain text; other JSON is reported', () => {
    expect(DESK.read(seeded('helpdesk.desk')).form.en).toMatch(/^Building A/);
    expect(DESK.read('Bâtiment B')).toEqual({ malformed: false, kept: {}, form: { fr: 'Bâtiment B', en: 'Bâtiment B' } });
    expect(DESK.read('42').malformed).toBe(true);
    expect(codes(DESK.check({ fr: 'x'.repeat(201), en: '' }))).toEqual(['fr:tooLong']);
    expect(JSON.parse(DESK.write({ fr: '  Bâtiment  B ', en: '' }, {}))).toEqual({ fr: 'Bâtiment B', en: '' });
  });
});

describe('synonyms (search.synonyms)', () => {
  it('reads the seeded groups as one line each, accents kept, and writes them back', () => {
    const read = SYNONYMS.read(seeded('search.synonyms'));
    const lines = read.form.text.split('\n');
    expect(lines[1]).toBe('pwd, password, passcode');
    expect(lines[lines.length - 2]).toBe('tbi, tableau blanc interactif, tni, tableau numérique interactif, interactive whiteboard');
    expect(JSON.parse(SYNONYMS.write(read.form, read.kept))).toEqual(JSON.parse(seeded('search.synonyms')));
  });

  it('refuses a line of one term and a term too long, naming the line; blank lines are skipped', () => {
    expect(codes(SYNONYMS.check({ text: 'mdp, mot de passe\n\nimprimante\n' }))).toEqual(['text:groupTooSmall:3']);
    expect(codes(SYNONYMS.check({ text: `a, ${'b'.repeat(101)}` }))).toEqual(['text:termTooLong:1']);
    expect(synonymGroups(' a ,b,, \n\n c, d ')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('shows the product\'s list when none is stored or it is malformed', () => {
    expect(SYNONYMS.read(undefined).form.text.split('\n').length).toBe(DEFAULT_SYNONYMS.length);
    expect(SYNONYMS.read('{"a": 1}').malformed).toBe(true);
  });
});

describe('default business hours (businessHours.default)', () => {
  it('round-trips the seeded calendar through the SLA module\'s parser', () => {
    const read = HOURS.read(seeded('businessHours.default'));
    expect(read.malformed).toBe(false);
    expect(HOURS.check(read.form)).toEqual([]);
    const written = parseCalendar(HOURS.write(read.form, read.kept));
    expect(written.ok && written.calendar).toEqual(read.form.calendar);
  });

  it('refuses a range ending before it starts, at its place in the calendar', () => {
    const read = HOURS.read(seeded('businessHours.default'));
    const calendar = { ...read.form.calendar, weekly: { ...read.form.calendar.weekly, mon: [{ start: '18:00', end: '08:00' }] } };
    expect(HOURS.check({ calendar }).map(p => p.field)).toEqual(['calendar.weekly.mon[0]']);
  });

  it('starts from Monday–Friday 8:00–18:00 when the stored calendar is unreadable', () => {
    const read = HOURS.read('{"timeZone":"Mars/Olympus"}');
    expect(read.malformed).toBe(true);
    expect(read.form.calendar.weekly.mon).toEqual([{ start: '08:00', end: '18:00' }]);
  });
});

it('reads and writes back every seeded setting the area edits unchanged (the readers see the same values)', () => {
  const codecs: SettingCodec<unknown>[] = [DELAYS, ATTACHMENTS, CONTACT, DESK, SYNONYMS] as SettingCodec<unknown>[];
  for (const codec of codecs) {
    const read = codec.read(seeded(codec.key));
    expect([codec.key, read.malformed, codec.check(read.form)]).toEqual([codec.key, false, []]);
    expect([codec.key, JSON.parse(codec.write(read.form, read.kept))]).toEqual([codec.key, JSON.parse(seeded(codec.key))]);
  }
});
