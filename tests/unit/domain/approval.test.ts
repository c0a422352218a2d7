import { parseApproval } from '../../../src/domain/tickets/approval';

describe('the stored approval, read back', () => {
  const stored = { approver: { id: 7, email: 'p@x' }, requestedBy: { id: 1, email: 'a@x' }, requestedAt: '2026-03-10T10:00:00Z', reason: 'Tiers-temps', tokenHash: 'ab' };
  it.each([
    ['empty', null, undefined],
    ['not JSON', '{oops', undefined],
    ['JSON without an approver', '{"reason":"x"}', undefined]
  ] as [string, string | null, undefined][])('%s → none', (_label, json, expected) => {
    expect(parseApproval(json)).toBe(expected);
  });

  it('dates become dates; a secret found in an old item is dropped (never sent again)', () => {
    const a = parseApproval(JSON.stringify({ ...stored, token: 'secret', decision: 'approved', decidedAt: '2026-03-11T09:00:00Z' }))!;
    expect(a.requestedAt).toEqual(new Date('2026-03-10T10:00:00Z'));
    expect(a.decidedAt).toEqual(new Date('2026-03-11T09:00:00Z'));
    expect(a.token).toBeUndefined();
    expect(a).toMatchObject({ approver: { id: 7 }, decision: 'approved', tokenHash: 'ab' });
  });
});
