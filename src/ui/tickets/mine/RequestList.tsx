import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, IColumn, SelectionMode } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { UserText } from '../../common/UserText';
import { dayText, isoText } from '../../common/dates';
import { formatString } from '../../common/format';
import { formatNodes } from '../../common/formatNodes';
import { useRequestClasses } from './requestStyles';
import { usePhone } from '../../common/usePhone';

/** One request of a list, as the person reads it. */
export interface RequestRow {
  id: number;
  title: string;
  /** Its status as a pill (the reader's words). */
  status: React.ReactNode;
  /** A flag beside the title (e.g. "waiting for you"), or nothing. */
  flag?: React.ReactNode;
  updatedAt: Date | string;
}

/** Props of {@link RequestList}. */
export interface RequestListProps {
  rows: RequestRow[];
  /** The list's accessible name (the section's heading text). */
  label: string;
  /** Prefix of each opening link's id (`${idPrefix}${row.id}`), so the page can put the focus back on it. */
  idPrefix: string;
  /** The address of a row (`?ticket=ID`): the link works when opened in a new tab too. */
  href(id: number): string;
  onOpen(id: number): void;
}

/** The opening link's id of a row: {@link RequestList} gives it to the row's link, the page focuses it on return. */
export function requestLinkId(prefix: string, id: number): string {
  return `${prefix}${id}`;
}

/**
 * Puts the focus on a row's opening link once the list shows it (the table renders its rows a moment after the data:
 * a few tries, then it gives up); returns the cancel for the effect's clean-up.
 */
export function focusRequestLink(prefix: string, id: number, done: () => void): () => void {
  let tries = 0;
  let timer: number | undefined;
  const attempt = (): void => {
    const link = document.getElementById(requestLinkId(prefix, id));
    if (link) { link.focus(); done(); return; }
    if (++tries >= 20) { done(); return; }
    timer = window.setTimeout(attempt, 50);
  };
  attempt();
  return () => { if (timer !== undefined) window.clearTimeout(timer); };
}

/**
 * Requests as a table on a wide screen (Fluent DetailsList: number, title, status, last change; keyboard and virtualised)
 * and as cards on a phone. Each title is a link that opens the request in the page.
 */
export function RequestList(props: RequestListProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.myTickets;
  const c = useRequestClasses();
  const narrow = usePhone();
  const open = (id: number): ((e: React.MouseEvent<HTMLElement>) => void) => (e: React.MouseEvent<HTMLElement>): void => {
    // A click with a modifier opens the address in a new tab, as a link does.
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    props.onOpen(id);
  };
  const title = (r: RequestRow): React.ReactElement => (
    <Link id={requestLinkId(props.idPrefix, r.id)} href={props.href(r.id)} onClick={open(r.id)} className={c.cardTitle}>
      <UserText text={r.title} />
    </Link>
  );
  const updated = (r: RequestRow): React.ReactElement => <time dateTime={isoText(r.updatedAt)}>{dayText(r.updatedAt, locale)}</time>;

  if (narrow) {
    return (
      <ul className={c.cards} aria-label={props.label}>
        {props.rows.map(r => (
          <li key={r.id} className={c.card}>
            <span>{formatString(s.cardNumber, r.id)}</span>
            {title(r)}
            <div className={c.cardTop}>{r.status}{r.flag}</div>
            <span className={c.muted}>{formatNodes(s.updatedOn, updated(r))}</span>
          </li>
        ))}
      </ul>
    );
  }
  const columns: IColumn[] = [
    { key: 'id', name: s.columnNumber, minWidth: 40, maxWidth: 60, onRender: (r: RequestRow) => <span>{r.id}</span> },
    {
      key: 'title', name: s.columnTitle, minWidth: 160, isMultiline: true,
      onRender: (r: RequestRow) => <span className={c.cardTop}>{title(r)}{r.flag}</span>
    },
    { key: 'status', name: s.columnStatus, minWidth: 200, maxWidth: 260, isMultiline: true, onRender: (r: RequestRow) => r.status },
    { key: 'updated', name: s.columnUpdated, minWidth: 90, maxWidth: 120, onRender: updated }
  ];
  return (
    <DetailsList
      items={props.rows}
      columns={columns}
      getKey={(r: RequestRow) => String(r.id)}
      setKey={props.idPrefix}
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      ariaLabelForGrid={props.label}
      compact={false}
    />
  );
}
