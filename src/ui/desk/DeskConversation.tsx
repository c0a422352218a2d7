import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { TicketPageData } from '../../data/tickets/TicketRepository';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import type { FormClasses } from '../tickets/form/formStyles';

/** Props of {@link DeskConversation}. */
export interface DeskConversationProps {
  data: TicketPageData;
  classes: FormClasses;
  when(iso: string): string;
  /** Posts a public reply; resolves false when it failed (the text is kept). */
  onReply(text: string): Promise<boolean>;
  /** Adds an internal note; resolves false when it failed (the text is kept). */
  onNote(text: string): Promise<boolean>;
}

/** The public conversation with the requester and the support's internal notes. */
export function DeskConversation(props: DeskConversationProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.deskTicket;
  const m = strings.myTickets;
  const c = props.classes;
  const [reply, setReply] = React.useState('');
  const [note, setNote] = React.useState('');
  const { data, when } = props;
  return (
    <>
      <section aria-labelledby="hc-desk-conversation">
        <h3 id="hc-desk-conversation">{m.conversationHeading}</h3>
        {data.comments.length ? (
          <ol>{data.comments.map(x => <li key={x.id}><p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{x.text}</p><small>{formatString(m.commentBy, x.authorName, when(x.createdDate))}</small></li>)}</ol>
        ) : <p>{m.noComment}</p>}
        <div className={c.field}>
          <label htmlFor="hc-desk-reply" className={c.label}>{s.replyLabel}</label>
          <textarea id="hc-desk-reply" className={c.textarea} value={reply} onChange={e => setReply(e.target.value)} />
        </div>
        <PrimaryButton text={s.sendReply} disabled={!reply.trim()} onClick={() => { props.onReply(reply.trim()).then(ok => { if (ok) setReply(''); }, () => undefined); }} />
      </section>
      <section aria-labelledby="hc-desk-notes" className={c.panel}>
        <h3 id="hc-desk-notes">{s.notesHeading}</h3>
        {data.notes.length ? (
          <ol>{data.notes.map(x => <li key={x.id}><p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{x.text}</p><small>{formatString(s.noteBy, x.authorName, when(x.created))}</small></li>)}</ol>
        ) : <p>{s.noNote}</p>}
        <div className={c.field}>
          <label htmlFor="hc-desk-note" className={c.label}>{s.noteLabel}</label>
          <textarea id="hc-desk-note" className={c.textarea} value={note} onChange={e => setNote(e.target.value)} />
        </div>
        <DefaultButton text={s.addNote} disabled={!note.trim()} onClick={() => { props.onNote(note.trim()).then(ok => { if (ok) setNote(''); }, () => undefined); }} />
      </section>
    </>
  );
}
