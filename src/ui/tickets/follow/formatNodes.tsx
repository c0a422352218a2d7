import * as React from 'react';

/**
 * Like formatString, but the values are React nodes: a sentence from the strings (word order per language) with
 * typed text placed in it as `<UserText>`, isolated, wherever the language puts it (`{0}` may come twice).
 */
export function formatNodes(template: string, ...values: React.ReactNode[]): React.ReactElement {
  const parts = template.split(/\{(\d+)\}/);
  // split with a capturing group: even indexes are text, odd ones the placeholder numbers.
  return <>{parts.map((p, i) => (i % 2 === 0 ? p : <React.Fragment key={i}>{values[Number(p)]}</React.Fragment>))}</>;
}
