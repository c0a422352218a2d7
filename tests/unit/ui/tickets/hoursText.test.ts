import { hoursLines, readCalendar, timeText, weeklyText } from '../../../../src/ui/tickets/form/hoursText';
import { durationText } from '../../../../src/ui/common/format';
import { businessDuration } from '../../../../src/domain/time/durations';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

const fr = loadLocStrings('fr-fr');
const en = loadLocStrings('en-us');
const office = [{ start: '08:00', end: '18:00' }];
const exam = [{ start: '07:30', end: '19:30' }];
const week = (slots: typeof office, sat: boolean) => ({ mon: slots, tue: slots, wed: slots, thu: slots, fri: slots, sat: sat ? slots : [], sun: [] });
// The seeds' desk (000, 001): the exam period from 26 May, Monday–Saturday 7:30–19:30; Whit Monday the day before.
const calendar = readCalendar(JSON.stringify({
  timeZone: 'Europe/Paris', weekly: week(office, false),
  periods: [{ key: 'exams-2026-06', label: { fr: 'Session d\'examens de juin 2026', en: 'June 2026 exam session' }, start: '2026-05-26', end: '2026-06-20', weekly: week(exam, true) }],
  holidays: [{ date: '2026-05-25', label: { fr: 'Lundi de Pentecôte', en: 'Whit Monday' } }],
}))!;

describe('the hours in words, now and next', () => {
  it.each([
    ['French, on the holiday before the exam period', fr, 'fr', '2026-05-25T09:00:00Z', {
      now: 'Fermé aujourd\'hui (Lundi de Pentecôte) : réouverture mardi 26 mai à 7h30.',
      weekly: 'Horaires : lundi – vendredi 8h–18h.',
      next: ['À partir du mardi 26 mai (Session d\'examens de juin 2026) : lundi – samedi 7h30–19h30.'],
    }],
    ['English, the week before: the holiday first, then the exam hours', en, 'en', '2026-05-19T08:00:00Z', {
      now: 'Open now, until 18:00.',
      weekly: 'Hours: Monday – Friday 8:00–18:00.',
      next: ['Closed on Monday 25 May (Whit Monday).', 'From Tuesday 26 May (June 2026 exam session): Monday – Saturday 7:30–19:30.'],
    }],
    ['French, a Saturday during the exam period', fr, 'fr', '2026-06-13T17:45:00Z', {
      now: 'Fermé en ce moment : réouverture lundi 15 juin à 7h30.',
      weekly: 'Session d\'examens de juin 2026 : lundi – samedi 7h30–19h30.',
      next: ['À partir du dimanche 21 juin : lundi – vendredi 8h–18h.'],
    }],
  ] as const)('%s', (_label, strings, locale, now, expected) => {
    expect(hoursLines(calendar, new Date(now), strings.hours, locale)).toEqual(expected);
  });

  it('writes times as people do and splits days with other hours', () => {
    expect([timeText('07:30', fr.hours), timeText('08:00', fr.hours), timeText('08:00', en.hours)]).toEqual(['7h30', '8h', '8:00']);
    const mixed = { ...week(office, false), wed: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:00' }] };
    expect(weeklyText(mixed, fr.hours, 'fr')).toBe('lundi – mardi 8h–18h ; mercredi 8h–12h, 13h30–17h ; jeudi – vendredi 8h–18h');
  });

  it('an unreadable calendar shows no hours (and says why in the console)', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readCalendar('{oops')).toBeUndefined();
    expect(readCalendar(undefined)).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

describe('durations on pages', () => {
  it.each([
    [15, 'fr', '15 min'], [120, 'fr', '2 h'], [90, 'en', '1.5 h'], [600 * 3, 'fr', '3 jours ouvrés'], [900, 'fr', '1,5 jour ouvré'],
    [600, 'en', '1 business day'], [1200, 'en', '2 business days'],
  ] as const)('%d business minutes in %s: %s', (minutes, locale, text) => {
    expect(durationText(businessDuration(minutes, 600), locale === 'fr' ? fr : en, locale)).toBe(text);
  });
});
