/**
 * Keyword Query Language, as SharePoint Search evaluates it, for the emulator's `search/postquery`: free-text
 * terms (`word`, `word*` prefix, `"a phrase"`), property restrictions (`Name:value`, `Name=value`, `Name:"v w"`),
 * the operators AND, OR, NOT (uppercase only; `-term` excludes, `+term` includes) and parentheses.
 *
 * Precedence follows [MS-SEARCH] 2.2.11.3 "Property Expression": NOT binds tightest, then AND, then OR, and an
 * implicit join (no operator between two expressions) has the lowest priority. The implicit operator is AND
 * ([MS-KQL] 2.1.11), except between property restrictions of the same name in one sequence, which are ORed
 * ([MS-KQL] 2.2.4: `name1:value1 name1:value2` equals `name1:value1 OR name1:value2`). That last rule is why a
 * query template `{searchTerms} ListId:<guid>` restricts nothing when the user's own terms hold `ListId:<other>`.
 * Operators are case-sensitive ([MS-KQL] 2: "KQL operators are case sensitive, and operators use uppercase").
 */

export type KqlNode =
  | { kind: 'term'; word: string; prefix: boolean }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'property'; name: string; value: string }
  | { kind: 'and' | 'or'; nodes: KqlNode[] }
  | { kind: 'not'; node: KqlNode };

export class KqlSyntaxError extends Error {}

/** Lower case, accents and markup removed: how the index and the query compare words. */
export function foldText(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function wordsOf(text: string): string[] {
  return foldText(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

type Token =
  | { t: 'lparen' } | { t: 'rparen' } | { t: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { t: 'minus' } | { t: 'plus' }
  | { t: 'word'; text: string } | { t: 'phrase'; text: string } | { t: 'property'; name: string; value: string };

const PROPERTY = /^([A-Za-z][A-Za-z0-9_]*)(:|=|<>|>=|<=|>|<)("([^"]*)"|[^\s()"]+)/;

function tokenize(kql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < kql.length) {
    const c = kql[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { tokens.push({ t: 'lparen' }); i++; continue; }
    if (c === ')') { tokens.push({ t: 'rparen' }); i++; continue; }
    if ((c === '-' || c === '+') && i + 1 < kql.length && !/\s/.test(kql[i + 1])) {
      tokens.push({ t: c === '-' ? 'minus' : 'plus' });
      i++;
      continue;
    }
    if (c === '"') {
      const end = kql.indexOf('"', i + 1);
      if (end < 0) throw new KqlSyntaxError('Unterminated phrase in the query.');
      tokens.push({ t: 'phrase', text: kql.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const rest = kql.slice(i);
    const property = PROPERTY.exec(rest);
    if (property) {
      tokens.push({ t: 'property', name: property[1].toLowerCase(), value: property[4] ?? property[3] });
      i += property[0].length;
      continue;
    }
    const word = /^[^\s()"]+/.exec(rest)![0];
    if (word === 'AND' || word === 'OR' || word === 'NOT') tokens.push({ t: 'op', op: word });
    else tokens.push({ t: 'word', text: word });
    i += word.length;
  }
  return tokens;
}

/** Parses a KQL query; an empty query (or one made of operators only) matches nothing. */
export function parseKql(kql: string): KqlNode | undefined {
  const tokens = tokenize(kql);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];

  function sequence(stopAtParen: boolean): KqlNode | undefined {
    const items: KqlNode[] = [];
    while (pos < tokens.length) {
      const next = peek()!;
      if (next.t === 'rparen') {
        if (stopAtParen) break;
        throw new KqlSyntaxError('Unbalanced parenthesis in the query.');
      }
      const node = orExpr();
      if (node) items.push(node);
    }
    return join(items);
  }

  /** One precedence level: `next (OP next)*`, an operand missing on either side left out. */
  function level(op: 'AND' | 'OR', next: () => KqlNode | undefined): KqlNode | undefined {
    const nodes: KqlNode[] = [];
    const first = next();
    if (first) nodes.push(first);
    while (peek()?.t === 'op' && (peek() as { op: string }).op === op) {
      pos++;
      const right = next();
      if (right) nodes.push(right);
    }
    return nodes.length > 1 ? { kind: op === 'AND' ? 'and' : 'or', nodes } : nodes[0];
  }

  function orExpr(): KqlNode | undefined {
    return level('OR', andExpr);
  }

  function andExpr(): KqlNode | undefined {
    return level('AND', notExpr);
  }

  function notExpr(): KqlNode | undefined {
    const next = peek();
    if (!next) return undefined;
    if ((next.t === 'op' && next.op === 'NOT') || next.t === 'minus') {
      pos++;
      const inner = notExpr();
      return inner ? { kind: 'not', node: inner } : undefined;
    }
    if (next.t === 'plus') {
      pos++;
      return notExpr();
    }
    return primary();
  }

  function primary(): KqlNode | undefined {
    const next = tokens[pos++];
    if (!next) return undefined;
    switch (next.t) {
      case 'lparen': {
        const inner = sequence(true);
        if (peek()?.t !== 'rparen') throw new KqlSyntaxError('Unbalanced parenthesis in the query.');
        pos++;
        return inner;
      }
      case 'rparen': throw new KqlSyntaxError('Unbalanced parenthesis in the query.');
      case 'property': return { kind: 'property', name: next.name, value: next.value };
      case 'phrase': {
        const words = wordsOf(next.text);
        return words.length ? { kind: 'phrase', words } : undefined;
      }
      case 'word': {
        const prefix = next.text.endsWith('*');
        const words = wordsOf(next.text);
        if (words.length === 0) return undefined;
        if (words.length === 1) return { kind: 'term', word: words[0], prefix };
        return { kind: 'phrase', words };
      }
      default:
        // An operator with no operand on its left (`OR x`, `AND`): SharePoint ignores nothing silently, but the
        // query still has meaning; treat the stray operator as absent.
        return undefined;
    }
  }

  /** The implicit join: AND, except same-name property restrictions of this sequence, which are ORed. */
  function join(items: KqlNode[]): KqlNode | undefined {
    if (items.length <= 1) return items[0];
    const byProperty = new Map<string, KqlNode[]>();
    const others: KqlNode[] = [];
    for (const item of items) {
      if (item.kind === 'property') {
        const group = byProperty.get(item.name) ?? [];
        group.push(item);
        byProperty.set(item.name, group);
      } else others.push(item);
    }
    const parts = [...others];
    for (const group of byProperty.values()) parts.push(group.length > 1 ? { kind: 'or', nodes: group } : group[0]);
    return parts.length > 1 ? { kind: 'and', nodes: parts } : parts[0];
  }

  const tree = sequence(false);
  if (pos < tokens.length) throw new KqlSyntaxError('Unbalanced parenthesis in the query.');
  return tree && hasPositive(tree) ? tree : undefined;
}

/** A query made only of exclusions matches nothing in SharePoint (it needs something to look for). */
function hasPositive(node: KqlNode): boolean {
  switch (node.kind) {
    case 'not': return false;
    case 'and': return node.nodes.some(hasPositive);
    case 'or': return node.nodes.every(hasPositive);
    default: return true;
  }
}

/** The lists a query can only return items of (a ListId restriction every match must satisfy), or null. */
export function requiredListIds(node: KqlNode): Set<string> | null {
  switch (node.kind) {
    case 'property':
      return node.name === 'listid' ? new Set([node.value.replace(/[{}]/g, '').toLowerCase()]) : null;
    case 'and': {
      let out: Set<string> | null = null as Set<string> | null;
      for (const child of node.nodes) {
        const ids: Set<string> | null = requiredListIds(child);
        if (ids) out = out ? new Set([...out].filter((id: string) => ids.has(id))) : ids;
      }
      return out;
    }
    case 'or': {
      const out = new Set<string>();
      for (const child of node.nodes) {
        const ids = requiredListIds(child);
        if (!ids) return null;
        ids.forEach((id) => out.add(id));
      }
      return out;
    }
    default:
      return null;
  }
}

/** What a document offers to a query: its searchable words per field (weighted) and its properties. */
export interface KqlDocument {
  fields: { weight: number; words: string[] }[];
  /** Property values by lower-case managed property name (ListId, Title, Path, ...). */
  property(name: string): string | undefined;
}

/** Whether the document matches, and its rank (the field weights of the positive terms it matched). */
export function evaluate(node: KqlNode, doc: KqlDocument): { match: boolean; rank: number } {
  switch (node.kind) {
    case 'term': {
      let rank = 0;
      for (const f of doc.fields) if (f.words.some((w) => (node.prefix ? w.startsWith(node.word) : w === node.word))) rank += f.weight;
      return { match: rank > 0, rank };
    }
    case 'phrase': {
      let rank = 0;
      for (const f of doc.fields) {
        for (let i = 0; i + node.words.length <= f.words.length; i++) {
          if (node.words.every((w, k) => f.words[i + k] === w)) { rank += f.weight; break; }
        }
      }
      return { match: rank > 0, rank };
    }
    case 'property': {
      const value = doc.property(node.name);
      if (value === undefined) return { match: false, rank: 0 };
      if (node.name === 'listid') return { match: value.replace(/[{}]/g, '').toLowerCase() === node.value.replace(/[{}]/g, '').toLowerCase(), rank: 0 };
      const wanted = wordsOf(node.value);
      const have = wordsOf(value);
      return { match: wanted.length > 0 && wanted.every((w) => have.includes(w)), rank: 0 };
    }
    case 'and': {
      let rank = 0;
      for (const child of node.nodes) {
        const r = evaluate(child, doc);
        if (!r.match) return { match: false, rank: 0 };
        rank += r.rank;
      }
      return { match: true, rank };
    }
    case 'or': {
      let rank = 0;
      let match = false;
      for (const child of node.nodes) {
        const r = evaluate(child, doc);
        if (r.match) { match = true; rank += r.rank; }
      }
      return { match, rank };
    }
    case 'not':
      return { match: !evaluate(node.node, doc).match, rank: 0 };
  }
}
