import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ARTICLE_KINDS } from '../../domain/vocabulary';
import type { ArticleKind, ArticleLanguage, KnowledgeCategory } from '../../data/knowledge/types';
import { categoryTree } from '../../data/knowledge/categoryTree';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { KnowledgeClasses } from './knowledgeStyles';

import type { KnowledgeFilterValues } from './KnowledgeFilters';

/** Props of {@link KnowledgeFiltersBar}. */
export interface KnowledgeFiltersBarProps {
  id: string;
  categories: KnowledgeCategory[];
  values: KnowledgeFilterValues;
  onChange(values: KnowledgeFilterValues): void;
  classes: KnowledgeClasses;
}

const ALL = '';

/**
 * Category (the tree, indented), language and kind as Fluent dropdowns, side by side on a desk and stacked on a phone.
 * Its own chunk: shown when the reader opens the filters (KnowledgeFilters).
 */
export default function KnowledgeFiltersBar(props: KnowledgeFiltersBarProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.knowledge;
  const v = props.values;
  const categoryOptions: IDropdownOption[] = [{ key: ALL, text: s.all }].concat(categoryTree(props.categories)
    .map(({ k, depth }) => ({ key: String(k.id), text: locale === 'en' ? k.titleEn : k.titleFr, data: { depth } })));
  const renderIndented = (option?: IDropdownOption): JSX.Element | null => // eslint-disable-line @rushstack/no-new-null
    (option ? <span style={{ paddingLeft: ((option.data && option.data.depth) || 0) * 16 }}>{option.text}</span> : null);
  return (
    <div id={props.id} className={props.classes.filters}>
      <Dropdown label={s.filterCategory} id="hc-kb-cat" options={categoryOptions} selectedKey={v.categoryId ? String(v.categoryId) : ALL}
        onRenderOption={renderIndented} onChange={(_, o) => props.onChange({ ...v, categoryId: o && o.key ? Number(o.key) : undefined })} />
      <Dropdown label={s.filterLanguage} id="hc-kb-lang" selectedKey={v.language || ALL}
        options={[{ key: ALL, text: s.all }, { key: 'fr', text: strings.language.fr }, { key: 'en', text: strings.language.en }]}
        onChange={(_, o) => props.onChange({ ...v, language: o && o.key ? o.key as ArticleLanguage : undefined })} />
      <Dropdown label={s.filterKind} id="hc-kb-kind" selectedKey={v.kind || ALL}
        options={[{ key: ALL, text: s.all }, ...ARTICLE_KINDS.map(k => ({ key: k, text: strings.articleKind[k] }))]}
        onChange={(_, o) => props.onChange({ ...v, kind: o && o.key ? o.key as ArticleKind : undefined })} />
    </div>
  );
}
