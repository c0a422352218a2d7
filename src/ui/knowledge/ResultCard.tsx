import * as React from 'react';
import type { KnowledgeHit } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { Pill } from '../common/pills';
import { dayText, isoText } from '../common/dates';
import { formatString } from '../common/format';
import { ArticleLink, OpenArticle } from './ArticleLink';
import { Highlight } from './Highlight';
import type { KnowledgeClasses } from './knowledgeStyles';

/** Props of {@link ResultCard}. */
export interface ResultCardProps {
  hit: KnowledgeHit;
  /** The query's matched words, highlighted in the title and the summary. */
  words: string[];
  categoryName: string;
  onOpen: OpenArticle;
  classes: KnowledgeClasses;
}

/** One search result as a card: its title as the link that opens it, the summary with the matched words, category, language and date. */
export function ResultCard(props: ResultCardProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.knowledge;
  const a = props.hit.article;
  const c = props.classes;
  return (
    <li className={c.card}>
      <ArticleLink id={a.id} opener={`result-${a.id}`} onOpen={props.onOpen} className={c.cardTitle} lang={a.language}>
        <Highlight text={a.title} words={props.words} />
      </ArticleLink>
      <p className={c.summary} lang={a.language}><Highlight text={a.summary} words={props.words} /></p>
      <div className={c.meta}>
        {props.categoryName ? <span>{props.categoryName}</span> : undefined}
        <Pill tone={props.hit.otherLanguage ? 'warning' : 'info'}>{strings.language[a.language]}</Pill>
        {props.hit.otherLanguage && a.translationId ? <span>{s.translation}</span> : undefined}
        <span>{strings.articleKind[a.kind]}</span>
        <time dateTime={isoText(a.modified)}>{formatString(s.updated, dayText(a.modified, locale))}</time>
      </div>
    </li>
  );
}
