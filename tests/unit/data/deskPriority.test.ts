// The priority the desk starts a request with: hers only where the category's form asks it, or an agent's filing.
import { deskPriority } from '../../../src/data/desk/TicketIntake';

const asking = { HCFormFields: ['location', 'priority'] };
const notAsking = { HCFormFields: ['course'] };

describe('deskPriority', () => {
  it.each([
    ['the form asks it', { HCPriority: 'critical' }, asking, false, 'critical'],
    ['the form does not ask it (written over REST)', { HCPriority: 'critical' }, notAsking, false, 'normal'],
    ['no category', { HCPriority: 'high' }, undefined, false, 'normal'],
    ['a category without fields', { HCPriority: 'high' }, { HCFormFields: null }, false, 'normal'],
    ['an agent filed it for someone', { HCPriority: 'high' }, notAsking, true, 'high'],
    ['none asked', { HCPriority: null }, asking, false, 'normal'],
    ['a value outside the vocabulary', { HCPriority: 'urgentissime' }, asking, true, 'normal'],
    ['low where asked', { HCPriority: 'low' }, asking, false, 'low']
  ] as [string, { HCPriority: string | null }, { HCFormFields: string[] | null } | undefined, boolean, string][])('%s', (_label, ticket, category, byAgent, expected) => {
    expect(deskPriority(ticket, category, byAgent)).toBe(expected);
  });
});
