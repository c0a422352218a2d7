import * as React from 'react';
import { ConstrainMode, DetailsList, DetailsListLayoutMode, SelectionMode } from '@fluentui/react/lib/DetailsList';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { DeskQueueRow } from '../../domain/desk/queues';
import { hoursLeft } from '../../domain/desk/queues';
import { inStatusGroup } from '../../domain/tickets/statusGroups';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../domain/vocabulary';
import type { FieldNames } from '../../data/tickets/ticketView';
import type { SnapshotReading } from '../../domain/sla';
import { useHelpCenter } from '../common/HelpCenterContext';
import { UserText } from '../common/UserText';
import { formatString } from '../common/format';
import { fieldLabel } from '../common/fieldText';
import { dayText } from '../common/dates';
import { PRIORITY_TONE, Pill, StatusPill } from '../common/pills';
import type { PillTone } from '../common/pills';
import { PersonBadge } from '../common/PersonBadge';
import { clockText, clockTone } from './deskSla';

/** The queue's columns (also the keys of a column sort). */
export type DeskColumnKey = 'id' | 'title' | 'requester' | 'status' | 'priority' | 'sla' | 'team' | 'assignee' | 'updated';

/** A sort the agent chose by a column's header; it replaces the "sort by" choice until that changes. */
export interface DeskColumnSort {
  key: DeskColumnKey;
  descending: boolean;
}

/** Props of {@link DeskTable}. */
export interface DeskTableProps {
  /** The queue's tickets, in the order of the "sort by" choice. */
  rows: DeskQueueRow[];
  /** Names of the categories, teams and places the columns refer to. */
  names: FieldNames;
  now: Date;
  /** Business-hours SLA clocks of a row; absent until the SLA module has loaded (the due date shows meanwhile). */
  sla?: (t: DeskQueueRow) => SnapshotReading;
  /** The accessible name of the table (or of the cards on a phone). */
  label: string;
  /** A phone's width: one card per ticket instead of the table. */
  phone: boolean;
  /** The column the agent sorted by, if any. */
  sort?: DeskColumnSort;
  onSort(sort: DeskColumnSort): void;
  onOpen(id: number): void;
}

/** The id of the button (link) that opens a ticket from the queue: the ticket panel gives the focus back to it. */
export const openerId = (id: number): string => `hc-desk-open-${id}`;

/** What the SLA column says about a ticket: its resolution clock, or its due date until the clocks are read. */
interface SlaCell { text: string; tone: PillTone; minutes?: number }

/**
 * A queue's tickets: a sortable, virtualised Fluent table (number, title, requester, status, priority, SLA, team and
 * level, the agent who has it, last update), or one card per ticket on a phone. Each title opens the ticket.
 */
export function DeskTable(props: DeskTableProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.desk;
  const theme = useTheme();
  const classes = React.useMemo(() => tableClasses(theme.palette.neutralLight, theme.semanticColors.bodyBackground), [theme]);
  const teamName = (t: DeskQueueRow): string => {
    const n = t.teamId !== undefined ? props.names.teams[t.teamId] : undefined;
    return n ? n[locale] : '';
  };
  const teamLevel = (t: DeskQueueRow): string => {
    const team = teamName(t);
    return team ? formatString(s.columnTeamLevelValue, team, strings.supportLevel[t.level]) : strings.supportLevel[t.level];
  };
  const slaOf = (t: DeskQueueRow): SlaCell | undefined => {
    const r = props.sla ? props.sla(t).resolution : undefined;
    if (r) return { text: clockText(r, s.sla), tone: clockTone(r), minutes: r.state === 'met' ? Number.MAX_VALUE : r.remainingMinutes };
    if (inStatusGroup(t.status, 'waiting')) return { text: s.paused, tone: 'neutral' };
    const h = hoursLeft(t, props.now);
    if (h === undefined) return undefined;
    return h < 0 ? { text: formatString(s.overdue, -h), tone: 'danger', minutes: h * 60 } : { text: formatString(s.dueIn, h), tone: 'success', minutes: h * 60 };
  };
  const person = (p: DeskQueueRow['requester'] | undefined): string => (p ? p.displayName || p.email : '');
  const title = (t: DeskQueueRow): React.ReactElement => (
    // A link to the ticket's own address (a new tab works); a plain click opens it in the panel.
    <Link id={openerId(t.id)} href={`?ticket=${t.id}`} className={classes.title}
      onClick={e => { if (e.ctrlKey || e.metaKey || e.shiftKey) return; e.preventDefault(); props.onOpen(t.id); }}>
      <UserText text={t.title} />
    </Link>
  );
  const slaPill = (t: DeskQueueRow): React.ReactNode => {
    const c = slaOf(t);
    return c ? <Pill tone={c.tone}>{c.text}</Pill> : undefined;
  };
  const rows = React.useMemo(() => sorted(props.rows, props.sort, {
    title: t => t.title, requester: t => person(t.requester), team: teamLevel, assignee: t => person(t.assignedTo), sla: t => { const c = slaOf(t); return c && c.minutes; }
  }), [props.rows, props.sort, props.sla, props.now, locale]);

  if (props.phone) {
    return (
      <ul className={classes.cards} aria-label={props.label}>
        {rows.map(t => (
          <li key={t.id} className={classes.card}>
            <div className={classes.cardTitle}><span className={classes.number}>{`#${t.id}`}</span>{title(t)}</div>
            <div className={classes.pills}>
              <StatusPill status={t.status} labels={strings.deskStatus} />
              <Pill tone={PRIORITY_TONE[t.priority]}>{strings.ticketPriority[t.priority]}</Pill>
              {slaPill(t)}
            </div>
            <div className={classes.cardFooter}>
              {t.requester ? <PersonBadge name={person(t.requester)} email={t.requester.email} size="small" /> : <span />}
              <span>{dayText(t.modifiedAt || t.createdAt, locale)}</span>
            </div>
          </li>
        ))}
      </ul>
    );
  }

  const column = (key: DeskColumnKey, name: string, minWidth: number, maxWidth: number, render: (t: DeskQueueRow) => React.ReactNode): IColumn => ({
    key, name, minWidth, maxWidth, isResizable: true, isMultiline: key === 'title',
    isSorted: !!props.sort && props.sort.key === key, isSortedDescending: !!props.sort && props.sort.key === key && props.sort.descending,
    onRender: (t: DeskQueueRow) => render(t),
    onColumnClick: () => props.onSort({ key, descending: !!props.sort && props.sort.key === key && !props.sort.descending })
  });
  // Their least widths (with the cells' padding) fit a desk page of 1,100 px, so a 1366 px screen shows every column.
  const columns: IColumn[] = [
    column('id', s.columnNumber, 40, 56, t => t.id),
    column('title', s.columnTitle, 140, 360, title),
    column('requester', fieldLabel('requester', strings), 110, 200, t => (t.requester ? <PersonBadge name={person(t.requester)} email={t.requester.email} size="small" /> : '')),
    column('status', s.columnStatus, 120, 190, t => <StatusPill status={t.status} labels={strings.deskStatus} />),
    column('priority', fieldLabel('priority', strings), 70, 100, t => <Pill tone={PRIORITY_TONE[t.priority]}>{strings.ticketPriority[t.priority]}</Pill>),
    column('sla', s.sla.resolution, 120, 200, slaPill),
    column('team', s.columnTeamLevel, 90, 200, teamLevel),
    column('assignee', fieldLabel('assignedTo', strings), 90, 180, t => (t.assignedTo ? <UserText text={person(t.assignedTo)} /> : '')),
    column('updated', s.columnUpdated, 80, 120, t => dayText(t.modifiedAt || t.createdAt, locale))
  ];
  return (
    <div className={classes.table}>
      <DetailsList items={rows} columns={columns} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified}
        constrainMode={ConstrainMode.horizontalConstrained} getKey={(t: DeskQueueRow) => String(t.id)} setKey="queue"
        ariaLabelForGrid={props.label} onItemInvoked={(t: DeskQueueRow) => props.onOpen(t.id)} />
    </div>
  );
}

/** Rows in a column's order; the words of a column through `text` (names), statuses and priorities in the domain's order. */
function sorted(rows: DeskQueueRow[], sort: DeskColumnSort | undefined, read: {
  title: (t: DeskQueueRow) => string; requester: (t: DeskQueueRow) => string; team: (t: DeskQueueRow) => string;
  assignee: (t: DeskQueueRow) => string; sla: (t: DeskQueueRow) => number | undefined;
}): DeskQueueRow[] {
  if (!sort) return rows;
  const value = (t: DeskQueueRow): string | number => {
    switch (sort.key) {
      case 'id': return t.id;
      case 'status': return TICKET_STATUSES.indexOf(t.status);
      case 'priority': return TICKET_PRIORITIES.indexOf(t.priority);
      case 'updated': return (t.modifiedAt || t.createdAt).getTime();
      case 'sla': { const m = read.sla(t); return m === undefined ? Number.MAX_VALUE : m; }
      default: return read[sort.key](t).toLocaleLowerCase();
    }
  };
  const out = rows.slice().sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order || a.id - b.id;
  });
  return sort.descending ? out.reverse() : out;
}

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type
function tableClasses(line: string, background: string) {
  return mergeStyleSets({
    // The table never widens the page: narrow columns share the width (justified layout), long titles wrap.
    table: { maxWidth: '100%', overflowX: 'auto' },
    title: { fontWeight: 600, textAlign: 'left', minHeight: 24, display: 'inline-block', wordBreak: 'break-word' },
    cards: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
    card: { border: `1px solid ${line}`, borderRadius: 4, padding: 12, background, display: 'grid', gap: 8, minWidth: 0 },
    cardTitle: { display: 'flex', gap: 8, alignItems: 'baseline', minWidth: 0, wordBreak: 'break-word' },
    number: { flexShrink: 0 },
    pills: { display: 'flex', flexWrap: 'wrap', gap: 4 },
    cardFooter: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 8 }
  });
}
