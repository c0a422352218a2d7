import { helpCenterStrings as strings } from '../../../../workbench/host/runtime/allStrings';
import * as sla from '../../../../src/domain/sla';
import { queueRow as row } from '../../domain/queueRowFixture';
import type { IntakeFormData } from '../../../../src/data/intake/IntakeService';
import { alarmFrom, calendarFor, clockText, formatMinutes, snapshotReader, targetsFor } from '../../../../src/ui/desk/deskSla';

const OFFICE = { timeZone: 'Europe/Paris', weekly: { mon: [{ start: '08:00', end: '18:00' }], tue: [{ start: '08:00', end: '18:00' }], wed: [{ start: '08:00', end: '18:00' }],
  thu: [{ start: '08:00', end: '18:00' }], fri: [{ start: '08:00', end: '18:00' }], sat: [], sun: [] }, periods: [], holidays: [] };
const REF = {
  categories: [{ id: 3, titleFr: 'Moodle', titleEn: 'Moodle', formFields: [], requiredFields: [], firstResponseHours: 4, resolutionHours: 16, approvalRequired: false, sortOrder: 1,
    slaByPriority: JSON.stringify({ critical: { firstResponseHours: 0.5, resolutionHours: 4 }, low: { resolutionHours: 40 } }) }],
  locations: [], teams: [{ id: 7, titleFr: 'E-learning', titleEn: 'E-learning', memberIds: [], businessHours: JSON.stringify(OFFICE) }, { id: 8, titleFr: 'Sans horaires', titleEn: 'No hours', memberIds: [] }],
  settings: { 'businessHours.default': JSON.stringify({ ...OFFICE, weekly: { ...OFFICE.weekly, sat: [{ start: '09:00', end: '12:00' }] } }) }, currentUserId: 1, isAgent: true
} as unknown as IntakeFormData;

describe('the desk\'s SLA texts', () => {
  it.each([[0, '0 min'], [45, '45 min'], [60, '1 h 00'], [125, '2 h 05'], [-125, '2 h 05'], [600 * 3 + 7, '30 h 07']])('formats %i business minutes as %s', (m, text) => {
    expect(formatMinutes(m, strings.desk.sla)).toBe(text);
  });

  it.each([
    ['ok', 90, 'Reste 1 h 30'], ['at_risk', 20, 'À risque : reste 20 min'], ['breached', -135, 'En retard de 2 h 15'], ['breached', 10, 'Délai dépassé'],
    ['paused', 300, 'En pause (reste 5 h 00)'], ['met', 10, 'Délai tenu']
  ] as const)('a %s clock with %i minutes left reads "%s"', (state, remaining, text) => {
    expect(clockText({ state, remainingMinutes: remaining, targetMinutes: 240, elapsedMinutes: 240 - remaining }, strings.desk.sla)).toBe(text);
  });
});

describe('the queue rows\' clocks', () => {
  it('take the category\'s targets and the team\'s calendar, or the site\'s default hours', () => {
    expect(targetsFor(sla, REF, 3, 'normal')).toEqual({ firstResponseMinutes: 240, resolutionMinutes: 960 });
    expect(targetsFor(sla, REF, 99, 'normal')).toEqual({ firstResponseMinutes: undefined, resolutionMinutes: undefined });
    expect(calendarFor(sla, REF, 7)!.weekly.sat).toEqual([]);
    expect(calendarFor(sla, REF, 8)!.weekly.sat).toEqual([{ start: '09:00', end: '12:00' }]);
  });

  it('take the targets the category sets for the ticket\'s priority, clock by clock', () => {
    expect(targetsFor(sla, REF, 3, 'critical')).toEqual({ firstResponseMinutes: 30, resolutionMinutes: 240 });
    expect(targetsFor(sla, REF, 3, 'low')).toEqual({ firstResponseMinutes: 240, resolutionMinutes: 2400 });
    const now = new Date('2026-03-10T09:00:00Z'); // Tuesday 10:00 in Paris
    const read = snapshotReader(sla, REF, now);
    const filed = new Date('2026-03-10T08:00:00Z'); // an hour ago
    expect(alarmFrom(sla, read)(row({ id: 21, categoryId: 3, teamId: 7, priority: 'critical', createdAt: filed }))).toBe('late');
    expect(alarmFrom(sla, read)(row({ id: 22, categoryId: 3, teamId: 7, priority: 'normal', createdAt: filed }))).toBeUndefined();
  });

  it('flag a new ticket unanswered for a business day as late, and one near its first-response target as at risk', () => {
    const now = new Date('2026-03-10T09:00:00Z'); // Tuesday 10:00 in Paris
    const read = snapshotReader(sla, REF, now);
    const alarm = alarmFrom(sla, read);
    const late = row({ id: 1, createdAt: new Date('2026-03-09T08:00:00Z') }); // Monday 9:00: 11 business hours ago
    const atRisk = row({ id: 2, createdAt: new Date('2026-03-09T15:00:00Z') }); // Monday 16:00: 2 h + 2 h = 4 h of 4 → at the limit
    const fresh = row({ id: 3, createdAt: new Date('2026-03-10T08:30:00Z') });
    const waiting = row({ id: 4, createdAt: new Date('2026-03-09T08:00:00Z'), status: 'awaiting_user', firstResponseAt: new Date('2026-03-09T09:00:00Z'), dueAt: new Date('2026-03-10T15:00:00Z') });
    expect(read(late).firstResponse!.state).toBe('breached');
    expect(alarm(late)).toBe('late');
    expect(read(atRisk).firstResponse!.state).toBe('at_risk');
    expect(alarm(atRisk)).toBe('atRisk');
    expect(alarm(fresh)).toBeUndefined();
    expect(read(waiting).resolution!.state).toBe('paused');
    expect(alarm(waiting)).toBeUndefined();
    expect(read(row({ id: 5, teamId: undefined, categoryId: undefined }))).toEqual({});
  });
});
