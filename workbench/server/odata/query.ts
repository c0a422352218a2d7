// $orderby / $select / $expand for list item queries. These are plain
// comma lists of member paths, so a split-and-validate is enough.
import { ODataSyntaxError } from './filter';

export { ODataSyntaxError };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parsePath(raw: string, fail: () => never): string[] {
  const segments = raw.split('/').map((s) => s.trim());
  if (!segments.every((s) => IDENT.test(s))) fail();
  return segments;
}

// An absent or blank option means "not given"; a stray comma is an error,
// as SharePoint rejects `$select=Title,`.
function items(text: string, fail: () => never): string[] {
  if (text.trim() === '') return [];
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) fail();
  return parts;
}

const failFor = (text: string) => (): never => {
  throw ODataSyntaxError.forExpression(text);
};

export function parseOrderBy(text: string): { path: string[]; desc: boolean }[] {
  const fail = failFor(text);
  return items(text, fail).map((part) => {
    const m = /^(.*?)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) return fail();
    return { path: parsePath(m[1], fail), desc: (m[2] ?? '').toLowerCase() === 'desc' };
  });
}

export function parseSelect(text: string): string[][] {
  const fail = failFor(text);
  return items(text, fail).map((part) => (part === '*' ? ['*'] : parsePath(part, fail)));
}

export function parseExpand(text: string): string[] {
  const fail = failFor(text);
  return items(text, fail).map((part) => parsePath(part, fail).join('/'));
}
