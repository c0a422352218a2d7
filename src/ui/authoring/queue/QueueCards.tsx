import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { Draft } from '../../../data/knowledge/authoring/types';
import type { ArticleSignals, CategoryName } from '../../../data/knowledge/authoring/queueSnapshot';
import type { ArticleWorkflowItem } from '../../../domain/knowledge/articleWorkflow';
import type { ContentGap } from '../../../domain/knowledge/contentGaps';
import type { PageLinks } from '../../../data/pageLinks';
import { dayText } from '../../common/dates';
import { formatCount, formatString } from '../../common/format';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { Pill } from '../../common/pills';
import { useQueueClasses } from './queue.styles';
import { categoryName } from './queueText';

/** Props of {@link DraftCard}. */
export interface DraftCardProps {
  draft: Draft;
  links: PageLinks;
  categories: CategoryName[];
  /** 'review': a reviewer's view (author, submitted when); 'mine': the author's (state, reviewer's comment). */
  mode: 'review' | 'mine';
}

/** A draft to review or one of mine, its title a link to its page. */
export function DraftCard(props: DraftCardProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.authoringQueue;
  const classes = useQueueClasses();
  const d = props.draft;
  const sentBack = d.status === 'draft' && !!d.reviewComment;
  const state = d.status === 'review' ? 'review' : sentBack ? 'sentBack' : 'draft';
  return (
    <li className={classes.card}>
      <Link className={classes.cardTitle} href={props.links.authoring({ kind: 'draft', id: d.id })}>{d.content.title.trim() || s.untitled}</Link>
      <p className={classes.meta}>
        {props.mode === 'review' && <span>{s.author} {d.author.displayName || d.author.email}</span>}
        <span>{s.category} {categoryName(props.categories, d.content.categoryId, locale) || s.noCategory}</span>
        <span>{formatString(props.mode === 'review' ? s.submitted : s.modified, dayText(d.modifiedAt, locale))}</span>
      </p>
      {props.mode === 'mine' && (
        <div><Pill tone={state === 'review' ? 'info' : state === 'sentBack' ? 'warning' : 'neutral'}>{s.draftStatus[state]}</Pill></div>
      )}
      {props.mode === 'mine' && sentBack && <p className={classes.comment}><strong>{s.reviewComment}</strong> {d.reviewComment}</p>}
    </li>
  );
}

/** An article's readers' signals: counts, then each comment with its kind and date. */
export function SignalCard(props: { group: ArticleSignals; links: PageLinks }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.authoringQueue;
  const classes = useQueueClasses();
  const g = props.group;
  return (
    <li className={classes.card}>
      <Link className={classes.cardTitle} href={props.links.authoring({ kind: 'article', id: g.articleId })}>{g.title || formatString(s.articleNumber, g.articleId)}</Link>
      <p className={classes.meta}>
        {g.outdated > 0 && <span>{formatCount(locale, g.outdated, s.outdatedFlags)}</span>}
        {g.unhelpful > 0 && <span>{formatCount(locale, g.unhelpful, s.unhelpfulVotes)}</span>}
      </p>
      <ul className={classes.plainList}>
        {g.signals.map(x => (
          <li key={x.id} className={classes.comment}>
            <strong>{x.outdated ? s.signalOutdated : s.signalUnhelpful}</strong> ({formatString(s.signalOn, dayText(x.at, locale))}) {x.comment || s.noComment}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** An article past its review date. */
export function DueCard(props: { article: ArticleWorkflowItem; links: PageLinks; categories: CategoryName[] }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.authoringQueue;
  const classes = useQueueClasses();
  const a = props.article;
  const owner = a.owner || a.author;
  return (
    <li className={classes.card}>
      <Link className={classes.cardTitle} href={props.links.authoring({ kind: 'article', id: a.id })}>{a.title || formatString(s.articleNumber, a.id)}</Link>
      <p className={classes.meta}>
        {a.reviewDate && <span>{formatString(s.dueSince, dayText(a.reviewDate, locale))}</span>}
        <span>{s.category} {categoryName(props.categories, a.categoryId, locale) || s.noCategory}</span>
        {owner && <span>{s.owner} {owner.displayName || owner.email}</span>}
      </p>
    </li>
  );
}

/** A content gap: one click from a new FAQ article (the query is a question people asked) prefilled with its query; its counts and phrasings (never who searched). */
export function GapCard(props: { gap: ContentGap; links: PageLinks }): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.authoringQueue;
  const classes = useQueueClasses();
  const g = props.gap;
  const others = g.phrasings.filter(p => p.text !== g.phrasing);
  return (
    <li className={classes.card}>
      <Link className={classes.cardTitle} href={props.links.authoring({ kind: 'new', template: 'faq', query: g.phrasing, language: g.language })}>
        {formatString(s.writeArticle, g.phrasing)}
      </Link>
      <p className={classes.meta}>
        <span>{formatCount(locale, g.count, s.searches)}</span>
        {g.noResults > 0 && <span>{formatCount(locale, g.noResults, s.noResults)}</span>}
        {g.endedInTicket > 0 && <span>{formatCount(locale, g.endedInTicket, s.endedInTicket)}</span>}
        <span>{s.gapLanguage[g.language]}</span>
      </p>
      {others.length > 0 && (
        <>
          <p className={classes.meta}>{s.otherPhrasings}</p>
          <ul className={classes.phrasings}>{others.map(p => <li key={p.text}>{formatString(s.phrasingCount, p.text, p.count)}</li>)}</ul>
        </>
      )}
    </li>
  );
}
