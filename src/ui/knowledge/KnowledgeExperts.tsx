import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { ExpertSummary } from '../../data/knowledge/types';
import { pageLinks } from '../../data/pageLinks';
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
 * The category's experts as cards (photo or initials, availability, skills) with a link to write to them in Teams,
 * "ask this expert" for agents of a team, and the experts directory on the category. Only people listed with their
 * consent come here (ExpertDirectory). Its own chunk: shown only under a search that points to a category with experts.
 */
export default function KnowledgeExperts(props: KnowledgeExpertsProps): React.ReactElement {
  const { strings, siteUrl } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const links = siteUrl ? pageLinks(siteUrl) : undefined;
  const categoryId = props.experts.length ? props.experts[0].foundFor : undefined;
  return (
    <>
      <ul className={c.experts} aria-labelledby={props.labelledBy}>
        {props.experts.map(x => (
          <li key={x.id} className={c.expert}>
            <PersonBadge name={x.name} email={x.email} size="regular"
              secondaryText={[strings.expertAvailability[x.availability], ...x.skills.slice(0, 3)].join(' · ')} />
            <Link href={teamsChatLink(x.email, props.query)} target="_blank" rel="noopener noreferrer">{formatString(s.chatWith, x.name)}</Link>
            {links && x.askable && <Link href={links.askExpert(x.email)}>{formatString(s.askExpert, x.name)}</Link>}
          </li>
        ))}
      </ul>
      {links && <p><Link href={links.experts(categoryId ? { categoryId } : undefined)}>{s.seeAllExperts}</Link></p>}
    </>
  );
}
