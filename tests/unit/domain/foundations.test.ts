import { TICKET_STATUSES } from '../../../src/domain/vocabulary';
import { STATUS_GROUPS, inStatusGroup, isOpenStatus, isFinishedStatus } from '../../../src/domain/tickets/statusGroups';
import { TICKET_FIELDS, fieldsFor, formFieldDefs, fieldDef } from '../../../src/domain/tickets/fields';
import { businessDuration, calendarDays, formatDuration, DurationWords } from '../../../src/domain/time/durations';
import type { Ticket } from '../../../src/domain/tickets/model';

describe('status groups', () => {
  it.each(TICKET_STATUSES.map(s => [s]))('%s is either open or finished, never both', s => {
    expect(isOpenStatus(s) !== isFinishedStatus(s)).toBe(true);
  });
  it('handled, waiting and final are subsets of open or finished', () => {
    STATUS_GROUPS.handled.forEach(s => expect(isOpenStatus(s)).toBe(true));
    STATUS_GROUPS.waiting.forEach(s => expect(isOpenStatus(s)).toBe(true));
    STATUS_GROUPS.final.forEach(s => expect(isFinishedStatus(s)).toBe(true));
  });
  it('an unknown or empty status is in no group', () => {
    expect(inStatusGroup(undefined, 'open')).toBe(false);
    expect(inStatusGroup(null, 'finished')).toBe(false);
  });
});

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 7, title: 'Vidéoprojecteur', description: 'd', kind: 'anomaly', priority: 'normal', channel: 'portal', status: 'new', level: 'L1',
  requester: { id: 3, email: 'lea@x', displayName: 'Léa' }, watchers: [], createdAt: new Date('2026-11-02T08:00:00Z'), language: 'fr',
  statusHistory: [], sequence: 0, ...over
});

describe('field catalogue', () => {
  it('has each key once', () => {
    const keys = TICKET_FIELDS.map(f => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('shows a maintenance incident\'s captured fields to the desk and the requester', () => {
    const t = ticket({ locationId: 12, incidentType: 'hardware', severity: 'repair', course: undefined, categoryId: 4 });
    const desk = fieldsFor(t, 'desk').map(f => f.key);
    expect(desk).toEqual(expect.arrayContaining(['requester', 'kind', 'category', 'location', 'incidentType', 'severity', 'priority', 'channel']));
    const mine = fieldsFor(t, 'requester').map(f => f.key);
    expect(mine).toEqual(expect.arrayContaining(['location', 'incidentType', 'severity', 'priority']));
    expect(mine).not.toContain('requester');
  });
  it('never shows a watcher the level, the due date or who it was escalated to', () => {
    const t = ticket({ dueAt: new Date(), escalatedTo: { id: 9, email: 'n@x' }, level: 'L2' });
    const keys = fieldsFor(t, 'watcher').map(f => f.key);
    expect(keys).not.toContain('level');
    expect(keys).not.toContain('dueAt');
    expect(keys).not.toContain('escalatedTo');
  });
  it('leaves empty fields out and shows the asked priority only when the desk changed it', () => {
    expect(fieldsFor(ticket({ course: '  ' }), 'desk').map(f => f.key)).not.toContain('course');
    expect(fieldsFor(ticket({ askedPriority: 'normal' }), 'desk').map(f => f.key)).not.toContain('askedPriority');
    expect(fieldsFor(ticket({ askedPriority: 'critical' }), 'desk').filter(f => f.key === 'askedPriority')[0].value).toEqual({ kind: 'code', code: 'critical' });
  });
  it('gives the form the fields a category lists, in catalogue order', () => {
    expect(formFieldDefs(['incidentType', 'location', 'course']).map(f => f.key)).toEqual(['course', 'location', 'incidentType']);
    expect(() => fieldDef('nope' as never)).toThrow();
  });
});

describe('durations in words', () => {
  const words: DurationWords = {
    minutes: { one: 'min', other: 'min' }, hours: { one: 'h', other: 'h' },
    businessDays: { one: 'jour ouvré', other: 'jours ouvrés' }, days: { one: 'jour', other: 'jours' }
  };
  it.each([
    [15, '15 min'], [0, '0 min'], [59, '59 min'], [60, '1 h'], [90, '1,5 h'], [120, '2 h'], [479, '8 h'],
    [480, '1 jour ouvré'], [720, '1,5 jour ouvré'], [1440, '3 jours ouvrés'], [-5, '0 min']
  ])('%d business minutes → %s', (m, out) => {
    expect(formatDuration(businessDuration(m), words, 'fr')).toBe(out);
  });
  it('writes English with a point and the plural from 2', () => {
    const en: DurationWords = { ...words, businessDays: { one: 'business day', other: 'business days' }, days: { one: 'day', other: 'days' } };
    expect(formatDuration(businessDuration(720), en, 'en')).toBe('1.5 business days');
    expect(formatDuration(calendarDays(1), en, 'en')).toBe('1 day');
    expect(formatDuration(calendarDays(7), en, 'en')).toBe('7 days');
  });
});
