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
  const { PrimaryButton, TextField, Dropdown } = props.ui;
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
      <div style={{ display: 'grid', gap: 8 }}>
        <TextField id="hc-announcement-title" label={x.announcementTitle} value={title} maxLength={255} onChange={(_, v) => setTitle(v || '')} />
        <TextField id="hc-announcement-body" label={x.announcementBody} multiline autoAdjustHeight rows={3} value={body} onChange={(_, v) => setBody(v || '')} />
        <div className={c.actions} style={{ alignItems: 'flex-end' }}>
          <Dropdown id="hc-announcement-severity" label={x.announcementSeverity} selectedKey={severity} style={{ minWidth: 160 }}
            options={ANNOUNCEMENT_SEVERITIES.map(v => ({ key: v, text: x.severity[v] }))} onChange={(_, o) => { if (o) setSeverity(o.key as AnnouncementSeverity); }} />
          <TextField id="hc-announcement-end" type="date" label={x.announcementEnd} value={end} min={isoDay(new Date())} onChange={(_, v) => setEnd(v || '')} />
        </div>
      </div>
      <PrimaryButton text={x.announcementPublish} disabled={busy || !title.trim() || !body.trim() || !end} onClick={publish} />
    </fieldset>
  );
}
