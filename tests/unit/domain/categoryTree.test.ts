import { categoryTree, categoryWithAncestors, categoryWithDescendants } from '../../../src/domain/categories/categoryTree';
import * as fromData from '../../../src/data/knowledge/categoryTree';

const c = (id: number, parentId?: number, sortOrder = 0) => ({ id, parentId, sortOrder });
// IT (1) > Wi-Fi (2) > eduroam (3); Exams (4); an orphan (5, parent 99); a loop 6 <-> 7.
const TREE = [c(4, undefined, 1), c(1, undefined, 0), c(2, 1), c(3, 2), c(5, 99), c(6, 7), c(7, 6)];

describe('the category tree (domain)', () => {
  it('a category with its descendants, and with its ancestors', () => {
    expect(categoryWithDescendants(TREE, 1)).toEqual([1, 2, 3]);
    expect(categoryWithAncestors(TREE, 3)).toEqual([3, 2, 1]);
  });
  it('depth first in sort order; an orphan at the top; a loop never hangs', () => {
    expect(categoryTree(TREE).map(n => `${n.k.id}@${n.depth}`)).toEqual(['1@0', '2@1', '3@2', '5@0', '4@0']);
    expect(categoryWithAncestors(TREE, 6)).toEqual([6, 7]);
  });
  it('the data layer\'s old path gives the same functions', () => {
    expect(fromData.categoryTree).toBe(categoryTree);
  });
});
