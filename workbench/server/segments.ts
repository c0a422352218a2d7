/**
 * Splits an `/_api/...` path into OData segments: `getByTitle('A/B')`, `lists(guid'…')`,
 * `breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`, `siteusers(@v)` with its alias
 * taken from the query string. Slashes inside quotes or parentheses do not split.
 */
import { errors } from './errors';

export interface Segment {
  name: string;
  /** Lower-cased name: REST routing is case-insensitive. */
  key: string;
  /** Text between the parentheses, or null when the segment has none. */
  args: string | null;
}

export function splitSegments(path: string): Segment[] {
  const out: Segment[] = [];
  let current = '';
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === "'") inQuote = !inQuote;
    else if (!inQuote && ch === '(') depth++;
    else if (!inQuote && ch === ')') depth--;
    if (ch === '/' && depth === 0 && !inQuote) {
      if (current) out.push(toSegment(current));
      current = '';
    } else current += ch;
  }
  if (current) out.push(toSegment(current));
  return out;
}

function toSegment(text: string): Segment {
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) return { name: text, key: text.toLowerCase(), args: null };
  const name = text.slice(0, open);
  return { name, key: name.toLowerCase(), args: text.slice(open + 1, -1) };
}

/** Reads one literal: 'text' (with '' escapes), guid'…', a number, true/false, or an @alias. */
export function literal(raw: string, query: URLSearchParams): string {
  let text = raw.trim();
  if (text.startsWith('@')) {
    const aliased = query.get(text);
    if (aliased === null) throw errors.badRequest(`The parameter alias '${text}' was not found in the request.`);
    text = aliased.trim();
  }
  const guid = /^guid'(.*)'$/i.exec(text);
  if (guid) return guid[1];
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/** The single positional argument of a segment (`getByTitle('x')`, `items(3)`). */
export function singleArg(seg: Segment, query: URLSearchParams): string {
  if (seg.args === null || seg.args.trim() === '') throw errors.badRequest(`The segment ${seg.name} requires an argument.`);
  return literal(seg.args, query);
}

/** Named arguments `a=1,b='x'` as a lower-cased map. */
export function namedArgs(seg: Segment, query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (!seg.args) return out;
  const parts: string[] = [];
  let current = '';
  let inQuote = false;
  for (const ch of seg.args) {
    if (ch === "'") inQuote = !inQuote;
    if (ch === ',' && !inQuote) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    out[part.slice(0, eq).trim().toLowerCase()] = literal(part.slice(eq + 1), query);
  }
  return out;
}
