import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import type { TicketPageData } from '../../../data/tickets/TicketRepository';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { PersonBadge } from '../../common/PersonBadge';
import { UserText } from '../../common/UserText';
import { dateTimeText, isoText } from '../../common/dates';
import { formatNodes } from '../../common/formatNodes';
import { useRequestClasses } from './requestStyles';

/** The public conversation: who wrote (photo or initials), when, and their words. */
export function Conversation(props: { comments: TicketPageData['comments'] }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.myTickets;
  const c = useRequestClasses();
  return (
    <section aria-labelledby="hc-conversation" className={c.section}>
      <h3 id="hc-conversation" className={c.subheading}>{s.conversationHeading}</h3>
      {props.comments.length ? (
        <ol className={c.list}>
          {props.comments.map(m => (
            <li key={m.id} className={c.entry}>
              <div className={c.entryHead}>
                <PersonBadge name={m.authorName} email={m.authorEmail || undefined} secondaryText={m.from === 'desk' ? s.fromDesk : undefined} size={m.from === 'desk' ? 'regular' : 'small'} />
                <time dateTime={isoText(m.createdDate)}>{dateTimeText(m.createdDate, locale)}</time>
              </div>
              <p className={c.text}><UserText text={m.text} /></p>
            </li>
          ))}
        </ol>
      ) : <p className={c.muted}>{s.noComment}</p>}
    </section>
  );
}

/** The request's files as links, and a file input to add one (the page reloads it). */
export function Files(props: { id: number; files: TicketPageData['files']; services: MyTicketsServices; onAdded(): void; onFailed(): void }): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.myTickets;
  const c = useRequestClasses();
  return (
    <section aria-labelledby="hc-files" className={c.section}>
      <h3 id="hc-files" className={c.subheading}>{s.filesHeading}</h3>
      {props.files.length ? (
        <ul className={c.list}>
          {props.files.map(f => <li key={f.name}><Link href={f.url} download style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px', overflowWrap: 'anywhere' }}><UserText text={f.name} /></Link></li>)}
        </ul>
      ) : <p className={c.muted}>{s.noFile}</p>}
      <label className={c.fileInput} style={{ marginTop: 12 }}>
        {s.addFile}
        <input type="file" onChange={e => {
          const file = e.target.files && e.target.files[0];
          if (file) {
            props.services.addAttachment(props.id, file.name, file).then(props.onAdded, (err: unknown) => { console.error('[HelpCenter] Adding the file failed:', err); props.onFailed(); });
          }
          e.target.value = '';
        }} />
      </label>
    </section>
  );
}

/** The status steps: the status, when, and by whom. */
export function Timeline(props: { steps: TicketPageData['timeline'] }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.myTickets;
  const c = useRequestClasses();
  return (
    <section aria-labelledby="hc-timeline" className={c.section}>
      <h3 id="hc-timeline" className={c.subheading}>{s.timelineHeading}</h3>
      <ol className={c.list}>
        {props.steps.map((step, i) => (
          <li key={i} className={c.entryHead} style={{ fontSize: 'inherit' }}>
            {/* The status in words inside the sentence (a pill here would repeat the page's status pill word for word). */}
            <span>{formatNodes(s.timelineStep, strings.ticketStatus[step.status],
              <time dateTime={isoText(step.at)}>{dateTimeText(step.at, locale)}</time>, <UserText text={step.byName} />)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
