import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Shimmer } from '@fluentui/react/lib/Shimmer';
import type { ArticleKind, ArticleLanguage, KnowledgeCategory } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { prefetchAfterRender } from '../common/fluentLazy';
import type { KnowledgeClasses } from './knowledgeStyles';

// The filters' Dropdowns load when the reader opens them (prefetched once the page is on screen), not with the search.
const loadFiltersBar = (): Promise<typeof import('./KnowledgeFiltersBar')> => import(/* webpackChunkName: 'help-center-knowledge-filters' */ './KnowledgeFiltersBar');
const KnowledgeFiltersBar = React.lazy(loadFiltersBar);
prefetchAfterRender(loadFiltersBar);

/** What the filters narrow the search to (undefined: all). */
export interface KnowledgeFilterValues {
  categoryId?: number;
  language?: ArticleLanguage;
  kind?: ArticleKind;
}

/** How many filters are set. */
export function activeFilters(values: KnowledgeFilterValues): number {
  return [values.categoryId, values.language, values.kind].filter(v => v !== undefined).length;
}

const FILTERS_ID = 'hc-kb-filters';

/** Props of {@link KnowledgeFiltersToggle}. */
export interface KnowledgeFiltersToggleProps {
  values: KnowledgeFilterValues;
  open: boolean;
  onToggle(): void;
}

/** "Filtres" beside the search box, with the number of filters set, opening the filters as SharePoint's lists do. */
export function KnowledgeFiltersToggle(props: KnowledgeFiltersToggleProps): React.ReactElement {
  const s = useHelpCenter().strings.knowledge;
  const active = activeFilters(props.values);
  return (
    <DefaultButton iconProps={{ iconName: 'Filter' }} aria-expanded={props.open} aria-controls={props.open ? FILTERS_ID : undefined}
      text={active ? formatString(s.filtersToggleCount, active) : s.filtersToggle} onClick={props.onToggle} />
  );
}

/** Props of {@link KnowledgeFilters}. */
export interface KnowledgeFiltersProps {
  categories: KnowledgeCategory[];
  values: KnowledgeFilterValues;
  onChange(values: KnowledgeFilterValues): void;
  classes: KnowledgeClasses;
}

/** The filters once opened: category (the tree), language and kind, their Dropdowns in their own chunk. */
export function KnowledgeFilters(props: KnowledgeFiltersProps): React.ReactElement {
  const s = useHelpCenter().strings.knowledge;
  return (
    <React.Suspense fallback={<Shimmer ariaLabel={s.loading} />}>
      <KnowledgeFiltersBar id={FILTERS_ID} categories={props.categories} values={props.values} onChange={props.onChange} classes={props.classes} />
    </React.Suspense>
  );
}
