// SharePoint REST $filter dialect (OData v3 flavoured, as PnPjs v4 emits it).
// Hand-written because no npm parser accepts datetime'…Z' together with lookup
// paths (see shared research F6).

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; field: string[]; value: Literal }
  | { kind: 'call'; fn: 'substringof' | 'startswith'; field: string[]; value: string };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'datetime'; value: string /* ISO UTC with Z */ }
  | { type: 'null' };

export class ODataSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ODataSyntaxError';
    // Keeps instanceof working if a consumer transpiles to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
  }
  /** SharePoint answers every malformed or mistyped filter with this one sentence. */
  static forExpression(text: string): ODataSyntaxError {
    return new ODataSyntaxError(`The expression "${text}" is not valid.`);
  }
}

export interface ColumnRef {
  sql: string;
  kind: 'text' | 'number' | 'boolean' | 'datetime' | 'multi' | 'id';
  indexed: boolean;
}
export type ColumnResolver = (path: string[]) => ColumnRef;

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const MIRROR: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

// The node tree carries no source text, yet type errors found while compiling
// must quote the original filter like SharePoint does; a WeakMap keeps the
// public node shape clean (tests can deep-equal nodes).
const sourceText = new WeakMap<FilterNode, string>();

// ---------------------------------------------------------------- tokenizer

type Token =
  | { t: 'lparen' | 'rparen' | 'comma' | 'slash' | 'eof' }
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'datetime'; v: string };

const PUNCTUATION: Record<string, 'lparen' | 'rparen' | 'comma' | 'slash' | undefined> = { '(': 'lparen', ')': 'rparen', ',': 'comma', '/': 'slash' };
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
// Trailing M/D/F/L are OData v3 type suffixes (1.5M, 10L); they carry no meaning here.
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[mMdDfFlL]?/;

function tokenize(text: string, fail: () => never): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    // i points at the opening quote; '' inside a literal is an escaped quote.
    let s = '';
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text[i];
      if (c === "'") {
        if (text[i + 1] === "'") { s += "'"; i += 2; continue; }
        i++;
        return s;
      }
      s += c;
      i++;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    const punct = PUNCTUATION[c];
    if (punct) { out.push({ t: punct }); i++; continue; }
    if (c === "'") { out.push({ t: 'string', v: readQuoted() }); continue; }
    const num = NUMBER.exec(text.slice(i));
    if (num) {
      i += num[0].length;
      if (i < text.length && IDENT_PART.test(text[i])) fail();
      out.push({ t: 'number', v: Number(num[0].replace(/[mMdDfFlL]$/, '')) });
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < text.length && IDENT_PART.test(text[j])) j++;
      const word = text.slice(i, j);
      i = j;
      if (word === 'datetime' && text[i] === "'") {
        const iso = normaliseDateTime(readQuoted());
        if (iso === null) fail();
        out.push({ t: 'datetime', v: iso });
      } else {
        out.push({ t: 'ident', v: word });
      }
      continue;
    }
    fail();
  }
  out.push({ t: 'eof' });
  return out;
}

/**
 * Brings any accepted date spelling to the storage form 'YYYY-MM-DDTHH:MM:SSZ'.
 * A value without zone is UTC because SharePoint REST interprets it that way.
 */
export function normaliseDateTime(raw: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const check = new Date(ms);
  // Date.UTC silently rolls 2024-02-31 over to March; reject it instead.
  if (check.getUTCFullYear() !== +y || check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) return null;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  }
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---------------------------------------------------------------- parser

export function parseFilter(text: string): FilterNode {
  const fail = (): never => { throw ODataSyntaxError.forExpression(text); };
  const tokens = tokenize(text, fail);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const next = (): Token => tokens[pos++];
  const isWord = (tok: Token, word: string): boolean => tok.t === 'ident' && tok.v === word;
  const expect = (t: Token['t']): Token => { const tok = next(); if (tok.t !== t) fail(); return tok; };

  const parsePath = (): string[] => {
    const first = expect('ident') as { t: 'ident'; v: string };
    const path = [first.v];
    while (peek().t === 'slash') {
      next();
      path.push((expect('ident') as { t: 'ident'; v: string }).v);
    }
    return path;
  };

  type Operand = { field: string[] } | { literal: Literal };
  const parseOperand = (): Operand => {
    const tok = peek();
    switch (tok.t) {
      case 'string': next(); return { literal: { type: 'string', value: tok.v } };
      case 'number': next(); return { literal: { type: 'number', value: tok.v } };
      case 'datetime': next(); return { literal: { type: 'datetime', value: tok.v } };
      case 'ident':
        if (tok.v === 'true' || tok.v === 'false') { next(); return { literal: { type: 'boolean', value: tok.v === 'true' } }; }
        if (tok.v === 'null') { next(); return { literal: { type: 'null' } }; }
        if (tokens[pos + 1].t === 'lparen') fail(); // function in operand position: unsupported
        return { field: parsePath() };
      default: return fail();
    }
  };

  const parseCall = (name: string): FilterNode => {
    next(); // name
    expect('lparen');
    let node: FilterNode;
    if (name === 'substringof') {
      const needle = expect('string') as { t: 'string'; v: string };
      expect('comma');
      node = { kind: 'call', fn: 'substringof', field: parsePath(), value: needle.v };
    } else if (name === 'startswith') {
      const field = parsePath();
      expect('comma');
      const prefix = expect('string') as { t: 'string'; v: string };
      node = { kind: 'call', fn: 'startswith', field, value: prefix.v };
    } else {
      return fail();
    }
    expect('rparen');
    // Canonical OData v2 spelling `substringof('x',Title) eq true` is still seen in the wild.
    const after = peek();
    if (isWord(after, 'eq') || isWord(after, 'ne')) {
      next();
      const b = next();
      if (!(isWord(b, 'true') || isWord(b, 'false'))) fail();
      const positive = (after as { v: string }).v === 'eq' ? isWord(b, 'true') : isWord(b, 'false');
      return positive ? node : { kind: 'not', operand: node };
    }
    return node;
  };

  const parsePrimary = (): FilterNode => {
    const tok = peek();
    if (tok.t === 'lparen') {
      next();
      const inner = parseOr();
      expect('rparen');
      return inner;
    }
    if (tok.t === 'ident' && tokens[pos + 1].t === 'lparen') return parseCall(tok.v);
    const left = parseOperand();
    const opTok = next();
    if (opTok.t !== 'ident' || !COMPARE_OPS.has(opTok.v)) return fail();
    const op = opTok.v as CompareOp;
    const right = parseOperand();
    if ('field' in left && 'literal' in right) return { kind: 'compare', op, field: left.field, value: right.literal };
    if ('literal' in left && 'field' in right) return { kind: 'compare', op: MIRROR[op], field: right.field, value: left.literal };
    return fail(); // field-vs-field and literal-vs-literal are not supported by SharePoint
  };

  // `not` binds to the next primary so `not Status eq 'x'` reads as users mean it.
  const parseUnary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      next();
      return { kind: 'not', operand: parseUnary() };
    }
    return parsePrimary();
  };

  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  }

  const root = parseOr();
  if (peek().t !== 'eof') fail();
  // Every node, so a caller compiling only the limiting sub-clause still quotes the whole filter.
  const remember = (n: FilterNode): void => {
    sourceText.set(n, text);
    if (n.kind === 'and' || n.kind === 'or') { remember(n.left); remember(n.right); }
    else if (n.kind === 'not') remember(n.operand);
  };
  remember(root);
  return root;
}

/** Re-serialises a tree; used to quote a filter that did not come from parseFilter. */
export function formatFilter(node: FilterNode): string {
  const lit = (l: Literal): string =>
    l.type === 'string' ? `'${l.value.replace(/'/g, "''")}'` : l.type === 'datetime' ? `datetime'${l.value}'` : l.type === 'null' ? 'null' : String(l.value);
  const wrap = (n: FilterNode): string => (n.kind === 'and' || n.kind === 'or' ? `(${formatFilter(n)})` : formatFilter(n));
  switch (node.kind) {
    case 'and': case 'or': return `${wrap(node.left)} ${node.kind} ${wrap(node.right)}`;
    case 'not': return `not ${wrap(node.operand)}`;
    case 'compare': return `${node.field.join('/')} ${node.op} ${lit(node.value)}`;
    case 'call':
      return node.fn === 'substringof'
        ? `substringof(${lit({ type: 'string', value: node.value })}, ${node.field.join('/')})`
        : `startswith(${node.field.join('/')}, ${lit({ type: 'string', value: node.value })})`;
  }
}

// ---------------------------------------------------------------- SQL

/**
 * Every emitted predicate evaluates to 0/1, never NULL, so that `not` follows
 * OData two-valued logic (`not (X gt 5)` matches rows where X is null).
 */
export function filterToSql(node: FilterNode, resolve: ColumnResolver): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const fail = (): never => { throw ODataSyntaxError.forExpression(sourceText.get(node) ?? formatFilter(node)); };
  const sql = compile(node, resolve, params, fail);
  return { sql, params };
}

function compile(node: FilterNode, resolve: ColumnResolver, params: unknown[], fail: () => never): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${compile(node.left, resolve, params, fail)} ${node.kind.toUpperCase()} ${compile(node.right, resolve, params, fail)})`;
    case 'not':
      return `NOT (${compile(node.operand, resolve, params, fail)})`;
    case 'call': {
      const col = resolve(node.field);
      if (col.kind !== 'text') fail();
      if (node.fn === 'substringof') {
        params.push(node.value);
        return `(${col.sql} IS NOT NULL AND instr(lower(${col.sql}), lower(?)) > 0)`;
      }
      // LIKE is case-insensitive for ASCII, matching SharePoint; user text must not act as a wildcard.
      params.push(node.value.replace(/[\\%_]/g, (ch) => '\\' + ch) + '%');
      return `(${col.sql} IS NOT NULL AND ${col.sql} LIKE ? ESCAPE '\\')`;
    }
    case 'compare':
      return compileCompare(node, resolve(node.field), params, fail);
  }
}

function compileCompare(
  node: Extract<FilterNode, { kind: 'compare' }>,
  col: ColumnRef,
  params: unknown[],
  fail: () => never,
): string {
  const c = col.sql;
  const { op, value } = node;
  if (value.type === 'null') {
    if (op !== 'eq' && op !== 'ne') fail();
    // SharePoint reports an empty multi-value field as [] as well as null.
    const isEmpty = col.kind === 'multi' ? `(${c} IS NULL OR json_array_length(${c}) = 0)` : `${c} IS NULL`;
    return op === 'eq' ? isEmpty : `NOT ${isEmpty}`;
  }

  if (col.kind === 'multi') {
    // Multi-value lookups/persons/choices: `eq X` means "one of the values is X".
    if (op !== 'eq' && op !== 'ne') fail();
    if (value.type === 'datetime') fail();
    params.push(value.type === 'boolean' ? (value.value ? 1 : 0) : value.value);
    const contains = `EXISTS (SELECT 1 FROM json_each(${c}) WHERE value = ? COLLATE NOCASE)`;
    return op === 'eq' ? contains : `NOT ${contains}`;
  }

  let param: unknown;
  let collate = '';
  switch (col.kind) {
    case 'text':
      if (value.type !== 'string') fail();
      param = (value as { value: string }).value;
      collate = ' COLLATE NOCASE';
      break;
    case 'number':
    case 'id':
      if (value.type === 'number') param = value.value;
      else if (value.type === 'string' && value.value.trim() !== '' && Number.isFinite(Number(value.value))) param = Number(value.value);
      else fail();
      break;
    case 'boolean':
      if (op !== 'eq' && op !== 'ne') fail();
      if (value.type === 'boolean') param = value.value ? 1 : 0;
      else if (value.type === 'number' && (value.value === 0 || value.value === 1)) param = value.value;
      else fail();
      break;
    case 'datetime': {
      // PnPjs sends dates as quoted ISO strings, so a string is a date here.
      const iso = value.type === 'datetime' ? value.value : value.type === 'string' ? normaliseDateTime(value.value) : null;
      if (iso === null) fail();
      param = iso;
      break;
    }
    default:
      fail();
  }
  params.push(param);
  if (op === 'eq') return `${c} IS ?${collate}`;
  if (op === 'ne') return `${c} IS NOT ?${collate}`;
  const sqlOp = { gt: '>', ge: '>=', lt: '<', le: '<=' }[op];
  return `(${c} IS NOT NULL AND ${c} ${sqlOp} ?${collate})`;
}

// ---------------------------------------------------------------- threshold

/**
 * The clause SharePoint could drive an index seek with on a list above the
 * view threshold; null means the query would scan and must be throttled.
 */
export function limitingClause(node: FilterNode, resolve: ColumnResolver): FilterNode | null {
  switch (node.kind) {
    case 'compare':
      if (node.op === 'ne' || node.value.type === 'null') return null;
      return resolve(node.field).indexed ? node : null;
    case 'call':
      return node.fn === 'startswith' && resolve(node.field).indexed ? node : null;
    case 'not':
      return null;
    case 'and':
      // Documented SharePoint rule: only the first clause is considered.
      return limitingClause(node.left, resolve);
    case 'or':
      return leaves(node).every((leaf) => limitingClause(leaf, resolve) !== null) ? node : null;
  }
}

function leaves(node: FilterNode): FilterNode[] {
  return node.kind === 'and' || node.kind === 'or' ? [...leaves(node.left), ...leaves(node.right)] : [node];
}
