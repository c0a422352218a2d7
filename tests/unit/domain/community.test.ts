import { communityFor, communityOf } from '../../../src/domain/categories/community';

describe('communityOf: only https addresses of Teams or Viva Engage are shown as a category\'s community', () => {
  it.each([
    ['https://teams.microsoft.com/l/channel/19%3Aabc%40thread.tacv2/Moodle?groupId=1', 'Moodle entre collègues', 'teams', 'Moodle entre collègues'],
    ['https://engage.cloud.microsoft/main/groups/eyJfdHlwZSI6Ikdyb3VwIn0', '', 'engage', 'engage.cloud.microsoft'],
    ['https://web.yammer.com/main/groups/abc', 'Wifi & réseau', 'engage', 'Wifi & réseau'],
    ['  https://TEAMS.microsoft.com/l/team/19:x  ', '  Équipe   ENT ', 'teams', 'Équipe ENT']
  ])('%s is a %s community', (url, name, kind, shown) => {
    expect(communityOf(url, name)).toMatchObject({ kind, name: shown });
  });

  it.each([
    ['javascript:alert(1)'], ['http://teams.microsoft.com/l/channel/x'], ['https://teams.microsoft.com.evil.example/l/x'],
    ['https://evilteams.microsoft.com.example/'], ['https://user:pw@teams.microsoft.com/'], ['https://teams.microsoft.com:8443/'],
    ['https://example.org/teams.microsoft.com'], ['not a url'], [''], [undefined]
  ])('%s is refused', url => {
    expect(communityOf(url, 'x')).toBeUndefined();
  });

  it('a category without a community takes its nearest ancestor\'s', () => {
    const moodle = communityOf('https://teams.microsoft.com/l/channel/m', 'Moodle');
    const tree = [
      { id: 1, sortOrder: 1, community: moodle },
      { id: 2, parentId: 1, sortOrder: 1 },
      { id: 3, parentId: 2, sortOrder: 1 },
      { id: 4, sortOrder: 2 }
    ];
    expect(communityFor(tree, 3)).toBe(moodle);
    expect(communityFor(tree, 4)).toBeUndefined();
    expect(communityFor(tree, undefined)).toBeUndefined();
  });
});
