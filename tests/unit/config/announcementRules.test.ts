import {
  ANNOUNCEMENT_MAX_SPAN_DAYS, announcementPhase, checkAnnouncement, checkedAnnouncement, dayOf, parseDayTime, tidyAnnouncement, timeOf, type AnnouncementDraft
} from '../../../src/domain/config/announcementRules';

// Local times: the form types the period in the browser's time zone, whatever the machine's.
const NOW = new Date(2026, 11, 4, 10, 30);
const draft = (d: Partial<AnnouncementDraft>): AnnouncementDraft => ({
  title: 'Panne Wi-Fi', body: 'Bâtiment B, 2e étage.', severity: 'outage', audience: 'requesters', language: 'fr',
  startDay: '2026-12-04', startTime: '10:30', endDay: '2026-12-05', endTime: '18:00', ...d
});

describe('checkAnnouncement', () => {
  it.each([
    ['a valid announcement', draft({}), true, []],
    ['for both languages (no language)', draft({ language: '' }), true, []],
    ['a title is required', draft({ title: '  \n ' }), true, [{ field: 'title', code: 'required' }]],
    ['a title of 255 characters at most', draft({ title: 't'.repeat(256) }), true, [{ field: 'title', code: 'tooLong' }]],
    ['a message is required', draft({ body: '' }), true, [{ field: 'body', code: 'required' }]],
    ['a message of 1000 characters at most', draft({ body: 'm'.repeat(1001) }), true, [{ field: 'body', code: 'tooLong' }]],
    ['a message is plain text', draft({ body: 'Voir <a href="x">ici</a>' }), true, [{ field: 'body', code: 'markup' }]],
    ['a title too', draft({ title: '<img src=x onerror=alert(1)>' }), true, [{ field: 'title', code: 'markup' }]],
    ['a "<" in a sentence is text', draft({ body: 'Délai < 2 h, débit > 10 Mb/s' }), true, []],
    ['a known severity', draft({ severity: 'critical' }), true, [{ field: 'severity', code: 'unknownChoice' }]],
    ['a known audience', draft({ audience: 'students' }), true, [{ field: 'audience', code: 'unknownChoice' }]],
    ['a known language', draft({ language: 'de' }), true, [{ field: 'language', code: 'unknownChoice' }]],
    ['a start is required', draft({ startTime: '' }), true, [{ field: 'start', code: 'required' }]],
    ['an end is required', draft({ endDay: '' }), true, [{ field: 'end', code: 'required' }]],
    ['a real date', draft({ startDay: '2026-02-30' }), true, [{ field: 'start', code: 'invalidDate' }]],
    ['a real time', draft({ endTime: '25:00' }), true, [{ field: 'end', code: 'invalidDate' }]],
    ['the end after the start', draft({ endDay: '2026-12-04', endTime: '09:00' }), true, [{ field: 'end', code: 'endBeforeStart' }]],
    ['not equal to it', draft({ endDay: '2026-12-04', endTime: '10:30' }), true, [{ field: 'end', code: 'endBeforeStart' }]],
    ['a new one has not ended already', draft({ startDay: '2026-12-01', endDay: '2026-12-03' }), true, [{ field: 'end', code: 'endPast' }]],
    ['an existing one may have', draft({ startDay: '2026-12-01', endDay: '2026-12-03' }), false, []],
    [`at most ${ANNOUNCEMENT_MAX_SPAN_DAYS} days`, draft({ endDay: '2027-03-05', endTime: '10:31' }), true, [{ field: 'end', code: 'spanTooLong' }]],
    ['exactly the longest span', draft({ endDay: '2027-03-04', endTime: '10:30' }), true, []],
    ['several fields at once, in the form\'s order', draft({ title: '', severity: '', endDay: 'x' }), true,
      [{ field: 'title', code: 'required' }, { field: 'severity', code: 'unknownChoice' }, { field: 'end', code: 'invalidDate' }]]
  ])('%s', (_, d, isNew, problems) => {
    expect(checkAnnouncement(d, NOW, isNew)).toEqual(problems);
  });
});

describe('the period typed', () => {
  it.each([
    ['14:05', new Date(2026, 11, 4, 14, 5)], ['9:30', new Date(2026, 11, 4, 9, 30)], ['14h05', new Date(2026, 11, 4, 14, 5)], ['14h', new Date(2026, 11, 4, 14, 0)],
    ['24:00', undefined], ['12:60', undefined], ['midi', undefined], ['', undefined]
  ])('%s', (time, expected) => {
    expect(parseDayTime('2026-12-04', time)).toEqual(expected);
  });

  it('writes a local date back as the form\'s day and time', () => {
    const at = new Date(2027, 0, 2, 7, 5);
    expect([dayOf(at), timeOf(at)]).toEqual(['2027-01-02', '07:05']);
    expect(parseDayTime(dayOf(at), timeOf(at))).toEqual(at);
  });

  it('gives the checked values: texts tidied, both languages as no language', () => {
    const a = checkedAnnouncement(draft({ title: '  Panne \t Wi-Fi ', body: 'Ligne 1  \r\nLigne 2\u0007', language: '' }), NOW, true);
    expect(a).toEqual({ title: 'Panne Wi-Fi', body: 'Ligne 1\nLigne 2', severity: 'outage', audience: 'requesters', language: undefined,
      start: new Date(2026, 11, 4, 10, 30), end: new Date(2026, 11, 5, 18, 0) });
    expect(() => checkedAnnouncement(draft({ title: '' }), NOW, true)).toThrow('title required');
    expect(tidyAnnouncement(draft({ body: ' a\r\nb ' })).body).toBe('a\nb');
  });

  it('tells current, upcoming and ended', () => {
    const iso = (h: number): string => new Date(NOW.getTime() + h * 3600000).toISOString();
    expect(announcementPhase(iso(-1), iso(1), NOW)).toBe('current');
    expect(announcementPhase(iso(1), iso(2), NOW)).toBe('upcoming');
    expect(announcementPhase(iso(-2), iso(-1), NOW)).toBe('ended');
    expect(announcementPhase(undefined, iso(1), NOW)).toBe('current');
  });
});
