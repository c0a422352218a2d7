import * as React from 'react';

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Text with the query's matched words in <mark>, built from text nodes only (nothing from SharePoint is parsed as HTML). */
export function Highlight(props: { text: string; words: string[] }): React.ReactElement {
  const words = props.words.map(fold).filter(w => w.length > 1);
  if (!words.length) return <>{props.text}</>;
  const parts: React.ReactNode[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let last = 0;
  let m: RegExpExecArray | null; // eslint-disable-line @rushstack/no-new-null
  while ((m = re.exec(props.text)) !== null) {
    const w = fold(m[0]);
    if (words.some(x => w.indexOf(x) === 0 || x.indexOf(w) === 0 && w.length > 2)) {
      if (m.index > last) parts.push(props.text.slice(last, m.index));
      parts.push(<mark key={m.index}>{m[0]}</mark>);
      last = m.index + m[0].length;
    }
  }
  if (last < props.text.length) parts.push(props.text.slice(last));
  return <>{parts}</>;
}
