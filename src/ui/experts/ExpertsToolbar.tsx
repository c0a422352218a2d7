import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { categoryTree } from '../../domain/categories/categoryTree';
import { EXPERT_AVAILABILITIES, type ExpertAvailability, type Language } from '../../domain/vocabulary';
import type { ExpertsCategory } from '../../data/experts/services';
import type { ExpertsQuery } from '../../data/pageLinks';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { ExpertsClasses } from './expertsStyles';

/** Props of {@link ExpertsToolbar}. */
export interface ExpertsToolbarProps {
  query: ExpertsQuery;
  categories: ExpertsCategory[];
  onChange(query: ExpertsQuery): void;
  classes: ExpertsClasses;
}

const ALL = '';

/** Search (skills, names), then category (the tree, indented), language, availability and order, as Fluent controls. */
export function ExpertsToolbar(props: ExpertsToolbarProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.experts;
  const q = props.query;
  const set = (patch: Partial<ExpertsQuery>): void => {
    const next: ExpertsQuery = { ...q, ...patch };
    (Object.keys(next) as (keyof ExpertsQuery)[]).forEach(k => { if (next[k] === undefined || next[k] === '') delete next[k]; });
    props.onChange(next);
  };
  const categoryOptions: IDropdownOption[] = [{ key: ALL, text: s.allCategories }].concat(categoryTree(props.categories)
    .map(({ k, depth }) => ({ key: String(k.id), text: locale === 'en' ? k.titleEn : k.titleFr, data: { depth } })));
  const renderIndented = (option?: IDropdownOption): JSX.Element | null => // eslint-disable-line @rushstack/no-new-null
    (option ? <span style={{ paddingLeft: ((option.data && option.data.depth) || 0) * 16 }}>{option.text}</span> : null);
  const [text, setText] = React.useState(q.text || '');
  React.useEffect(() => setText(q.text || ''), [q.text]);
  return (
    <div className={props.classes.toolbar} role="search" aria-label={s.searchLabel}>
      <div className={props.classes.search}>
        <label htmlFor="hc-experts-q" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>{s.searchLabel}</label>
        <SearchBox id="hc-experts-q" value={text} onChange={(_, v) => { setText(v || ''); set({ text: (v || '').slice(0, 200) || undefined }); }}
          onClear={() => { setText(''); set({ text: undefined }); }} />
      </div>
      <Dropdown label={s.filterCategory} id="hc-experts-cat" options={categoryOptions} selectedKey={q.categoryId ? String(q.categoryId) : ALL}
        onRenderOption={renderIndented} onChange={(_, o) => set({ categoryId: o && o.key ? Number(o.key) : undefined })} />
      <Dropdown label={s.filterLanguage} id="hc-experts-lang" selectedKey={q.language || ALL}
        options={[{ key: ALL, text: s.allLanguages }, { key: 'fr', text: strings.language.fr }, { key: 'en', text: strings.language.en }]}
        onChange={(_, o) => set({ language: o && o.key ? o.key as Language : undefined })} />
      <Dropdown label={s.filterAvailability} id="hc-experts-avail" selectedKey={q.availability || ALL}
        options={[{ key: ALL, text: s.anyAvailability }, ...EXPERT_AVAILABILITIES.map(a => ({ key: a, text: strings.expertAvailability[a] }))]}
        onChange={(_, o) => set({ availability: o && o.key ? o.key as ExpertAvailability : undefined })} />
      <Dropdown label={s.sortLabel} id="hc-experts-sort" selectedKey={q.sort || 'relevance'}
        options={[{ key: 'relevance', text: s.sortRelevance }, { key: 'name', text: s.sortName }]}
        onChange={(_, o) => set({ sort: o && o.key === 'name' ? 'name' : undefined })} />
    </div>
  );
}
