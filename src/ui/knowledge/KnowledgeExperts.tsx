import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { ExpertSummary } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { PersonBadge } from '../common/PersonBadge';
import { formatString } from '../common/format';
import { teamsChatLink } from '../desk/teamsLinks';
import type { KnowledgeClasses } from './knowledgeStyles';

/** Props of {@link KnowledgeExperts}. */
export interface KnowledgeExpertsProps {
  experts: ExpertSummary[];
  query: string;
  labelledBy: string;
  classes: KnowledgeClasses;
}

/**
 * The category's experts as cards (photo or initials, availability, skills) with a link to write to them in Teams.
 * Its own chunk: shown only under a search that points to a category with experts.
 */
export default function KnowledgeExperts(props: KnowledgeExpertsProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  return (
    <ul className={c.experts} aria-labelledby={props.labelledBy}>
      {props.experts.map(x => (
        <li key={x.id} className={c.expert}>
          <PersonBadge name={x.name} email={x.email} size="regular"
            secondaryText={[strings.expertAvailability[x.availability], ...x.skills.slice(0, 3)].join(' · ')} />
          <Link href={teamsChatLink(x.email, props.query)} target="_blank" rel="noopener noreferrer">{formatString(s.chatWith, x.name)}</Link>
        </li>
      ))}
    </ul>
  );
}
