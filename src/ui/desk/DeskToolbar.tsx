import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Shimmer } from '@fluentui/react/lib/Shimmer';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IntakeFormData } from '../../data/intake/IntakeService';
import type { DeskView } from '../../domain/desk/queues';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { prefetchAfterRender } from '../common/fluentLazy';

// The filters' Dropdowns load when the agent opens them (prefetched once the queues are on screen), not with the queues.
const loadFiltersBar = (): Promise<typeof import('./DeskFiltersBar')> => import(/* webpackChunkName: 'help-center-desk-filters' */ './DeskFiltersBar');
const DeskFiltersBar = React.lazy(loadFiltersBar);
prefetchAfterRender(loadFiltersBar);

/** Props of {@link DeskToolbar}. */
export interface DeskToolbarProps {
  view: DeskView;
  reference: IntakeFormData;
  onChange(update: (v: DeskView) => DeskView): void;
  onSortChosen(): void;
}

const FILTERS_ID = 'hc-desk-filters';

const classes = mergeStyleSets({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', minWidth: 0 },
  search: { flex: '1 1 260px', minWidth: 0, maxWidth: 480 }
});

/** How many filters (and a sort other than the default) the agent has set. */
function activeFilters(view: DeskView): number {
  const f = view.filters as { [key: string]: unknown };
  return Object.keys(f).filter(k => k !== 'locationIds' && f[k] !== undefined && f[k] !== '').length + (view.sort !== 'due' ? 1 : 0);
}

/**
 * The desk's toolbar: the title search, always there, and "Filtres et tri" opening the filters and the sort (open
 * from the start when one is set), as SharePoint's lists open their filters pane from a button.
 */
export function DeskToolbar(props: DeskToolbarProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.desk;
  const active = activeFilters(props.view);
  const [open, setOpen] = React.useState(active > 0);
  return (
    <>
      <div className={classes.bar}>
        {/* As a SharePoint list's search box: the magnifier and the placeholder say what it searches, and name it. */}
        <div className={classes.search}>
          <SearchBox id="hc-f-text" value={props.view.text} placeholder={s.filterText} ariaLabel={s.filterText}
            onChange={(_, value) => { const text = value || ''; props.onChange(v => ({ ...v, text })); }} />
        </div>
        <DefaultButton iconProps={{ iconName: 'Filter' }} aria-expanded={open} aria-controls={open ? FILTERS_ID : undefined}
          text={active ? formatString(s.filtersToggleCount, active) : s.filtersToggle} onClick={() => setOpen(!open)} />
      </div>
      {open ? (
        <React.Suspense fallback={<Shimmer ariaLabel={s.loading} />}>
          <DeskFiltersBar id={FILTERS_ID} view={props.view} reference={props.reference} onChange={props.onChange} onSortChosen={props.onSortChosen} />
        </React.Suspense>
      ) : undefined}
    </>
  );
}
