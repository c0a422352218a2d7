import { categoryChoices, categoryName, ideaRoute } from '../../../../src/ui/ideas/ideaView';

describe('the idea box\'s address', () => {
  it.each<[string, ReturnType<typeof ideaRoute>]>([
    ['', { query: { order: 'top', categoryId: undefined, status: undefined } }],
    ['?idea=12', { idea: 12 }],
    ['?fromTicket=7', { fromTicket: 7 }],
    ['?idea=0&category=3', { query: { order: 'top', categoryId: 3, status: undefined } }],
    ['?order=newest&status=planned', { query: { order: 'newest', categoryId: undefined, status: 'planned' } }],
    ['?status=<script>&category=-2&order=x', { query: { order: 'top', categoryId: undefined, status: undefined } }],
    ['?idea=1.5', { query: { order: 'top', categoryId: undefined, status: undefined } }]
  ])('%s', (search, route) => {
    expect(ideaRoute(search)).toEqual(route);
  });
});

describe('categories', () => {
  const categories = [
    { id: 1, titleFr: 'Équipements', titleEn: 'Equipment', sortOrder: 2 },
    { id: 2, titleFr: 'Salles', titleEn: 'Rooms', parentId: 1, sortOrder: 1 },
    { id: 3, titleFr: 'Apprentissage', titleEn: '', sortOrder: 1 }
  ];
  it('names a category in the page\'s language (French when English is missing)', () => {
    expect(categoryName(categories, 2, 'en')).toBe('Rooms');
    expect(categoryName(categories, 3, 'en')).toBe('Apprentissage');
    expect(categoryName(categories, 9, 'fr')).toBe('');
  });
  it('lists them as a tree, children indented under their parent', () => {
    expect(categoryChoices(categories, 'fr')).toEqual([
      { key: 3, text: 'Apprentissage' }, { key: 1, text: 'Équipements' }, { key: 2, text: '\u00a0\u00a0Salles' }
    ]);
  });
});
