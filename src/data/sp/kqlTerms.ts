/**
 * A person's search words as KQL free text, and nothing else: SharePoint Search reads operators (AND, OR, NOT,
 * NEAR, XRANK, ... in upper case), property restrictions (`ListId:…`, `Path:…`), parentheses, quotes and
 * `+`/`-` in the query text ([MS-KQL] 2). Keeping only words (and a trailing `*` for prefix matching as one
 * types) means a query can never widen or escape the restriction the provider adds around it.
 */
const OPERATORS = ['AND', 'OR', 'NOT', 'NEAR', 'ONEAR', 'WORDS', 'XRANK', 'ALL', 'ANY', 'NONE'];

/** The words of `query` as plain KQL terms joined by spaces ("" when nothing searchable is left). */
export function kqlFreeText(query: string): string {
  const out: string[] = [];
  for (const raw of query.split(/\s+/)) {
    const prefix = /\*$/.test(raw);
    // Letters and digits of any script are kept; everything KQL could read as syntax becomes a separator.
    const parts = raw.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(p => p.length > 0);
    parts.forEach((part, i) => {
      // Upper-case operator words are left out: as terms they would be required words no article holds.
      if (OPERATORS.indexOf(part) >= 0) return;
      out.push(prefix && i === parts.length - 1 ? `${part}*` : part);
    });
  }
  return out.join(' ');
}

/** Normalises a list id as search returns it (`{GUID}` or `guid`) for comparison. */
export function sameListId(a: string | undefined, b: string | undefined): boolean {
  const norm = (x: string | undefined): string => String(x || '').replace(/[{}]/g, '').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
