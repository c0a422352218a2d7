// One section of the settings area (issue 18) through its public props: a refused value is shown on its field and in
// the summary and never reaches the repository; a save refused because another owner saved meanwhile shows their
// value and keeps what was typed, and "save mine anyway" writes over their version; a malformed stored value is said.
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { SPFI } from '@pnp/sp';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HelpCenterProvider } from '../../../src/ui/common/HelpCenterContext';
import { SettingSection } from '../../../src/ui/setup/config/settings/SettingSection';
import { DelaysFields } from '../../../src/ui/setup/config/settings/SettingFields';
import { problemField, problemMessage, settingInputId } from '../../../src/ui/setup/config/settings/settingLabels';
import { SettingConflictError, type SettingRepository, type SettingView } from '../../../src/data/config/SettingRepository';
import { DELAYS, type DelaysForm, type SettingCodec } from '../../../src/domain/config/settingRules';
import { loadLocStrings } from '../../../workbench/host/locStrings';

setIconOptions({ disableWarnings: true });
const fr = loadLocStrings('fr-fr');
const s = fr.settingsConfig;
const stored = (value: string, etag: string, editor: string): SettingView => ({ key: DELAYS.key, value, id: 4, etag, modified: '2026-12-03T10:00:00Z', editor });
const MINE = stored(JSON.stringify({ resolvedToClosedDays: 7, awaitingUserToNoFollowUpDays: 10 }), '"1"', 'Claire Martin');
const THEIRS = stored(JSON.stringify({ resolvedToClosedDays: 30, awaitingUserToNoFollowUpDays: 10 }), '"2"', 'Antoine Lambert');

function renderSection(repository: Partial<SettingRepository>, view: SettingView): void {
  render(
    <HelpCenterProvider value={{ sp: {} as SPFI, strings: fr, locale: 'fr', currentUser: { loginName: '', email: '', displayName: '' } }}>
      <SettingSection<DelaysForm> repository={repository as SettingRepository} codec={DELAYS as SettingCodec<DelaysForm>} view={view}
        heading={s.delays.heading} intro={s.delays.intro} applies={s.delays.applies} describe={v => v || ''}
        inputIdOf={p => settingInputId('delays', p.field)} message={p => problemMessage(s, fr.teamsConfig, 'delays', p)} label={p => problemField(s, fr.teamsConfig, 'delays', p)}
        fields={(form, onChange, messageFor) => <DelaysFields form={form} onChange={onChange} messageFor={messageFor} />} />
    </HelpCenterProvider>
  );
}

const reminder = (): HTMLElement => screen.getByRole('textbox', { name: s.delays.awaitingUserReminderDays });
const saveButton = (): HTMLElement => screen.getByRole('button', { name: `Enregistrer\u00a0: ${s.delays.heading}` });

it('shows a refused value on its field and in the summary, and writes nothing', () => {
  const save = jest.fn();
  renderSection({ save, history: () => Promise.resolve([]) }, MINE);
  fireEvent.change(reminder(), { target: { value: '10' } });
  fireEvent.click(saveButton());
  const message = 'La relance doit précéder la clôture sans suite\u00a0: 9 jours ouvrés au plus.';
  expect(screen.getByRole('link', { name: `${s.delays.awaitingUserReminderDays}\u00a0: ${message}` })).toBeTruthy();
  expect(reminder().getAttribute('aria-invalid')).toBe('true');
  expect(save).not.toHaveBeenCalled();
});

it('on a conflict shows the other owner\'s value, keeps what was typed, and saves over their version when asked', async () => {
  const save = jest.fn()
    .mockRejectedValueOnce(new SettingConflictError(THEIRS))
    .mockImplementationOnce((_c: unknown, over: SettingView, form: DelaysForm) => Promise.resolve({ ...over, etag: '"3"', value: DELAYS.write(form, {}) }));
  renderSection({ save, history: () => Promise.resolve([]) }, MINE);
  fireEvent.change(reminder(), { target: { value: '4' } });
  await act(async () => { fireEvent.click(saveButton()); });
  // The message bar shows its text a moment after it appears (Fluent's DelayedRender).
  expect(await screen.findByText(s.conflictTitle)).toBeTruthy();
  expect(screen.getByText(THEIRS.value!)).toBeTruthy();
  expect((reminder() as HTMLInputElement).value).toBe('4');
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: s.overwrite })); });
  expect(save).toHaveBeenCalledTimes(2);
  expect(save.mock.calls[1][1]).toBe(THEIRS);
  expect(save.mock.calls[1][2]).toEqual({ resolvedToClosedDays: '7', awaitingUserReminderDays: '4', awaitingUserToNoFollowUpDays: '10' });
  expect(screen.queryByText(s.conflictTitle)).toBeNull();
  expect(screen.getByRole('status').textContent).toBe(`Réglage enregistré\u00a0: ${s.delays.heading}.`);
});

it('says when the stored value is unreadable and shows the product\'s defaults', async () => {
  renderSection({ save: jest.fn(), history: () => Promise.resolve([]) }, stored('{"resolvedToClosedDays": ', '"1"', 'Claire Martin'));
  expect((await screen.findByText(/illisible \(JSON invalide/)).textContent).toBe(s.malformed);
  expect((screen.getByRole('textbox', { name: s.delays.resolvedToClosedDays }) as HTMLInputElement).value).toBe('7');
});

it('when the setting was deleted meanwhile, says so and creates it again on the next save', async () => {
  const gone: SettingView = { key: DELAYS.key, modified: '', editor: '' };
  const save = jest.fn()
    .mockRejectedValueOnce(new SettingConflictError(gone))
    .mockImplementationOnce((_c: unknown, over: SettingView, form: DelaysForm) => Promise.resolve({ ...over, id: 9, etag: '"1"', value: DELAYS.write(form, {}) }));
  renderSection({ save, history: () => Promise.resolve([]) }, MINE);
  fireEvent.change(reminder(), { target: { value: '4' } });
  await act(async () => { fireEvent.click(saveButton()); });
  expect((await screen.findByText(/supprimé entre-temps/)).textContent).toBe(s.deletedMeanwhile);
  expect((reminder() as HTMLInputElement).value).toBe('4');
  await act(async () => { fireEvent.click(saveButton()); });
  expect(save.mock.calls[1][1]).toBe(gone);
  expect(screen.queryByText(/supprimé entre-temps/)).toBeNull();
});
