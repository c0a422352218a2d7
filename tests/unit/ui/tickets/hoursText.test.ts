import { hoursText } from '../../../../src/ui/tickets/form/hoursText';

const office = { start: '08:00', end: '18:00' };
const exam = { start: '07:30', end: '19:30' };
const calendar = JSON.stringify({
  timeZone: 'Europe/Paris',
  weekly: { mon: [office], tue: [office], wed: [office], thu: [office], fri: [office], sat: [], sun: [] },
  periods: [{ start: '2026-06-01', end: '2026-06-20', weekly: { mon: [exam], tue: [exam], wed: [exam], thu: [exam], fri: [exam], sat: [exam], sun: [] } }],
  holidays: [],
});

it.each([
  ['ordinary week, French', 'fr', '2026-11-23', 'lundi – vendredi 08:00–18:00'],
  ['ordinary week, English', 'en', '2026-11-23', 'Monday – Friday 08:00–18:00'],
  ['exam session', 'fr', '2026-06-10', 'lundi – samedi 07:30–19:30'],
] as const)('%s', (_label, locale, day, expected) => {
  expect(hoursText(calendar, locale, new Date(`${day}T10:00:00Z`))).toBe(expected);
});

it('splits days with different hours and ignores broken calendars', () => {
  const mixed = JSON.stringify({ weekly: { mon: [office], tue: [office], wed: [{ start: '08:00', end: '12:00' }], thu: [office], fri: [], sat: [], sun: [] } });
  expect(hoursText(mixed, 'fr', new Date('2026-11-23'))).toBe('lundi – mardi 08:00–18:00 ; mercredi 08:00–12:00 ; jeudi 08:00–18:00');
  expect(hoursText('{oops', 'fr', new Date())).toBeUndefined();
  expect(hoursText(undefined, 'fr', new Date())).toBeUndefined();
});
