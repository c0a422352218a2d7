// The owners' synonym list (HelpSettings search.synonyms, written by the settings area) as the search reads it.
import { DEFAULT_SYNONYMS, synonymsFromSetting } from '../../../src/domain/search';
import { SYNONYMS } from '../../../src/domain/config/settingTextRules';

describe('synonymsFromSetting', () => {
  it("keeps the product's list when nothing is stored, or something unreadable", () => {
    for (const v of [undefined, '', '  ', '{not json', '{"a":1}', '"text"', '[]', '[["seul"]]', '[[1,2]]']) {
      expect(synonymsFromSetting(v)).toBe(DEFAULT_SYNONYMS);
    }
  });

  it("replaces the product's list by the owners' groups, trimmed, one-term groups and non-strings dropped", () => {
    expect(synonymsFromSetting(JSON.stringify([[' zorglub ', 'mot de passe'], ['seul'], ['a', 3, 'b', ' ']]))).toEqual([['zorglub', 'mot de passe'], ['a', 'b']]);
  });

  it('reads what the settings area writes', () => {
    const value = SYNONYMS.write({ text: 'mdp, mot de passe\n\nvisio, Teams, Zoom' }, {});
    expect(synonymsFromSetting(value)).toEqual([['mdp', 'mot de passe'], ['visio', 'Teams', 'Zoom']]);
  });
});
