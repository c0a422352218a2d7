import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { TicketPageData } from '../../data/tickets/TicketRepository';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatNodes } from '../common/formatNodes';
import { UserText } from '../common/UserText';
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

/** One thread of the ticket page: its messages, then a box to add one (the text is kept when posting fails). */
function Thread(props: {
  id: string; heading: string; empty: string; items: { id: number | string; text: string; byline: React.ReactNode }[];
  label: string; action: string; primary?: boolean; className?: string; classes: FormClasses; onPost(text: string): Promise<boolean>;
}): React.ReactElement {
  const [text, setText] = React.useState('');
  const c = props.classes;
  const Button = props.primary ? PrimaryButton : DefaultButton;
  return (
    <section aria-labelledby={props.id} className={props.className}>
      <h3 id={props.id}>{props.heading}</h3>
      {props.items.length ? (
        <ol>{props.items.map(x => <li key={x.id}><p style={{ whiteSpace: 'pre-wrap', margin: 0 }}><UserText text={x.text} /></p><small>{x.byline}</small></li>)}</ol>
      ) : <p>{props.empty}</p>}
      <div className={c.field}>
        <label htmlFor={`${props.id}-text`} className={c.label}>{props.label}</label>
        <textarea id={`${props.id}-text`} className={c.textarea} value={text} onChange={e => setText(e.target.value)} />
      </div>
      <Button text={props.action} disabled={!text.trim()} onClick={() => { props.onPost(text.trim()).then(ok => { if (ok) setText(''); }, () => undefined); }} />
    </section>
  );
}

/** The public conversation with the requester and the support's internal notes. */
export function DeskConversation(props: DeskConversationProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.deskTicket;
  const m = strings.myTickets;
  const { data, when, classes } = props;
  return (
    <>
      <Thread id="hc-desk-conversation" heading={m.conversationHeading} empty={m.noComment} label={s.replyLabel} action={s.sendReply} primary classes={classes}
        items={data.comments.map(x => ({ id: x.id, text: x.text, byline: formatNodes(m.commentBy, <UserText text={x.authorName} />, when(x.createdDate)) }))} onPost={props.onReply} />
      <Thread id="hc-desk-notes" heading={s.notesHeading} empty={s.noNote} label={s.noteLabel} action={s.addNote} className={classes.panel} classes={classes}
        items={data.notes.map(x => ({ id: x.id, text: x.text, byline: formatNodes(s.noteBy, <UserText text={x.authorName} />, when(x.created)) }))} onPost={props.onNote} />
    </>
  );
}
