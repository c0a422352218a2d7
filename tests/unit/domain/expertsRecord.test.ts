// Proven expertise (src/domain/experts): records built from ticket states and articles, scores with recency,
// the card's sentence, filters, order and top contributors.
import {
  expertiseRecords, monthOf, monthsAgo, parseRecord, serializeRecord, RECORD_MONTHS,
  scoreFor, totalsOver, reasonFor, strongestCategory, HALF_LIFE_MONTHS, WEIGHTS,
  matchesFilter, relevance, searchExperts, sortExperts, topContributors, DECLARED_POINTS,
  type DirectoryExpert, type ExpertiseRecord, type ExpertsFilter, type ResolvedStateRow, type PublishedArticleRow
} from '../../../src/domain/experts';

const NOW = new Date('2026-12-03T10:00:00Z');
const k = (resolved = 0, written = 0, reviewed = 0, helpful = 0): { resolved: number; written: number; reviewed: number; helpful: number } => ({ resolved, written, reviewed, helpful });

describe('months', () => {
  it.each([
    ['2026-12-03T10:00:00Z', '2026-12'],
    ['2026-01-31T23:59:59Z', '2026-01'],
    ['2025-12-31T23:30:00-02:00', '2026-01']
  ])('monthOf(%s) = %s (UTC)', (at, month) => expect(monthOf(new Date(at))).toBe(month));

  it.each([['2026-12', 0], ['2026-11', 1], ['2025-12', 12], ['2027-01', -1], ['nope', NaN]])('monthsAgo(%s) = %s', (m, n) => {
    expect(monthsAgo(m as string, NOW)).toEqual(n);
  });
});

describe('expertiseRecords', () => {
  const states: ResolvedStateRow[] = [
    { assigneeId: 7, categoryId: 3, status: 'resolved', resolvedAt: '2026-12-01T09:00:00Z' },
    { assigneeId: 7, categoryId: 3, status: 'closed', resolvedAt: '2026-11-15T09:00:00Z' },
    { assigneeId: 7, categoryId: 4, status: 'closed', resolvedAt: '2026-11-20T09:00:00Z' },
    // Not counted: not resolved, no resolution date (closed without resolution), nobody assigned, too old, in the future.
    { assigneeId: 7, categoryId: 3, status: 'in_progress', resolvedAt: '2026-12-01T09:00:00Z' },
    { assigneeId: 7, categoryId: 3, status: 'closed' },
    { categoryId: 3, status: 'resolved', resolvedAt: '2026-12-01T09:00:00Z' },
    { assigneeId: 7, categoryId: 3, status: 'resolved', resolvedAt: '2024-11-30T09:00:00Z' },
    { assigneeId: 7, categoryId: 3, status: 'resolved', resolvedAt: '2027-01-02T09:00:00Z' }
  ];
  const articles: PublishedArticleRow[] = [
    { ownerId: 8, publisherId: 9, categoryId: 3, helpful: 4, publishedAt: '2026-10-10T09:00:00Z' },
    // Its owner published it: written, not reviewed.
    { ownerId: 9, publisherId: 9, categoryId: 3, helpful: 0, publishedAt: '2026-12-02T09:00:00Z' }
  ];
  const records = expertiseRecords(states, articles, NOW);

  it('counts the requests of the agent who held them when resolved, by category and month of resolution', () => {
    expect(records.get(7)).toEqual({ 3: { '2026-11': k(1), '2026-12': k(1) }, 4: { '2026-11': k(1) } });
  });
  it('counts an article as written for its owner (with its helpful votes) and as reviewed for another publisher', () => {
    expect(records.get(8)).toEqual({ 3: { '2026-10': k(0, 1, 0, 4) } });
    expect(records.get(9)).toEqual({ 3: { '2026-10': k(0, 0, 1, 0), '2026-12': k(0, 1, 0, 0) } });
  });
  it(`keeps ${RECORD_MONTHS} months and nobody unnamed`, () => {
    expect(Array.from(records.keys()).sort()).toEqual([7, 8, 9]);
  });
  it('stores a record in a stable form and reads it back, dropping what is malformed', () => {
    const text = serializeRecord(records.get(7) as ExpertiseRecord);
    expect(parseRecord(text)).toEqual(records.get(7));
    expect(serializeRecord({ 4: { '2026-11': k(1) }, 3: { '2026-12': k(1), '2026-11': k(1) } })).toBe(text);
    expect(parseRecord('{"x":{},"3":{"2026-1":{"resolved":1},"2026-02":{"resolved":-2,"written":"3"},"2026-03":{"resolved":2.7}}}')).toEqual({ 3: { '2026-03': k(2) } });
    expect(parseRecord('not json')).toEqual({});
    expect(parseRecord(null)).toEqual({});
  });
});

describe('scoreFor', () => {
  const rec: ExpertiseRecord = { 3: { '2026-12': k(4), '2026-08': k(0, 1) }, 5: { '2026-12': k(1) } };
  it.each([
    ['this month counts fully', { 3: { '2026-12': k(2) } }, [3], 2 * WEIGHTS.resolved],
    [`${HALF_LIFE_MONTHS} months ago counts half`, { 3: { '2026-08': k(2) } }, [3], 1],
    ['an article weighs three requests', { 3: { '2026-12': k(0, 1) } }, [3], WEIGHTS.written],
    ['helpful votes add a little', { 3: { '2026-12': k(0, 0, 0, 10) } }, [3], 10 * WEIGHTS.helpful],
    ['other categories are left out', rec, [5], 1],
    ['every category without a scope', rec, undefined, 4 + 3 * 0.5 + 1],
    ['a future month counts as this one', { 3: { '2027-02': k(1) } }, [3], 1],
    ['no record, no score', undefined, [3], 0]
  ])('%s', (_name, record, scope, expected) => {
    expect(scoreFor(record as ExpertiseRecord | undefined, scope as number[] | undefined, NOW)).toBeCloseTo(expected as number, 3);
  });
});

describe('the card\'s sentence', () => {
  const rec: ExpertiseRecord = { 3: { '2026-12': k(5, 1), '2026-03': k(9) }, 6: { '2026-11': k(2, 0, 1) }, 7: { '2026-02': k(1) } };
  it('counts this term (six months) in the category chosen with its descendants', () => {
    expect(reasonFor(rec, { categoryId: 2, scope: [2, 3, 6] }, NOW)).toEqual({ categoryId: 2, counts: k(7, 1, 1) });
  });
  it('else in the person\'s strongest category', () => {
    expect(strongestCategory(rec, NOW)).toBe(3);
    expect(reasonFor(rec, undefined, NOW)).toEqual({ categoryId: 3, counts: k(5, 1) });
  });
  it('says nothing when the term holds nothing there', () => {
    expect(reasonFor(rec, { categoryId: 7, scope: [7] }, NOW)).toBeUndefined();
    expect(reasonFor({}, undefined, NOW)).toBeUndefined();
  });
  it.each([['month', 1, k(5, 1)], ['term', 6, k(5, 1)], ['year', 12, k(14, 1)]])('totals of the %s', (_p, months, expected) => {
    expect(totalsOver(rec, [3], months as number, NOW)).toEqual(expected);
  });
});

const person = (personId: number, name: string, extra: Partial<DirectoryExpert> = {}): DirectoryExpert => ({
  personId, name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@x.fr`, skills: [], categoryIds: [], languages: ['fr'], availability: 'available', ...extra
});

describe('filters and order', () => {
  const julie = person(1, 'Julie Petit', { skills: ['Moodle', 'examens en ligne'], categoryIds: [3], languages: ['fr', 'en'], record: { 3: { '2026-12': k(6) } } });
  const sophie = person(2, 'Sophie Bernard', { skills: ['Moodle', 'H5P'], categoryIds: [3], availability: 'busy' });
  const marc = person(3, 'Marc Lefebvre', { skills: ['Réseau', 'eduroam'], categoryIds: [5], record: { 3: { '2026-11': k(1) } } });
  const emily = person(4, 'Émile Zola', { skills: ['English support'], categoryIds: [6], languages: ['en'], availability: 'away' });
  const all = [sophie, marc, julie, emily];

  it.each([
    ['words match skills, accent- and case-insensitive', { text: 'RESEAU' }, [3]],
    ['names too', { text: 'emile' }, [4]],
    ['every word must match', { text: 'moodle h5p' }, [2]],
    ['a category matches its descendants, declared or proven', { categoryScope: [2, 3] }, [1, 2, 3]],
    ['language', { language: 'en' }, [1, 4]],
    ['availability', { availability: 'busy' }, [2]],
    ['nothing', {}, [1, 2, 3, 4]]
  ])('%s', (_name, filter, ids) => {
    expect(all.filter(e => matchesFilter(e, filter as ExpertsFilter)).map(e => e.personId).sort()).toEqual(ids);
  });

  it('orders by relevance: declared there plus the proven score there, then by name', () => {
    expect(relevance(julie, [3], NOW)).toBeCloseTo(DECLARED_POINTS + 6, 3);
    expect(relevance(sophie, [3], NOW)).toBe(DECLARED_POINTS);
    expect(relevance(marc, [3], NOW)).toBeCloseTo(Math.pow(0.5, 1 / HALF_LIFE_MONTHS), 3);
    expect(searchExperts(all, { categoryScope: [3] }, 'relevance', NOW).map(e => e.personId)).toEqual([1, 2, 3]);
    expect(sortExperts(all, 'name', undefined, NOW).map(e => e.name)).toEqual(['Émile Zola', 'Julie Petit', 'Marc Lefebvre', 'Sophie Bernard']);
  });

  it('top contributors of the period, most points first, nobody without any', () => {
    expect(topContributors(all, 'month', NOW).map(c => [c.expert.personId, c.points])).toEqual([[1, 6]]);
    expect(topContributors(all, 'term', NOW).map(c => c.expert.personId)).toEqual([1, 3]);
    expect(topContributors(all, 'year', NOW, 1).map(c => c.expert.personId)).toEqual([1]);
    expect(topContributors(all, 'term', NOW, 5, [5])).toEqual([]);
  });
});
