/** `/sites/helpcenter/_workbench/outbox.html`: the mails the help center sent through the emulated Graph. */
import * as React from 'react';
import { formatString } from '../../../src/ui/common/format';
import { mountHelpBar } from '../runtime/helpBar';
import { mountPage } from '../runtime/mount';
import type { WorkbenchPageStrings } from '../runtime/workbenchStrings';

interface SentMail { id: number; from: string; to: string[]; cc: string[]; subject: string; contentType: string; body: string; sentAt: string }

/** Mail bodies are HTML written by the solution; the viewer shows their text only (never injects HTML). */
function textOf(mail: SentMail): string {
  if (mail.contentType.toLowerCase() !== 'html') return mail.body;
  const body = new DOMParser().parseFromString(mail.body, 'text/html').body;
  // Block elements end a line, as a mail client shows them (textContent alone runs paragraphs together).
  body.querySelectorAll('p, div, li, tr, h1, h2, h3, h4, table, ul, ol').forEach((el) => el.append('\n'));
  body.querySelectorAll('br').forEach((el) => el.replaceWith('\n'));
  body.querySelectorAll('td, th').forEach((el) => el.append(' '));
  return (body.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function Outbox(props: { strings: WorkbenchPageStrings }): React.ReactElement {
  const w = props.strings.workbench;
  const [mails, setMails] = React.useState<SentMail[] | undefined>();
  React.useEffect(() => {
    fetch('/_workbench/outbox')
      .then((r) => r.json() as Promise<SentMail[]>)
      .then((list) => setMails(list.slice().reverse()))
      .catch((err) => console.error('[workbench] Could not read the outbox:', err));
  }, []);
  if (!mails) return <p>{props.strings.common.loading}</p>;
  if (mails.length === 0) return <p>{w.outboxEmpty}</p>;
  return (
    <>
      <p>{w.outboxDescription}</p>
      {mails.map((m) => (
        <article key={m.id} aria-labelledby={`mail-${m.id}`} style={{ borderBottom: '1px solid', padding: '8px 0' }}>
          <h2 id={`mail-${m.id}`}>{m.subject}</h2>
          <p>{formatString(w.outboxFromTo, m.from, m.to.concat(m.cc).join(', '))}</p>
          <p>{w.outboxSentAt} <time dateTime={m.sentAt}>{new Date(m.sentAt).toLocaleString(document.documentElement.lang)}</time></p>
          <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{textOf(m)}</pre>
        </article>
      ))}
    </>
  );
}

mountHelpBar();
mountPage((s) => s.workbench.outboxTitle, ({ strings }) => <Outbox strings={strings} />);
