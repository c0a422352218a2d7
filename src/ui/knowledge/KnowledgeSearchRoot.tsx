import * as React from 'react';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { HelpCenterContextValue } from '../common/HelpCenterContext';
import { HelpCenterRoot } from '../common/HelpCenterRoot';
import { KnowledgeSearch, KnowledgeSearchProps } from './KnowledgeSearch';

/** Props of {@link KnowledgeSearchRoot}. */
export interface KnowledgeSearchRootProps extends KnowledgeSearchProps {
  context: HelpCenterContextValue;
  theme?: PartialTheme;
}

/** The ui root the KnowledgeSearch web part and the workbench page both render. */
export function KnowledgeSearchRoot(props: KnowledgeSearchRootProps): React.ReactElement {
  const { context, theme, ...rest } = props;
  return <HelpCenterRoot context={context} theme={theme}><KnowledgeSearch {...rest} /></HelpCenterRoot>;
}

/** `?q=`, `?article=` and `?category=` (the help center home's tiles: it overrides the page's default category) of a page address. */
export function knowledgeParamsFromUrl(search: string): { initialQuery?: string; initialArticleId?: number; defaultCategoryId?: number } {
  const params = new URLSearchParams(search);
  const id = Number(params.get('article'));
  const q = params.get('q');
  const category = Number(params.get('category'));
  return {
    initialQuery: q ? q.slice(0, 300) : undefined, initialArticleId: Number.isInteger(id) && id > 0 ? id : undefined,
    ...(Number.isInteger(category) && category > 0 ? { defaultCategoryId: category } : {})
  };
}
