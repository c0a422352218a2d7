import * as React from 'react';
import { ANNOUNCEMENT_SEVERITIES, AnnouncementSeverity } from '../../../domain/vocabulary';
import { useHelpCenter } from '../../common/HelpCenterContext';
import type { DeskTicketExtrasProps } from './DeskTicketExtras';

const DEFAULT_DAYS = 3;

/** `YYYY-MM-DD` of a local date, for a date input. */
function isoDay(d: Date): string {
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "We know, we are on it": an announcement about a problem, shown by the help bar and the knowledge search until its end. */
export function AnnouncementForm(props: DeskTicketExtrasProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const x = strings.deskExtra;
  const c = props.classes;
  const { PrimaryButton } = props.ui;
  const t = props.data.view;
  const [title, setTitle] = React.useState(t.title);
  const [body, setBody] = React.useState('');
  const [severity, setSeverity] = React.useState<AnnouncementSeverity>('warning');
  const [end, setEnd] = React.useState(() => isoDay(new Date(Date.now() + DEFAULT_DAYS * 86400000)));
  const [busy, setBusy] = React.useState(false);
  const publish = (): void => {
    const [y, m, d] = end.split('-').map(Number);
    // From the current minute: SharePoint stores whole seconds, and a start a few milliseconds ahead of a
    // reader's clock would hide the announcement for that second.
    const start = new Date();
    start.setSeconds(0, 0);
    setBusy(true);
    props.services.publishAnnouncement({
      problemId: t.id, title, body, severity, language: locale, start, end: new Date(y, m - 1, d, 23, 59, 59)
    }).then(() => {
      setBusy(false);
      setBody('');
      props.onNotice('success', x.announcementPublished);
    }, (e: unknown) => {
      setBusy(false);
      console.error('[HelpCenter] Publishing the announcement failed:', e);
      props.onNotice('error', x.announcementFailed);
    });
  };
  return (
    <fieldset className={c.fieldset}>
      <legend className={c.legend}>{x.announcementHeading}</legend>
      <div className={c.field}>
        <label htmlFor="hc-announcement-title" className={c.label}>{x.announcementTitle}</label>
        <input id="hc-announcement-title" className={c.input} value={title} maxLength={255} onChange={e => setTitle(e.target.value)} />
      </div>
      <div className={c.field}>
        <label htmlFor="hc-announcement-body" className={c.label}>{x.announcementBody}</label>
        <textarea id="hc-announcement-body" className={c.textarea} value={body} onChange={e => setBody(e.target.value)} />
      </div>
      <div className={c.actions}>
        <div className={c.field}>
          <label htmlFor="hc-announcement-severity" className={c.label}>{x.announcementSeverity}</label>
          <select id="hc-announcement-severity" className={c.select} value={severity} onChange={e => setSeverity(e.target.value as AnnouncementSeverity)}>
            {ANNOUNCEMENT_SEVERITIES.map(v => <option key={v} value={v}>{x.severity[v]}</option>)}
          </select>
        </div>
        <div className={c.field}>
          <label htmlFor="hc-announcement-end" className={c.label}>{x.announcementEnd}</label>
          <input id="hc-announcement-end" type="date" className={c.input} value={end} min={isoDay(new Date())} onChange={e => setEnd(e.target.value)} />
        </div>
      </div>
      <PrimaryButton text={x.announcementPublish} disabled={busy || !title.trim() || !body.trim() || !end} onClick={publish} />
    </fieldset>
  );
}
