/**
 * The category tree (HelpCategories), pure: a category with its descendants (facets), its ancestors (experts,
 * top-level groups), and the whole tree depth first (the category select). Works on any item with an id, a
 * parent and a sort order, so knowledge, the form and the desk share it.
 */

/** What the tree needs of a category. */
export interface CategoryNode {
  id: number;
  /** Parent category id, undefined for a root. */
  parentId?: number;
  /** Display order among siblings. */
  sortOrder: number;
}

/** How deep a tree is walked: a loop in HCParent (a category made its own ancestor) stops here. */
const MAX_DEPTH = 10;

/** Ids of a category and all its descendants. */
export function categoryWithDescendants(categories: readonly CategoryNode[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const c of categories) if (c.parentId === ids[i] && ids.indexOf(c.id) < 0) ids.push(c.id);
  }
  return ids;
}

/** Ids of a category and its ancestors, the category first and the top-level one last. */
export function categoryWithAncestors(categories: readonly CategoryNode[], id: number): number[] {
  const ids = [id];
  let current = categories.filter(c => c.id === id)[0];
  while (current && current.parentId && ids.indexOf(current.parentId) < 0 && ids.length <= MAX_DEPTH) {
    ids.push(current.parentId);
    const parentId = current.parentId;
    current = categories.filter(c => c.id === parentId)[0];
  }
  return ids;
}

/** The category tree depth first (each parent followed by its children, in their order), with each one's depth. */
export function categoryTree<C extends CategoryNode>(categories: readonly C[]): { k: C; depth: number }[] {
  const out: { k: C; depth: number }[] = [];
  const ids = categories.map(c => c.id);
  const sorted = categories.slice().sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const visit = (parentId: number | undefined, depth: number): void => {
    for (const k of sorted) {
      // A category whose parent is missing is shown at the top rather than lost.
      const top = parentId === undefined && (!k.parentId || ids.indexOf(k.parentId) < 0);
      if ((top || (parentId !== undefined && k.parentId === parentId)) && depth < MAX_DEPTH && !out.some(o => o.k.id === k.id)) {
        out.push({ k, depth });
        visit(k.id, depth + 1);
      }
    }
  };
  visit(undefined, 0);
  return out;
}
