import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DropdownMenuItemType } from '@fluentui/react/lib/Dropdown';
import type { KnowledgeCategory, KnowledgeService } from '../../../data/knowledge/types';
import type { Language } from '../../../domain/vocabulary';
import { useLoad, type LoadState } from '../../common/useLoad';

/**
 * The knowledge categories, asked for after the page has marked its first render (a tick later): the draft's own
 * read is the page's only request before it shows.
 */
export function useCategories(knowledge: KnowledgeService): LoadState<KnowledgeCategory[]> {
  const [soon, setSoon] = React.useState(false);
  React.useEffect(() => {
    const timer = window.setTimeout(() => setSoon(true), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return useLoad(() => (soon ? knowledge.categories() : new Promise<KnowledgeCategory[]>(() => undefined)), [knowledge, soon]).state;
}

/** Props of {@link CategoryField}. */
export interface CategoryFieldProps {
  knowledge: KnowledgeService;
  value?: number;
  onChange(id: number | undefined): void;
  language: Language;
  disabled?: boolean;
  strings: IHelpCenterArticleEditorStrings['articleDraft'];
}

/** The categories as the tree reads: each one after its parent, indented by its depth, siblings in their order. */
export function categoryTree(categories: KnowledgeCategory[], language: Language): { id: number; text: string; depth: number }[] {
  const byParent = new Map<number | undefined, KnowledgeCategory[]>();
  const known = new Set(categories.map(c => c.id));
  categories.forEach(c => {
    const parent = c.parentId !== undefined && known.has(c.parentId) ? c.parentId : undefined;
    byParent.set(parent, (byParent.get(parent) || []).concat(c));
  });
  const out: { id: number; text: string; depth: number }[] = [];
  const walk = (parent: number | undefined, depth: number): void => {
    (byParent.get(parent) || []).slice().sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id).forEach(c => {
      out.push({ id: c.id, text: (language === 'en' ? c.titleEn : c.titleFr) || c.titleFr, depth });
      if (depth < 8) walk(c.id, depth + 1);
    });
  };
  walk(undefined, 0);
  return out;
}

/**
 * The article's category: a Fluent Dropdown of the knowledge categories as a tree (loaded after the page's first
 * render, from the knowledge service's cache), or "no category". A failed load keeps the form usable.
 */
export function CategoryField(props: CategoryFieldProps): React.ReactElement {
  const s = props.strings;
  const state = useCategories(props.knowledge);
  const options: IDropdownOption[] = React.useMemo(() => {
    const none: IDropdownOption = { key: 0, text: s.categoryNone };
    if (state.status !== 'done') return props.value ? [none, { key: props.value, text: String(props.value) }] : [none];
    return [none, { key: 'divider', text: '-', itemType: DropdownMenuItemType.Divider }]
      .concat(categoryTree(state.value, props.language).map(c => ({ key: c.id, text: c.text, data: { depth: c.depth } })));
  }, [state, props.language, props.value, s.categoryNone]);
  return (
    <Dropdown
      id="hc-draft-category"
      label={s.category}
      options={options}
      selectedKey={props.value || 0}
      disabled={props.disabled}
      placeholder={state.status === 'loading' ? s.categoriesLoading : undefined}
      errorMessage={state.status === 'failed' ? s.categoriesFailed : undefined}
      onRenderOption={o => <span style={{ paddingLeft: ((o && o.data && (o.data as { depth: number }).depth) || 0) * 16 }}>{o ? o.text : ''}</span>}
      onChange={(_, o) => props.onChange(o && typeof o.key === 'number' && o.key > 0 ? o.key : undefined)}
    />
  );
}
