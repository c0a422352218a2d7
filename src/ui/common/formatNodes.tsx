import * as React from 'react';

/**
 * `formatString` for elements: replaces `{0}`, `{1}`… of a localized template with nodes, so a typed title can go
 * into a sentence inside <UserText> while each language keeps its word order.
 */
export function formatNodes(template: string, ...args: React.ReactNode[]): React.ReactElement {
  const parts = template.split(/(\{\d+\})/);
  return (
    <>
      {parts.map((part, i) => {
        const m = /^\{(\d+)\}$/.exec(part);
        return <React.Fragment key={i}>{m && args[Number(m[1])] !== undefined ? args[Number(m[1])] : part}</React.Fragment>;
      })}
    </>
  );
}
