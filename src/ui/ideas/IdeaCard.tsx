import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Link } from '@fluentui/react/lib/Link';
import type { IdeaCategory, IdeaServices, IdeaSummary } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { dayText, isoText } from '../common/dates';
import { formatString } from '../common/format';
import { IdeaStatusPill } from './IdeaStatusPill';
import { VoteButton } from './VoteButton';
import { categoryName } from './ideaView';

/** Props of {@link IdeaCard}. */
export interface IdeaCardProps {
  idea: IdeaSummary;
  categories: IdeaCategory[];
  services: IdeaServices;
  onVote(idea: IdeaSummary): void;
  announce(message: string): void;
}

/** The first characters of a description on a card (the idea's page shows it whole). */
const EXCERPT = 280;

/** An idea on the box: its title (a link to its page), status, category, the start of its description, the team's answer, the vote toggle. */
export function IdeaCard(props: IdeaCardProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const theme = useTheme();
  const s = strings.ideas;
  const i = props.idea;
  const classes = React.useMemo(() => mergeStyleSets({
    card: {
      listStyle: 'none', padding: 16, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4,
      background: theme.semanticColors.bodyBackground, display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0
    },
    title: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600, overflowWrap: 'anywhere' },
    meta: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: theme.semanticColors.bodyText },
    answer: { margin: 0, padding: '8px 12px', borderLeft: `3px solid ${theme.palette.themePrimary}`, background: theme.palette.neutralLighterAlt, color: theme.semanticColors.bodyText, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
    actions: { display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }
  }), [theme]);
  const status = i.state ? i.state.status : 'new';
  const excerpt = i.description.length > EXCERPT ? `${i.description.slice(0, EXCERPT).trim()}…` : i.description;
  return (
    <li className={classes.card} aria-labelledby={`hc-idea-${i.id}`}>
      <h3 className={classes.title} id={`hc-idea-${i.id}`}><Link href={props.services.links.idea(i.id)}>{i.title}</Link></h3>
      <div className={classes.meta}>
        <IdeaStatusPill status={status} labels={strings.ideaStatus} />
        {i.categoryId ? <span>{categoryName(props.categories, i.categoryId, locale)}</span> : undefined}
        <span>{formatString(s.proposedBy, i.authorName, '')}<time dateTime={isoText(i.createdAt)}>{dayText(i.createdAt, locale)}</time></span>
      </div>
      <p className={classes.text}>{excerpt}</p>
      {i.state && i.state.answer ? <p className={classes.answer}><strong>{s.teamAnswer}{locale === 'fr' ? '\u00a0: ' : ': '}</strong>{i.state.answer}</p> : undefined}
      <div className={classes.actions}>
        <VoteButton services={props.services} ideaId={i.id} votes={i.votes} voted={i.voted} announce={props.announce}
          onChange={o => props.onVote({ ...i, votes: o.votes, voted: o.voted })} />
      </div>
    </li>
  );
}
