/**
 * $select/$expand for non-item entities (web, list, field, user …): without $select SharePoint returns
 * the scalar properties; navigation properties appear only when expanded.
 */
import { errors } from './errors';
import type { FilterNode } from './odata/filter';
import { parseFilter } from './odata/filter';

export type Navigations = Record<string, () => Record<string, unknown> | Record<string, unknown>[]>;

function splitList(text: string | null): string[] {
  return (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** SP.BasePermissions and similar complex types: plain properties in OData, computed on demand here. */
const COMPLEX_PROPERTIES = new Set(['EffectiveBasePermissions']);

export function shapeEntity(
  obj: Record<string, unknown>,
  query: URLSearchParams,
  navigations: Navigations = {},
): Record<string, unknown> {
  const select = splitList(query.get('$select'));
  const expand = splitList(query.get('$expand')).map((e) => e.toLowerCase());
  const navKey = (name: string) => Object.keys(navigations).find((k) => k.toLowerCase() === name.toLowerCase());
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (k.startsWith('odata.')) out[k] = v;
  const expanded: Record<string, Record<string, unknown> | Record<string, unknown>[]> = {};
  for (const e of expand) {
    const key = navKey(e.split('/')[0]);
    if (key) expanded[key] = navigations[key]();
  }
  if (select.length === 0 || select.includes('*')) {
    for (const [k, v] of Object.entries(obj)) out[k] = v;
    Object.assign(out, expanded);
    return out;
  }
  for (const path of select) {
    const [head, sub] = path.split('/');
    const nav = navKey(head);
    if (nav) {
      // Complex-type properties (not navigations) are returned when selected, without $expand.
      if (!expanded[nav] && COMPLEX_PROPERTIES.has(nav)) expanded[nav] = navigations[nav]();
      if (!expanded[nav]) {
        if (sub) throw errors.projectionNeedsExpand(path, head);
        continue;
      }
      const value = expanded[nav];
      // Several `nav/x` selects accumulate on the same projected object (per element for collections).
      const pick = (o: Record<string, unknown>, prev: Record<string, unknown> | undefined) =>
        (sub ? { ...(prev ?? {}), [sub]: o[sub] } : o);
      const previous = out[nav];
      out[nav] = Array.isArray(value)
        ? value.map((o, i) => pick(o, Array.isArray(previous) ? (previous[i] as Record<string, unknown>) : undefined))
        : pick(value, previous as Record<string, unknown> | undefined);
      continue;
    }
    const key = Object.keys(obj).find((k) => k.toLowerCase() === head.toLowerCase());
    if (!key) throw errors.fieldNotFound(head);
    out[key] = obj[key];
  }
  return out;
}

/**
 * $filter over small in-memory collections (lists, fields): evaluated on the entity's JSON properties
 * with the same parser as item queries.
 */
export function filterEntities(entities: Record<string, unknown>[], text: string | null): Record<string, unknown>[] {
  if (!text || !text.trim()) return entities;
  const node = parseFilter(text);
  return entities.filter((e) => evalNode(node, e));
}

function prop(e: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = e;
  for (const p of path) {
    if (!cur || typeof cur !== 'object') return null;
    const obj = cur as Record<string, unknown>;
    const key = Object.keys(obj).find((k) => k.toLowerCase() === p.toLowerCase());
    if (key === undefined) throw errors.fieldNotFound(path.join('/'));
    cur = obj[key];
  }
  return cur;
}

function evalNode(node: FilterNode, e: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and': return evalNode(node.left, e) && evalNode(node.right, e);
    case 'or': return evalNode(node.left, e) || evalNode(node.right, e);
    case 'not': return !evalNode(node.operand, e);
    case 'call': {
      const v = String(prop(e, node.field) ?? '').toLowerCase();
      return node.fn === 'startswith' ? v.startsWith(node.value.toLowerCase()) : v.includes(node.value.toLowerCase());
    }
    case 'compare': {
      const actual = prop(e, node.field);
      const lit = node.value;
      let want: unknown = lit.type === 'null' ? null : lit.value;
      let have: unknown = actual;
      if (typeof have === 'boolean' && typeof want === 'number') want = want === 1;
      if (typeof have === 'string' && typeof want === 'string') {
        have = have.toLowerCase();
        want = want.toLowerCase();
      }
      switch (node.op) {
        case 'eq': return have === want;
        case 'ne': return have !== want;
        case 'gt': return (have as number) > (want as number);
        case 'ge': return (have as number) >= (want as number);
        case 'lt': return (have as number) < (want as number);
        case 'le': return (have as number) <= (want as number);
      }
    }
  }
  return false;
}
