import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { ExpertSummary } from '../../data/knowledge/types';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import type { KnowledgeClasses } from './knowledgeStyles';

// The experts' cards (Fluent's Persona) come with the first experts shown, not with the search page.
const loadExperts = (): Promise<typeof import('./KnowledgeExperts')> => import(/* webpackChunkName: 'help-center-knowledge-experts' */ './KnowledgeExperts');
const KnowledgeExperts = React.lazy(loadExperts);

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
  // Shown after a search: the experts' cards load while the category's experts are read.
  React.useEffect(() => { loadExperts().catch(() => undefined); }, []);
  return (
    <div className={c.helpful}>
      <div><Link href={props.ticketUrl} onClick={props.onFileTicket} className={c.cardTitle}>{s.stillNeedHelp}</Link></div>
      {experts ? (
        <>
          <p id="hc-kb-experts" className={c.summary}>{formatString(s.experts, experts.categoryName)}</p>
          <React.Suspense fallback={<></>}>
            <KnowledgeExperts experts={experts.list} query={props.query} labelledBy="hc-kb-experts" classes={c} />
          </React.Suspense>
        </>
      ) : undefined}
    </div>
  );
}
