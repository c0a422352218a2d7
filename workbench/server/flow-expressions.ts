/**
 * The Workflow Definition Language's expressions (Azure Logic Apps, Power Automate), the part the help center's
 * mailer flow uses: `@fn(...)` values, `@{...}` interpolation, 'text' literals ('' escapes a quote), numbers,
 * true/false/null, `x?['name']` / `x['name']` / `x.name` / `x[0]` access, and the functions listed in FUNCTIONS.
 *
 * Where the reference says so (Microsoft Learn, "Reference guide to workflow expression functions"): indexOf,
 * startsWith and endsWith ignore case, replace does not, property names ignore case, string(true) is "True".
 * Stricter than the service where it could be laxer: every function argument is evaluated (a definition must not
 * count on if() skipping a branch), an unknown function or a wrong argument count fails, and reading an action that
 * did not run fails.
 */
import { randomUUID } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A failed expression: the action that evaluates it fails (Logic Apps' "InvalidTemplate"). */
export class ExpressionError extends Error {}

/** What an expression can read while an action runs. */
export interface ExpressionScope {
  variable(name: string): Json;
  parameter(name: string): Json;
  /** The recorded result of an action that ran: `{ status, outputs }`. */
  action(name: string): { status: string; outputs: Json };
  /** The current item of the named Foreach (or of the innermost one, for `item()` / a Query's `where`). */
  loopItem(name?: string): Json;
  now(): Date;
}

type Node =
  | { kind: 'literal'; value: Json }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'index'; target: Node; key: Node; safe: boolean };

interface Token { type: 'name' | 'string' | 'number' | 'punct'; text: string }

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new ExpressionError(`Unterminated string literal in "${text}".`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") { value += "'"; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
      out.push({ type: 'string', text: value });
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(text.slice(i));
    if (num && (c !== '-' || out.length === 0 || out[out.length - 1].type === 'punct')) {
      out.push({ type: 'number', text: num[0] });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i));
    if (name) { out.push({ type: 'name', text: name[0] }); i += name[0].length; continue; }
    if ('(),[]?.'.includes(c)) { out.push({ type: 'punct', text: c }); i++; continue; }
    throw new ExpressionError(`Unexpected character "${c}" in "${text}".`);
  }
  return out;
}

function parse(text: string): Node {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const expect = (p: string): void => {
    const t = tokens[pos++];
    if (!t || t.type !== 'punct' || t.text !== p) throw new ExpressionError(`Expected "${p}" in "${text}".`);
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new ExpressionError(`Unexpected end of "${text}".`);
    if (t.type === 'string') return { kind: 'literal', value: t.text };
    if (t.type === 'number') return { kind: 'literal', value: Number(t.text) };
    if (t.type === 'name') {
      const lower = t.text.toLowerCase();
      if (peek()?.text !== '(') {
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
        if (lower === 'null') return { kind: 'literal', value: null };
        throw new ExpressionError(`"${t.text}" is not a function call in "${text}".`);
      }
      pos++;
      const args: Node[] = [];
      if (peek()?.text !== ')') {
        for (;;) {
          args.push(postfix());
          if (peek()?.text === ',') { pos++; continue; }
          break;
        }
      }
      expect(')');
      return { kind: 'call', name: lower, args };
    }
    throw new ExpressionError(`Unexpected "${t.text}" in "${text}".`);
  };
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      const t = peek();
      if (!t || t.type !== 'punct') return node;
      let safe = false;
      if (t.text === '?') { safe = true; pos++; }
      const next = peek();
      if (next?.text === '[') {
        pos++;
        const key = postfix();
        expect(']');
        node = { kind: 'index', target: node, key, safe };
      } else if (next?.text === '.' && !safe) {
        pos++;
        const name = tokens[pos++];
        if (!name || name.type !== 'name') throw new ExpressionError(`Expected a property name in "${text}".`);
        node = { kind: 'index', target: node, key: { kind: 'literal', value: name.text }, safe: false };
      } else if (safe) {
        throw new ExpressionError(`"?" must be followed by "[" in "${text}".`);
      } else return node;
    }
  };
  const node = postfix();
  if (pos !== tokens.length) throw new ExpressionError(`Unexpected "${tokens[pos].text}" in "${text}".`);
  return node;
}

const cache = new Map<string, Node>();
function parsed(text: string): Node {
  let node = cache.get(text);
  if (!node) {
    node = parse(text);
    cache.set(text, node);
  }
  return node;
}

function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function isObject(v: Json): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `string()` and `@{...}`: text as is, objects and arrays as JSON, booleans as .NET writes them. */
export function toText(v: Json): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

function text(fn: string, v: Json): string {
  if (typeof v !== 'string') throw new ExpressionError(`The function '${fn}' expects a string, not ${typeName(v)}.`);
  return v;
}

function int(fn: string, v: Json): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ExpressionError(`The function '${fn}' expects a number, not ${typeName(v)}.`);
  return v;
}

function bool(fn: string, v: Json): boolean {
  if (typeof v !== 'boolean') throw new ExpressionError(`The function '${fn}' expects a boolean, not ${typeName(v)}.`);
  return v;
}

/** One UTF-16 unit folded without changing any index (the service compares ignoring case, ordinal). */
function fold(s: string): string {
  return [...s].map((c) => (c.toUpperCase().length === c.length ? c.toUpperCase() : c)).join('');
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeName(a) !== typeName(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** .NET's Char.IsWhiteSpace, which trim() uses. */
const WHITESPACE = '\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function dotnetTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && WHITESPACE.includes(s[a])) a++;
  while (b > a && WHITESPACE.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

/** A timestamp as the service reads it (ISO 8601; more than three decimals are allowed). */
function timestamp(fn: string, v: Json): Date {
  const s = text(fn, v).replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw new ExpressionError(`The function '${fn}' expects a timestamp, not "${String(v)}".`);
  return new Date(ms);
}

/** .NET date formats: "o" (the default, seven decimals) and the custom patterns the flow uses. */
function formatTime(d: Date, format: string | undefined): string {
  const iso = d.toISOString();
  if (!format || format === 'o') return iso.replace(/\.(\d{3})Z$/, '.$10000Z');
  const parts: Record<string, string> = {
    yyyy: iso.slice(0, 4), MM: iso.slice(5, 7), dd: iso.slice(8, 10), HH: iso.slice(11, 13), mm: iso.slice(14, 16),
    ss: iso.slice(17, 19), fffffff: `${iso.slice(20, 23)}0000`, fff: iso.slice(20, 23),
  };
  let out = '';
  for (let i = 0; i < format.length;) {
    const token = ['yyyy', 'fffffff', 'fff', 'MM', 'dd', 'HH', 'mm', 'ss'].find((t) => format.startsWith(t, i));
    if (token) { out += parts[token]; i += token.length; continue; }
    if (!'-:.TZ '.includes(format[i])) throw new ExpressionError(`The date format "${format}" is not one the workbench knows.`);
    out += format[i++];
  }
  return out;
}

/** RFC 3986 escaping (.NET Uri.EscapeDataString): `!'()*` are escaped too, unlike encodeURIComponent. */
function escapeDataString(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A property by name: exact first, then ignoring case. */
function property(obj: { [key: string]: Json }, name: string): Json | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

type Fn = (args: Json[], scope: ExpressionScope) => Json;

function arity(name: string, args: Json[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw new ExpressionError(`The function '${name}' takes ${min === max ? min : `${min} to ${max}`} arguments (got ${args.length}).`);
}

const FUNCTIONS: Record<string, Fn> = {
  // Workflow
  variables: (a, s) => { arity('variables', a, 1); return s.variable(text('variables', a[0])); },
  parameters: (a, s) => { arity('parameters', a, 1); return s.parameter(text('parameters', a[0])); },
  outputs: (a, s) => { arity('outputs', a, 1); return s.action(text('outputs', a[0])).outputs; },
  body: (a, s) => {
    arity('body', a, 1);
    const o = s.action(text('body', a[0])).outputs;
    return isObject(o) && 'body' in o ? o.body : null;
  },
  actions: (a, s) => { arity('actions', a, 1); const r = s.action(text('actions', a[0])); return { status: r.status, outputs: r.outputs }; },
  items: (a, s) => { arity('items', a, 1); return s.loopItem(text('items', a[0])); },
  item: (a, s) => { arity('item', a, 0); return s.loopItem(); },
  // Strings
  concat: (a) => a.map(toText).join(''),
  substring: (a) => {
    arity('substring', a, 2, 3);
    const t = text('substring', a[0]);
    const start = int('substring', a[1]);
    const length = a.length > 2 ? int('substring', a[2]) : t.length - start;
    if (start < 0 || length < 0 || start + length > t.length) throw new ExpressionError(`The function 'substring' parameters are out of range: start ${start}, length ${length}, text length ${t.length}.`);
    return t.substr(start, length);
  },
  indexof: (a) => { arity('indexOf', a, 2); return fold(text('indexOf', a[0])).indexOf(fold(text('indexOf', a[1]))); },
  replace: (a) => {
    arity('replace', a, 3);
    const old = text('replace', a[1]);
    if (!old) throw new ExpressionError("The function 'replace' needs a non-empty text to replace.");
    return text('replace', a[0]).split(old).join(text('replace', a[2]));
  },
  trim: (a) => { arity('trim', a, 1); return dotnetTrim(text('trim', a[0])); },
  tolower: (a) => { arity('toLower', a, 1); return text('toLower', a[0]).toLowerCase(); },
  split: (a) => {
    arity('split', a, 2);
    const sep = text('split', a[1]);
    if (!sep) throw new ExpressionError("The function 'split' needs a separator.");
    return text('split', a[0]).split(sep);
  },
  startswith: (a) => { arity('startsWith', a, 2); return fold(text('startsWith', a[0])).startsWith(fold(text('startsWith', a[1]))); },
  endswith: (a) => { arity('endsWith', a, 2); return fold(text('endsWith', a[0])).endsWith(fold(text('endsWith', a[1]))); },
  encodeuricomponent: (a) => { arity('encodeUriComponent', a, 1); return escapeDataString(toText(a[0])); },
  decodeuricomponent: (a) => { arity('decodeUriComponent', a, 1); return decodeURIComponent(text('decodeUriComponent', a[0])); },
  guid: (a) => { arity('guid', a, 0); return randomUUID(); },
  // Collections
  length: (a) => {
    arity('length', a, 1);
    if (typeof a[0] === 'string' || Array.isArray(a[0])) return a[0].length;
    throw new ExpressionError(`The function 'length' expects a string or an array, not ${typeName(a[0])}.`);
  },
  empty: (a) => {
    arity('empty', a, 1);
    const v = a[0];
    if (v === null) return true;
    if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
    if (isObject(v)) return Object.keys(v).length === 0;
    throw new ExpressionError(`The function 'empty' expects a string, an array or an object, not ${typeName(v)}.`);
  },
  contains: (a) => {
    arity('contains', a, 2);
    const [c, v] = a;
    if (typeof c === 'string') return c.includes(text('contains', v));
    if (Array.isArray(c)) return c.some((x) => deepEqual(x, v));
    if (isObject(c)) return property(c, text('contains', v)) !== undefined;
    throw new ExpressionError(`The function 'contains' expects a collection, not ${typeName(c)}.`);
  },
  first: (a) => {
    arity('first', a, 1);
    const v = a[0];
    if (typeof v === 'string') return v.length ? v[0] : null;
    if (Array.isArray(v)) return v.length ? v[0] : null;
    throw new ExpressionError(`The function 'first' expects a string or an array, not ${typeName(v)}.`);
  },
  last: (a) => {
    arity('last', a, 1);
    const v = a[0];
    if (typeof v === 'string') return v.length ? v[v.length - 1] : null;
    if (Array.isArray(v)) return v.length ? v[v.length - 1] : null;
    throw new ExpressionError(`The function 'last' expects a string or an array, not ${typeName(v)}.`);
  },
  take: (a) => {
    arity('take', a, 2);
    const n = int('take', a[1]);
    if (typeof a[0] === 'string' || Array.isArray(a[0])) return a[0].slice(0, n) as Json;
    throw new ExpressionError(`The function 'take' expects a string or an array, not ${typeName(a[0])}.`);
  },
  createarray: (a) => a,
  coalesce: (a) => a.find((v) => v !== null) ?? null,
  // Logic
  equals: (a) => { arity('equals', a, 2); return deepEqual(a[0], a[1]); },
  and: (a) => { if (a.length < 1) arity('and', a, 1); return a.every((v) => bool('and', v)); },
  or: (a) => { if (a.length < 1) arity('or', a, 1); return a.map((v) => bool('or', v)).some(Boolean); },
  not: (a) => { arity('not', a, 1); return !bool('not', a[0]); },
  if: (a) => { arity('if', a, 3); return bool('if', a[0]) ? a[1] : a[2]; },
  less: (a) => { arity('less', a, 2); return compare('less', a) < 0; },
  lessorequals: (a) => { arity('lessOrEquals', a, 2); return compare('lessOrEquals', a) <= 0; },
  greater: (a) => { arity('greater', a, 2); return compare('greater', a) > 0; },
  greaterorequals: (a) => { arity('greaterOrEquals', a, 2); return compare('greaterOrEquals', a) >= 0; },
  // Math
  add: (a) => { arity('add', a, 2); return int('add', a[0]) + int('add', a[1]); },
  sub: (a) => { arity('sub', a, 2); return int('sub', a[0]) - int('sub', a[1]); },
  mul: (a) => { arity('mul', a, 2); return int('mul', a[0]) * int('mul', a[1]); },
  div: (a) => {
    arity('div', a, 2);
    const [x, y] = [int('div', a[0]), int('div', a[1])];
    if (y === 0) throw new ExpressionError("The function 'div' cannot divide by zero.");
    return Number.isInteger(x) && Number.isInteger(y) ? Math.trunc(x / y) : x / y;
  },
  mod: (a) => {
    arity('mod', a, 2);
    const [x, y] = [int('mod', a[0]), int('mod', a[1])];
    if (y === 0) throw new ExpressionError("The function 'mod' cannot divide by zero.");
    return x % y;
  },
  min: (a) => { const n = numbers('min', a); return Math.min(...n); },
  max: (a) => { const n = numbers('max', a); return Math.max(...n); },
  // Conversions
  int: (a) => {
    arity('int', a, 1);
    const v = a[0];
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v)) return Number(v);
    throw new ExpressionError(`The function 'int' cannot convert "${toText(v)}" to an integer.`);
  },
  string: (a) => { arity('string', a, 1); return toText(a[0]); },
  json: (a) => {
    arity('json', a, 1);
    try {
      return JSON.parse(text('json', a[0])) as Json;
    } catch {
      throw new ExpressionError(`The function 'json' cannot parse "${String(a[0]).slice(0, 80)}" as JSON.`);
    }
  },
  // Dates
  utcnow: (a, s) => { arity('utcNow', a, 0, 1); return formatTime(s.now(), a[0] === undefined ? undefined : text('utcNow', a[0])); },
  addhours: (a) => {
    arity('addHours', a, 2, 3);
    const d = timestamp('addHours', a[0]);
    return formatTime(new Date(d.getTime() + int('addHours', a[1]) * 3600000), a[2] === undefined ? undefined : text('addHours', a[2]));
  },
  ticks: (a) => { arity('ticks', a, 1); return (timestamp('ticks', a[0]).getTime() + 62135596800000) * 10000; },
};

/** min() and max() take numbers, or one array of numbers. */
function numbers(fn: string, a: Json[]): number[] {
  const list = a.length === 1 && Array.isArray(a[0]) ? a[0] : a;
  if (!list.length) throw new ExpressionError(`The function '${fn}' needs at least one number.`);
  return list.map((v) => int(fn, v));
}

function compare(fn: string, a: Json[]): number {
  const [x, y] = a;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
  throw new ExpressionError(`The function '${fn}' compares two numbers or two strings, not ${typeName(x)} and ${typeName(y)}.`);
}

function evaluateNode(node: Node, scope: ExpressionScope): Json {
  switch (node.kind) {
    case 'literal': return node.value;
    case 'call': {
      const fn = FUNCTIONS[node.name];
      if (!fn) throw new ExpressionError(`The workbench's flow runtime does not know the function '${node.name}'.`);
      return fn(node.args.map((n) => evaluateNode(n, scope)), scope);
    }
    case 'index': {
      const target = evaluateNode(node.target, scope);
      const key = evaluateNode(node.key, scope);
      if (target === null) {
        if (node.safe) return null;
        throw new ExpressionError(`Cannot read "${toText(key)}" of null (use ?[...]).`);
      }
      if (Array.isArray(target) && typeof key === 'number') {
        const v = target[key];
        if (v === undefined && !node.safe) throw new ExpressionError(`The index ${key} is out of range.`);
        return v ?? null;
      }
      if (isObject(target) && typeof key === 'string') {
        const v = property(target, key);
        if (v === undefined && !node.safe) throw new ExpressionError(`The property '${key}' doesn't exist.`);
        return v ?? null;
      }
      if (node.safe && typeof target !== 'object') return null;
      throw new ExpressionError(`Cannot read "${toText(key)}" of ${typeName(target)}.`);
    }
  }
}

/** Evaluates one expression (the text after `@`). */
export function evaluateExpression(expression: string, scope: ExpressionScope): Json {
  return evaluateNode(parsed(expression), scope);
}

/** The end of an `@{...}` starting at `open` (the `{`), skipping quoted text. */
function interpolationEnd(s: string, open: number): number {
  let inQuote = false;
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "'") inQuote = !inQuote;
    else if (s[i] === '}' && !inQuote) return i;
  }
  throw new ExpressionError(`An @{ is not closed in "${s}".`);
}

/**
 * A definition value as the service evaluates it: a string "@expr" is the expression's value, "@@" starts a
 * literal "@", "@{expr}" inside a string is replaced by the value as text; objects and arrays are walked.
 */
export function evaluateValue(value: unknown, scope: ExpressionScope): Json {
  if (typeof value === 'string') {
    if (value.startsWith('@@')) return value.slice(1);
    if (value.startsWith('@') && !value.startsWith('@{')) return evaluateExpression(value.slice(1), scope);
    if (!value.includes('@{')) return value;
    let out = '';
    let i = 0;
    while (i < value.length) {
      const at = value.indexOf('@{', i);
      if (at < 0) { out += value.slice(i); break; }
      if (at > 0 && value[at - 1] === '@') { out += value.slice(i, at + 1); i = at + 1; continue; }
      out += value.slice(i, at);
      const end = interpolationEnd(value, at + 1);
      out += toText(evaluateExpression(value.slice(at + 2, end), scope));
      i = end + 1;
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, scope));
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = evaluateValue(v, scope);
    return out;
  }
  return value as Json;
}

/** The variables an expression value names with a literal (`variables('x')`): a Set variable may not read its own. */
export function variablesNamed(value: unknown): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.kind === 'call') {
      if (node.name === 'variables' && node.args[0]?.kind === 'literal' && typeof node.args[0].value === 'string') out.push(node.args[0].value);
      node.args.forEach(walk);
    } else if (node.kind === 'index') {
      walk(node.target);
      walk(node.key);
    }
  };
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.startsWith('@') && !v.startsWith('@@') && !v.startsWith('@{')) walk(parsed(v.slice(1)));
      let at = v.indexOf('@{');
      while (at >= 0) {
        const end = interpolationEnd(v, at + 1);
        walk(parsed(v.slice(at + 2, end)));
        at = v.indexOf('@{', end);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return out;
}
