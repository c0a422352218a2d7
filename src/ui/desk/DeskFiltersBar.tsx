import * as React from 'react';
import { SUPPORT_LEVELS, TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES } from '../../domain/vocabulary';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { FormClasses } from '../tickets/form/formStyles';
import type { DeskSort, DeskView } from '../../domain/desk/queues';

/** Props of {@link DeskFiltersBar}. */
export interface DeskFiltersBarProps {
  view: DeskView;
  reference: IntakeFormData;
  classes: FormClasses;
  onChange(update: (v: DeskView) => DeskView): void;
}

/** The desk's filters (team, level, category, kind, location, priority, channel), title search and sort. */
export function DeskFiltersBar(props: DeskFiltersBarProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.desk;
  const c = props.classes;
  const f = props.view.filters;
  const set = (key: keyof DeskView['filters'], value: string | number | undefined): void =>
    props.onChange(v => ({ ...v, filters: { ...v.filters, [key]: value === '' ? undefined : value } }));
  const select = (id: string, label: string, value: string | number | undefined, options: [string | number, string][], onChange: (v: string) => void): React.ReactNode => (
    <div className={c.field} style={{ minWidth: 160 }}>
      <label htmlFor={id} className={c.label}>{label}</label>
      <select id={id} className={c.select} value={value === undefined ? '' : value} onChange={e => onChange(e.target.value)}>
        <option value="">{s.all}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
  const name = (o: { titleFr: string; titleEn: string }): string => (locale === 'en' ? o.titleEn : o.titleFr);
  // Rooms and services; a room's equipment is included when the room is chosen.
  const places = props.reference.locations.filter(l => l.kind !== 'equipment');
  return (
    <fieldset className={c.fieldset}>
      <legend className={c.legend}>{s.filtersLabel}</legend>
      <div className={c.actions} style={{ alignItems: 'flex-end' }}>
        {select('hc-f-team', s.filterTeam, f.teamId, props.reference.teams.map(t => [t.id, name(t)]), v => set('teamId', Number(v) || undefined))}
        {select('hc-f-level', s.filterLevel, f.level, SUPPORT_LEVELS.map(l => [l, strings.supportLevel[l]]), v => set('level', v))}
        {select('hc-f-category', s.filterCategory, f.categoryId, props.reference.categories.map(t => [t.id, name(t)]), v => set('categoryId', Number(v) || undefined))}
        {select('hc-f-kind', s.filterKind, f.kind, TICKET_KINDS.map(k => [k, strings.ticketKind[k]]), v => set('kind', v))}
        {select('hc-f-location', s.filterLocation, f.locationId, places.map(l => [l.id, l.building ? `${l.title} (${l.building})` : l.title]), v => {
          const id = Number(v) || undefined;
          const scope = id ? [id].concat(props.reference.locations.filter(l => l.parentId === id).map(l => l.id)) : undefined;
          props.onChange(view => ({ ...view, filters: { ...view.filters, locationId: id, locationIds: scope } }));
        })}
        {select('hc-f-priority', s.filterPriority, f.priority, TICKET_PRIORITIES.map(k => [k, strings.ticketPriority[k]]), v => set('priority', v))}
        {select('hc-f-channel', s.filterChannel, f.channel, TICKET_CHANNELS.map(k => [k, strings.ticketChannel[k]]), v => set('channel', v))}
        <div className={c.field} style={{ minWidth: 200 }}>
          <label htmlFor="hc-f-text" className={c.label}>{s.filterText}</label>
          <input id="hc-f-text" type="search" className={c.input} value={props.view.text} onChange={e => { const text = e.target.value; props.onChange(v => ({ ...v, text })); }} />
        </div>
        <div className={c.field} style={{ minWidth: 160 }}>
          <label htmlFor="hc-f-sort" className={c.label}>{s.sortLabel}</label>
          <select id="hc-f-sort" className={c.select} value={props.view.sort} onChange={e => { const sort = e.target.value as DeskSort; props.onChange(v => ({ ...v, sort })); }}>
            {(['due', 'priority', 'newest', 'oldest'] as DeskSort[]).map(k => <option key={k} value={k}>{s.sort[k]}</option>)}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
