/** The category tree moved to the domain (src/domain/categories/categoryTree.ts); re-exported for the code that imports it from here. */
export { categoryTree, categoryWithAncestors, categoryWithDescendants } from '../../domain/categories/categoryTree';
export type { CategoryNode } from '../../domain/categories/categoryTree';
