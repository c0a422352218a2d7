import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { SUPPORT_LEVELS, TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES } from '../../domain/vocabulary';
import { categoryTree } from '../../domain/categories/categoryTree';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { DeskSort, DeskView } from '../../domain/desk/queues';

/** Props of {@link DeskFiltersBar}. */
export interface DeskFiltersBarProps {
  /** The id the toolbar's "Filtres et tri" button controls. */
  id: string;
  view: DeskView;
  reference: IntakeFormData;
  onChange(update: (v: DeskView) => DeskView): void;
  /** The agent chose a "sort by": it replaces a sort by a column's header. */
  onSortChosen(): void;
}

const ALL = '';
const SORTS: DeskSort[] = ['due', 'priority', 'newest', 'oldest'];

const classes = mergeStyleSets({
  // As many filters a row as fit (one on a 320 px phone): nothing widens the page.
  bar: { border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: 600, marginBottom: 4 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 140px), 1fr))', gap: '4px 12px', alignItems: 'end' }
});

/**
 * The desk's filters (team, level, category tree, kind, location, priority, channel) and sort, shown when the agent
 * opens them ("Filtres et tri", src/ui/desk/DeskToolbar.tsx) or when one is set: in a chunk of its own.
 */
export default function DeskFiltersBar(props: DeskFiltersBarProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.desk;
  const f = props.view.filters;
  const set = (key: keyof DeskView['filters'], value: string | number | undefined): void =>
    props.onChange(v => ({ ...v, filters: { ...v.filters, [key]: value === ALL ? undefined : value } }));
  const name = (o: { titleFr: string; titleEn: string }): string => (locale === 'en' ? o.titleEn : o.titleFr);
  const choice = (id: string, label: string, value: string | number | undefined, options: IDropdownOption[], onChange: (v: string | number) => void): React.ReactNode => (
    <Dropdown id={id} label={label} selectedKey={value === undefined ? ALL : value} options={[{ key: ALL, text: s.all } as IDropdownOption].concat(options)}
      onChange={(_, o) => { if (o) onChange(o.key); }}
      // The category tree: a child is indented under its parent (its name alone shows once chosen).
      onRenderOption={o => (o ? <span style={{ paddingLeft: ((o.data && (o.data as { depth: number }).depth) || 0) * 16 }}>{o.text}</span> : null)} />
  );
  // Rooms and services; a room's equipment is included when the room is chosen.
  const places = props.reference.locations.filter(l => l.kind !== 'equipment');
  return (
    <fieldset className={classes.bar} id={props.id}>
      <legend className={classes.legend}>{s.filtersLabel}</legend>
      <div className={classes.grid}>
        {choice('hc-f-team', s.filterTeam, f.teamId, props.reference.teams.map(t => ({ key: t.id, text: name(t) })), v => set('teamId', Number(v) || undefined))}
        {choice('hc-f-level', s.filterLevel, f.level, SUPPORT_LEVELS.map(l => ({ key: l, text: strings.supportLevel[l] })), v => set('level', String(v)))}
        {choice('hc-f-category', s.filterCategory, f.categoryId, categoryTree(props.reference.categories).map(c => ({ key: c.k.id, text: name(c.k), data: { depth: c.depth } })),
          v => set('categoryId', Number(v) || undefined))}
        {choice('hc-f-kind', s.filterKind, f.kind, TICKET_KINDS.map(k => ({ key: k, text: strings.ticketKind[k] })), v => set('kind', String(v)))}
        {choice('hc-f-location', s.filterLocation, f.locationId, places.map(l => ({ key: l.id, text: l.building ? `${l.title} (${l.building})` : l.title })), v => {
          const id = Number(v) || undefined;
          const scope = id ? [id].concat(props.reference.locations.filter(l => l.parentId === id).map(l => l.id)) : undefined;
          props.onChange(view => ({ ...view, filters: { ...view.filters, locationId: id, locationIds: scope } }));
        })}
        {choice('hc-f-priority', s.filterPriority, f.priority, TICKET_PRIORITIES.map(k => ({ key: k, text: strings.ticketPriority[k] })), v => set('priority', String(v)))}
        {choice('hc-f-channel', s.filterChannel, f.channel, TICKET_CHANNELS.map(k => ({ key: k, text: strings.ticketChannel[k] })), v => set('channel', String(v)))}
        <Dropdown id="hc-f-sort" label={s.sortLabel} selectedKey={props.view.sort} options={SORTS.map(k => ({ key: k, text: s.sort[k] }))}
          onChange={(_, o) => { if (o) { const sort = o.key as DeskSort; props.onChange(v => ({ ...v, sort })); props.onSortChosen(); } }} />
      </div>
    </fieldset>
  );
}
