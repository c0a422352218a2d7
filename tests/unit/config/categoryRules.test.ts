import {
  checkCategory, moveAmongSiblings, moveUnder, nextSortOrder, parseHours, possibleParents, priorityTargetsOf, wouldCycle, type CategoryDraft, type KnownCategory
} from '../../../src/domain/config/categoryRules';
import { categoryTargets, parseSlaByPriority, serializeSlaByPriority } from '../../../src/domain/sla/categoryTargets';

// A small tree: 1 Comptes (2 Mots de passe, 3 MFA), 4 Réseau (5 Wi-Fi > 6 Eduroam).
const tree: KnownCategory[] = [
  { id: 1, titleFr: 'Comptes', titleEn: 'Accounts', sortOrder: 10 },
  { id: 2, titleFr: 'Mots de passe', titleEn: 'Passwords', parentId: 1, sortOrder: 10 },
  { id: 3, titleFr: 'MFA', titleEn: 'MFA', parentId: 1, sortOrder: 20 },
  { id: 4, titleFr: 'Réseau', titleEn: 'Network', sortOrder: 20 },
  { id: 5, titleFr: 'Wi-Fi', titleEn: 'Wi-Fi', parentId: 4, sortOrder: 10 },
  { id: 6, titleFr: 'Eduroam', titleEn: 'Eduroam', parentId: 5, sortOrder: 10 }
];
const draft = (d: Partial<CategoryDraft>): CategoryDraft => ({
  titleFr: 'Examens', titleEn: 'Exams', parentId: 1, icon: '', formFields: [], requiredFields: [], firstResponseHours: '', resolutionHours: '', approvalRequired: false, ...d
});
const ctx = { categories: tree, teamIds: [7, 8], isKnownIcon: (n: string) => ['Timer', 'Mail'].indexOf(n) >= 0 };

describe('checkCategory', () => {
  it.each([
    ['a valid category', draft({ icon: 'Timer', defaultTeamId: 7, formFields: ['course', 'screenshot'], requiredFields: ['course'], firstResponseHours: '1,5', resolutionHours: '8' }), {}, []],
    ['both names required', draft({ titleFr: '  ', titleEn: '' }), {}, [{ field: 'titleFr', code: 'required' }, { field: 'titleEn', code: 'required' }]],
    ['names at most 255', draft({ titleEn: 'x'.repeat(256) }), {}, [{ field: 'titleEn', code: 'tooLong' }]],
    ['not a sibling\'s name, spaces and case aside', draft({ titleFr: ' mots  de PASSE ' }), {}, [{ field: 'titleFr', code: 'duplicate' }]],
    ['a name used under another parent is fine', draft({ titleFr: 'Wi-Fi', titleEn: 'Wi-Fi' }), {}, []],
    ['editing itself is no duplicate', draft({ titleFr: 'MFA', titleEn: 'MFA' }), { selfId: 3 }, []],
    ['the parent exists', draft({ parentId: 99 }), {}, [{ field: 'parent', code: 'parentNotFound' }]],
    ['not under itself', draft({ parentId: 4 }), { selfId: 4 }, [{ field: 'parent', code: 'cycle' }]],
    ['not under a descendant', draft({ parentId: 6 }), { selfId: 4 }, [{ field: 'parent', code: 'cycle' }]],
    ['an icon name has letters and digits only', draft({ icon: 'Timer<script>' }), {}, [{ field: 'icon', code: 'iconInvalid' }]],
    ['an icon the page knows', draft({ icon: 'Unicorn' }), {}, [{ field: 'icon', code: 'iconUnknown' }]],
    ['the icon saved before is kept', draft({ icon: 'PasswordField' }), { savedIcon: 'PasswordField' }, []],
    ['the team exists', draft({ defaultTeamId: 9 }), {}, [{ field: 'defaultTeam', code: 'teamNotFound' }]],
    ['fields from the catalogue', draft({ formFields: ['course', 'shoeSize'] }), {}, [{ field: 'formFields', code: 'unknownField' }]],
    ['required ⊆ shown', draft({ formFields: ['course'], requiredFields: ['course', 'location'] }), {}, [{ field: 'requiredFields', code: 'requiredNotShown' }]],
    ['hours are numbers', draft({ firstResponseHours: 'deux', resolutionHours: '1h' }), {}, [{ field: 'firstResponseHours', code: 'notANumber' }, { field: 'resolutionHours', code: 'notANumber' }]],
    ['hours are positive', draft({ firstResponseHours: '0' }), {}, [{ field: 'firstResponseHours', code: 'outOfRange' }]],
    ['hours at most 2000', draft({ resolutionHours: '2000,5' }), {}, [{ field: 'resolutionHours', code: 'outOfRange' }]],
    ['whole minutes', draft({ firstResponseHours: '0.333' }), {}, [{ field: 'firstResponseHours', code: 'tooPrecise' }]],
    ['first response no later than resolution', draft({ firstResponseHours: '9', resolutionHours: '8' }), {}, [{ field: 'firstResponseHours', code: 'firstAfterResolution' }]],
    ['a priority\'s targets are checked like the category\'s', draft({ priorityHours: { critical: { firstResponseHours: 'vite', resolutionHours: '0' } } }), {},
      [{ field: 'firstResponseHours:critical', code: 'notANumber' }, { field: 'resolutionHours:critical', code: 'outOfRange' }]],
    ['a priority\'s first response no later than its resolution, the category\'s filling an empty cell', draft({ resolutionHours: '8', priorityHours: { high: { firstResponseHours: '10', resolutionHours: '' } } }), {},
      [{ field: 'firstResponseHours:high', code: 'firstAfterResolution' }]],
    ['a community is an https Teams or Viva Engage address', draft({ communityUrl: 'http://evil.example/teams.microsoft.com' }), {}, [{ field: 'communityUrl', code: 'communityNotAccepted' }]],
    ['a Teams channel is accepted, its name optional', draft({ communityUrl: ' https://teams.microsoft.com/l/channel/19%3aabc%40thread.tacv2/Examens ' }), {}, []],
    ['a community address fits its column (255)', draft({ communityUrl: `https://teams.microsoft.com/${'x'.repeat(240)}` }), {}, [{ field: 'communityUrl', code: 'tooLong' }]],
    ['empty priority rows are no problem', draft({ firstResponseHours: '4', resolutionHours: '16', priorityHours: { low: { firstResponseHours: ' ', resolutionHours: '' }, critical: { firstResponseHours: '0,5', resolutionHours: '4' } } }), {}, []]
  ])('%s', (_, d, more, problems) => {
    expect(checkCategory(d, { ...ctx, ...more })).toEqual(problems);
  });
});

describe('the tree', () => {
  it('reads hours as typed, French decimal comma included', () => {
    expect([parseHours(''), parseHours('1,5'), parseHours(' 24 '), parseHours('0.25')]).toEqual([undefined, 1.5, 24, 0.25]);
    expect(parseHours('-1')).toBeNaN();
  });

  it('finds a cycle: itself or any descendant, not a sibling or an ancestor', () => {
    expect([wouldCycle(tree, 4, 4), wouldCycle(tree, 4, 6), wouldCycle(tree, 4, 1), wouldCycle(tree, 6, 4), wouldCycle(tree, 4, undefined)]).toEqual([true, true, false, false, false]);
    expect(possibleParents(tree, 4).map(c => c.id)).toEqual([1, 2, 3]);
  });

  it('moves among siblings: the orders become 1, 2 … and only the changed ones are written; nothing past either end', () => {
    expect(moveAmongSiblings(tree, 3, 'up')).toEqual([{ id: 3, sortOrder: 1, parentId: 1 }, { id: 2, sortOrder: 2, parentId: 1 }]);
    expect(moveAmongSiblings(tree, 4, 'up')).toEqual([{ id: 4, sortOrder: 1, parentId: undefined }, { id: 1, sortOrder: 2, parentId: undefined }]);
    expect(moveAmongSiblings(tree, 2, 'up')).toEqual([]);
    expect(moveAmongSiblings(tree, 3, 'down')).toEqual([]);
    const renumbered: KnownCategory[] = tree.map(c => (c.id === 2 ? { ...c, sortOrder: 1 } : c.id === 3 ? { ...c, sortOrder: 2 } : c));
    expect(moveAmongSiblings(renumbered, 2, 'down')).toEqual([{ id: 3, sortOrder: 1, parentId: 1 }, { id: 2, sortOrder: 2, parentId: 1 }]);
  });

  it('moves under another parent, last there, its old siblings closing the gap; a cycle or no change writes nothing', () => {
    expect(moveUnder(tree, 2, 4)).toEqual([{ id: 3, sortOrder: 1, parentId: 1 }, { id: 5, sortOrder: 1, parentId: 4 }, { id: 2, sortOrder: 2, parentId: 4 }]);
    expect(moveUnder(tree, 5, undefined)).toEqual([{ id: 1, sortOrder: 1, parentId: undefined }, { id: 4, sortOrder: 2, parentId: undefined }, { id: 5, sortOrder: 3, parentId: undefined }]);
    expect(moveUnder(tree, 4, 6)).toEqual([]);
    expect(moveUnder(tree, 2, 1)).toEqual([]);
    expect(moveUnder(tree, 2, 99)).toEqual([]);
    expect(nextSortOrder(tree, 1)).toBe(21);
    expect(nextSortOrder(tree, 3)).toBe(1);
  });
});

describe('targets per priority', () => {
  it('write only the priorities set, and read back as the clocks count them', () => {
    const d = draft({ firstResponseHours: '4', resolutionHours: '16', priorityHours: { low: { firstResponseHours: '', resolutionHours: '40' }, normal: { firstResponseHours: '', resolutionHours: '' }, critical: { firstResponseHours: '0,5', resolutionHours: '4' } } });
    const json = serializeSlaByPriority(priorityTargetsOf(d));
    expect(JSON.parse(json!)).toEqual({ low: { resolutionHours: 40 }, critical: { firstResponseHours: 0.5, resolutionHours: 4 } });
    const category = { firstResponseHours: 4, resolutionHours: 16, slaByPriority: json! };
    expect(categoryTargets(category, 'critical')).toEqual({ firstResponseMinutes: 30, resolutionMinutes: 240 });
    expect(categoryTargets(category, 'low')).toEqual({ firstResponseMinutes: 240, resolutionMinutes: 2400 });
    expect(categoryTargets(category, 'normal')).toEqual({ firstResponseMinutes: 240, resolutionMinutes: 960 });
    expect(categoryTargets(undefined, 'normal')).toEqual({});
    expect(serializeSlaByPriority(priorityTargetsOf(draft({})))).toBeNull();
  });

  it('read what an owner wrote by hand with care: unknown priorities, negative or text hours dropped, bad JSON ignored', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseSlaByPriority('{"urgent":{"resolutionHours":1},"high":{"firstResponseHours":-2,"resolutionHours":"8"},"low":{"resolutionHours":48}}')).toEqual({ low: { firstResponseHours: undefined, resolutionHours: 48 } });
    expect(parseSlaByPriority('{oops')).toEqual({});
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
