import { isForReader } from '../../../src/domain/config/announcementAudience';

const requester = { agent: false, contributor: false };
const agent = { agent: true, contributor: false };
const contributor = { agent: false, contributor: true };
const agentContributor = { agent: true, contributor: true };

describe('isForReader (the help bar\'s and the home\'s audience filter)', () => {
  it.each([
    ['everyone', [true, true, true, true]],
    [null, [true, true, true, true]],
    [undefined, [true, true, true, true]],
    ['', [true, true, true, true]],
    ['requesters', [true, false, true, false]],
    ['support', [false, true, false, true]],
    ['contributors', [false, false, true, true]]
  ])('%s', (audience, expected) => {
    expect([requester, agent, contributor, agentContributor].map(r => isForReader(audience, r))).toEqual(expected);
  });
});
