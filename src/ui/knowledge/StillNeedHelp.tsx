import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { ExpertSummary } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { PersonBadge } from '../common/PersonBadge';
import { formatString } from '../common/format';
import { teamsChatLink } from '../desk/teamsLinks';
import type { KnowledgeClasses } from './knowledgeStyles';

/** Props of {@link StillNeedHelp}. */
export interface StillNeedHelpProps {
  /** The ticket form's address carrying the query. */
  ticketUrl: string;
  query: string;
  /** Recorded as a search that ended in a request (deflection analytics). */
  onFileTicket(): void;
  /** The experts of the category the search points to, and its name. */
  experts?: { categoryName: string; list: ExpertSummary[] };
  classes: KnowledgeClasses;
}

/** "Still need help?": the request form with the query, and the category's experts to write to in Teams. */
export function StillNeedHelp(props: StillNeedHelpProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.knowledge;
  const c = props.classes;
  const experts = props.experts && props.experts.list.length ? props.experts : undefined;
  return (
    <div className={c.helpful}>
      <div><Link href={props.ticketUrl} onClick={props.onFileTicket} className={c.cardTitle}>{s.stillNeedHelp}</Link></div>
      {experts ? (
        <>
          <p id="hc-kb-experts" className={c.summary}>{formatString(s.experts, experts.categoryName)}</p>
          <ul className={c.experts} aria-labelledby="hc-kb-experts">
            {experts.list.map(x => (
              <li key={x.id} className={c.expert}>
                <PersonBadge name={x.name} email={x.email} size="regular"
                  secondaryText={[strings.expertAvailability[x.availability], ...x.skills.slice(0, 3)].join(' · ')} />
                <Link href={teamsChatLink(x.email, props.query)} target="_blank" rel="noopener noreferrer">{formatString(s.chatWith, x.name)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : undefined}
    </div>
  );
}
