import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import type { KnowledgeCategory } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { UserText } from '../common/UserText';
import { formatString } from '../common/format';
import type { KnowledgeClasses } from './knowledgeStyles';

/** Props of {@link NoResults}. */
export interface NoResultsProps {
  query: string;
  /** "Did you mean": a corrected query. */
  suggestion?: string;
  /** The categories to look in instead, closest first. */
  closest: KnowledgeCategory[];
  categoryName(id: number): string;
  onSearch(query: string): void;
  onCategory(id: number): void;
  classes: KnowledgeClasses;
}

/** Nothing found: says so, offers the correction and the closest categories. */
export function NoResults(props: NoResultsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const [before, after] = s.noResults.split('{0}');
  return (
    <div role="status" className={c.card}>
      <p className={c.summary}>{before}<UserText text={props.query} />{after}</p>
      {props.suggestion ? <div><DefaultButton text={formatString(s.didYouMean, props.suggestion)} onClick={() => props.onSearch(props.suggestion as string)} /></div> : undefined}
      {props.closest.length ? (
        <nav aria-label={s.closestCategories} className={c.meta}>
          <span>{s.closestCategories}</span>
          {props.closest.map(k => (
            <Link key={k.id} href={`?category=${k.id}`} style={{ minHeight: 24, lineHeight: '24px' }}
              onClick={e => { e.preventDefault(); props.onCategory(k.id); }}>{props.categoryName(k.id)}</Link>
          ))}
        </nav>
      ) : undefined}
    </div>
  );
}
