// The teams area's calendar form (issue 18): what an owner types per weekday, holiday and exam period is the SLA
// module's calendar itself (written as the JSON its parser reads), and the preview beside it is the request form's
// hours note computed from that unsaved calendar.
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../../src/ui/common/HelpCenterContext';
import { CalendarEditor } from '../../../../src/ui/setup/config/teams/CalendarEditor';
import { calendarJson, checkCalendar, newCalendar } from '../../../../src/domain/config/teamRules';
import { parseCalendar, type BusinessHoursCalendar } from '../../../../src/domain/sla/calendar';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
let latest: BusinessHoursCalendar = newCalendar();

function Editor(): React.ReactElement {
  const [calendar, setCalendar] = React.useState<BusinessHoursCalendar>(newCalendar());
  latest = calendar;
  return (
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: '', email: '', displayName: '' } }}>
      <CalendarEditor calendar={calendar} onChange={setCalendar} messageFor={() => undefined} />
    </HelpCenterProvider>
  );
}

const type = (name: string, value: string, scope: HTMLElement = document.body): void => {
  fireEvent.change(within(scope).getByRole('textbox', { name }), { target: { value } });
};

it('ranges per weekday, a closed day, a holiday and an exam period with its own hours make the calendar the parser reads', async () => {
  render(<Editor />);
  // Monday: 08:00–12:00 and 13:30–17:00.
  type('Lundi, plage 1, fin', '12:00');
  fireEvent.click(screen.getAllByRole('button', { name: 'Ajouter une plage\u00a0: Lundi' })[0]);
  type('Lundi, plage 2, début', '13:30');
  type('Lundi, plage 2, fin', '17:00');
  // Friday closed.
  fireEvent.click(screen.getAllByRole('button', { name: 'Retirer Vendredi, plage 1' })[0]);
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter un jour férié' }));
  fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-12-25' } });
  type('Nom (français)', 'Noël', screen.getByRole('group', { name: 'Jour férié 1' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter une période d\'examens' }));
  const period = screen.getByRole('group', { name: 'Période 1' });
  type('Nom (français)', 'Session de janvier', period);
  fireEvent.change(within(period).getByLabelText('Premier jour'), { target: { value: '2026-01-05' } });
  fireEvent.change(within(period).getByLabelText('Dernier jour'), { target: { value: '2026-01-20' } });
  fireEvent.click(within(period).getByRole('button', { name: 'Ajouter une plage\u00a0: Samedi' }));
  type('Samedi, plage 1, début', '09:00', period);
  type('Samedi, plage 1, fin', '12:00', period);

  expect(checkCalendar(latest)).toEqual([]);
  const read = parseCalendar(calendarJson(latest));
  expect(read.ok && read.calendar.weekly.mon).toEqual([{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:00' }]);
  expect(read.ok && read.calendar.weekly.fri).toEqual([]);
  expect(read.ok && read.calendar.holidays).toEqual([{ date: '2026-12-25', label: { fr: 'Noël', en: 'Noël' } }]);
  expect(read.ok && read.calendar.periods).toEqual([{
    key: 'period-2026-01-05', label: { fr: 'Session de janvier', en: 'Session de janvier' }, start: '2026-01-05', end: '2026-01-20',
    // The period started from the ordinary week as it was then (Monday's two ranges, Friday closed), plus its Saturday.
    weekly: { ...read.ok && read.calendar.weekly, sat: [{ start: '09:00', end: '12:00' }] }
  }]);
  // The preview has followed (its hours module loaded once): the ordinary week as typed.
  expect(await within(screen.getByRole('complementary')).findByText(/^Horaires : lundi 8h–12h, 13h30–17h/)).toBeTruthy();
});

it('the preview is the form\'s hours note on the unsaved calendar, and waits while a range is not valid', async () => {
  render(<Editor />);
  const preview = screen.getByRole('complementary');
  expect(await within(preview).findByText('Horaires : lundi – vendredi 8h–18h.')).toBeTruthy();
  type('Mardi, plage 1, fin', '07:00');
  expect(within(preview).getByText('L\'aperçu apparaîtra quand les horaires seront valides.')).toBeTruthy();
  type('Mardi, plage 1, fin', '18:00');
  type('Mercredi, plage 1, début', '09:00');
  const week = ['lundi – mardi 8h–18h', 'mercredi 9h–18h', 'jeudi – vendredi 8h–18h'].join(fr.hours.listSeparator);
  expect(await within(preview).findByText(`Horaires : ${week}.`)).toBeTruthy();
});
