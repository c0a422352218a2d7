import type { SettingProblem } from '../../../../domain/config/settingRules';
import { formatString } from '../../../common/format';
import { inputIdOf as calendarInputId } from '../teams/teamDraft';
import { problemLabel as calendarLabel } from '../teams/teamProblems';

type Strings = IHelpCenterConfigSettingsStrings['settingsConfig'];
type TeamStrings = IHelpCenterConfigTeamsStrings['teamsConfig'];

/** The sections of the area, each one HelpSettings item. */
export type SettingSectionName = 'delays' | 'attachments' | 'contact' | 'desk' | 'hours' | 'synonyms';

/** The id of a section's input ("hc-setting-delays-maxFiles"); the hours' inputs keep the teams' calendar ids. */
export function settingInputId(section: SettingSectionName, field: string): string {
  return section === 'hours' ? calendarInputId(field) : `hc-setting-${section}-${field}`;
}

/** A problem in words: the bounds and the value filled in (`{0}` min, `{1}` max, `{2}` value); a calendar's in the teams' words. */
export function problemMessage(s: Strings, teams: TeamStrings, section: SettingSectionName, p: SettingProblem): string {
  if (section === 'hours') return teams.problems[p.code as keyof TeamStrings['problems']] || p.code;
  const words = (s.problems as { [code: string]: string })[p.code];
  return words ? formatString(words, p.min === undefined ? '' : p.min, p.max === undefined ? '' : p.max, p.value || '') : p.code;
}

/** The field's name in the error summary. */
export function problemField(s: Strings, teams: TeamStrings, section: SettingSectionName, p: SettingProblem): string {
  if (section === 'hours') return calendarLabel(p.field, teams);
  if (section === 'synonyms') return s.synonyms.label;
  const words = s[section] as unknown as { [field: string]: string };
  return words[p.field] || p.field;
}
