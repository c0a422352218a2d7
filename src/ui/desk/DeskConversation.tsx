import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { TicketPageData } from '../../data/tickets/TicketRepository';
import { useHelpCenter } from '../common/HelpCenterContext';
import { UserText } from '../common/UserText';
import { PersonBadge } from '../common/PersonBadge';
import { isoText } from '../common/dates';
import type { FormClasses } from '../common/formStyles';

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

interface ThreadItem { id: number | string; text: string; author: string; email?: string; at: string }

/** One thread of the ticket page: its messages (who, when, what), then a box to add one (the text is kept when posting fails). */
function Thread(props: {
  id: string; heading: string; empty: string; items: ThreadItem[]; when(iso: string): string;
  label: string; action: string; primary?: boolean; className?: string; onPost(text: string): Promise<boolean>;
}): React.ReactElement {
  const [text, setText] = React.useState('');
  const theme = useTheme();
  const c = React.useMemo(() => mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 },
    item: { display: 'grid', gap: 4, paddingBottom: 12, borderBottom: `1px solid ${theme.palette.neutralLight}`, minWidth: 0 },
    byline: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', color: theme.semanticColors.bodySubtext },
    text: { whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }
  }), [theme]);
  const Button = props.primary ? PrimaryButton : DefaultButton;
  return (
    <section aria-labelledby={props.id} className={props.className} style={{ display: 'grid', gap: 8 }}>
      <h3 id={props.id} style={{ margin: 0 }}>{props.heading}</h3>
      {props.items.length ? (
        <ol className={c.list}>
          {props.items.map(x => (
            <li key={x.id} className={c.item}>
              <div className={c.byline}>
                <PersonBadge name={x.author} email={x.email} size="small" />
                <time dateTime={isoText(x.at)}>{props.when(x.at)}</time>
              </div>
              <p className={c.text}><UserText text={x.text} /></p>
            </li>
          ))}
        </ol>
      ) : <p style={{ margin: 0 }}>{props.empty}</p>}
      <TextField id={`${props.id}-text`} label={props.label} multiline autoAdjustHeight rows={3} value={text} onChange={(_, value) => setText(value || '')} />
      <div>
        {/* Stays focusable while there is nothing to send: the keyboard does not lose its place after sending. */}
        <Button text={props.action} disabled={!text.trim()} allowDisabledFocus
          onClick={() => { props.onPost(text.trim()).then(ok => { if (ok) setText(''); }, () => undefined); }} />
      </div>
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
      <Thread id="hc-desk-conversation" heading={m.conversationHeading} empty={m.noComment} label={s.replyLabel} action={s.sendReply} primary when={when}
        items={data.comments.map(x => ({ id: x.id, text: x.text, author: x.authorName, email: x.authorEmail, at: x.createdDate }))} onPost={props.onReply} />
      <Thread id="hc-desk-notes" heading={s.notesHeading} empty={s.noNote} label={s.noteLabel} action={s.addNote} className={classes.panel} when={when}
        items={data.notes.map(x => ({ id: x.id, text: x.text, author: x.authorName, at: x.created }))} onPost={props.onNote} />
    </>
  );
}
