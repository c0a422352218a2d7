import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TICKET_STATUSES, TicketStatus } from '../../../domain/vocabulary';
import type { TicketSummary } from '../../../data/tickets/ticketView';
import type { MyTicketsServices } from '../../../data/tickets/MyTicketsServices';
import type { TicketPage } from '../../../data/tickets/TicketRepository';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LoadingState } from '../../common/LoadingState';
import { UserText } from '../../common/UserText';
import type { FormClasses } from '../form/formStyles';

/** Props of {@link TicketList}. */
export interface TicketListProps {
  services: MyTicketsServices;
  classes: FormClasses;
  newRequestUrl?: string;
  onOpen(id: number): void;
}

/** The person's requests, by tab and status, page by page. */
export function TicketList(props: TicketListProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.myTickets;
  const [tab, setTab] = React.useState<'mine' | 'filedForOthers'>('mine');
  const [isAgent, setIsAgent] = React.useState(false);
  const [status, setStatus] = React.useState<TicketStatus | ''>('');
  const [rows, setRows] = React.useState<TicketSummary[] | undefined>();
  const [next, setNext] = React.useState<TicketPage['next']>();
  const [failed, setFailed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setRows(undefined);
    setFailed(false);
    props.services.viewer().then(v => { if (live) setIsAgent(v.isAgent); }, () => undefined);
    props.services.list(tab, status || undefined).then(page => {
      if (!live) return;
      setRows(page.summaries);
      setNext(() => page.next);
    }, (e: unknown) => { console.error('[HelpCenter] Loading the requests failed:', e); if (live) setFailed(true); });
    return () => { live = false; };
  }, [props.services, tab, status, attempt]);

  const more = (): void => {
    if (!next) return;
    next().then(page => { setRows(r => (r || []).concat(page.summaries)); setNext(() => page.next); }, () => setFailed(true));
  };
  const date = (at: Date): string => at.toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR');
  const tabs: ['mine' | 'filedForOthers', string][] = [['mine', s.tabMine], ['filedForOthers', s.tabOnBehalf]];
  return (
    <div className={props.classes.form}>
      {isAgent ? <div role="tablist" aria-label={s.title} className={props.classes.actions}>
        {tabs.map(([key, label]) => (
          <DefaultButton key={key} role="tab" aria-selected={tab === key} checked={tab === key} text={label} onClick={() => setTab(key)} />
        ))}
      </div> : undefined}
      {tab === 'mine' ? (
        <div className={props.classes.field}>
          <label htmlFor="hc-status-filter" className={props.classes.label}>{s.statusFilter}</label>
          <select id="hc-status-filter" className={props.classes.select} value={status} onChange={e => setStatus(e.target.value as TicketStatus | '')}>
            <option value="">{s.allStatuses}</option>
            {TICKET_STATUSES.map(st => <option key={st} value={st}>{strings.ticketStatus[st]}</option>)}
          </select>
        </div>
      ) : undefined}
      {failed ? <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.common.retry} onClick={() => setAttempt(a => a + 1)} />}>{s.loadFailed}</MessageBar> : undefined}
      {!rows && !failed ? <LoadingState label={s.loading} /> : undefined}
      {rows && !rows.length ? <p>{s.empty} {props.newRequestUrl ? <a href={props.newRequestUrl}>{s.newRequest}</a> : undefined}</p> : undefined}
      {rows && rows.length ? (
        <table className={props.classes.table}>
          <caption>{tab === 'mine' ? s.tabMine : s.tabOnBehalf}</caption>
          <thead><tr><th scope="col">{s.columnNumber}</th><th scope="col">{s.columnTitle}</th><th scope="col">{s.columnStatus}</th><th scope="col">{s.columnUpdated}</th></tr></thead>
          <tbody>
            {rows.map(r => (
              <tr key={r.id}>
                <td>{r.id}</td>
                <td><a href={`?ticket=${r.id}`} onClick={e => { e.preventDefault(); props.onOpen(r.id); }}><UserText text={r.title} /></a></td>
                <td>{r.received ? strings.ticketStatus[r.status] : s.notReceived}</td>
                <td>{date(r.modifiedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : undefined}
      {next ? <DefaultButton text={s.more} onClick={more} /> : undefined}
    </div>
  );
}
