import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { CONTRIBUTION_PERIODS, type ContributionPeriod } from '../../domain/experts/score';
import { topContributors } from '../../domain/experts/directory';
import type { ListedExpert } from '../../data/experts/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { PersonBadge } from '../common/PersonBadge';
import type { ExpertsClasses } from './expertsStyles';
import { countsText } from './expertText';

/** Props of {@link TopContributors}. */
export interface TopContributorsProps {
  experts: ListedExpert[];
  /** The category chosen with its descendants (its contributors), else all. */
  scope?: number[];
  now: Date;
  classes: ExpertsClasses;
}

/** The listed people who did the most this month, term or year (requests solved, articles written and reviewed). */
export function TopContributors(props: TopContributorsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.experts;
  const [period, setPeriod] = React.useState<ContributionPeriod>('term');
  const top = topContributors(props.experts, period, props.now, 5, props.scope);
  const label: { [P in ContributionPeriod]: string } = { month: s.periodMonth, term: s.periodTerm, year: s.periodYear };
  return (
    <section className={props.classes.aside} aria-labelledby="hc-experts-top">
      <h2 id="hc-experts-top" className={props.classes.heading} style={{ fontSize: 18 }}>{s.topTitle}</h2>
      <Dropdown label={s.topPeriod} id="hc-experts-period" selectedKey={period}
        options={CONTRIBUTION_PERIODS.map(p => ({ key: p, text: label[p] }))} onChange={(_, o) => o && setPeriod(o.key as ContributionPeriod)} />
      {top.length === 0 ? <p className={props.classes.meta}>{s.topNone}</p> : (
        <ol className={props.classes.top} data-testid="experts-top">
          {top.map(c => (
            <li key={c.expert.personId} className={props.classes.topItem}>
              <PersonBadge name={c.expert.name} email={c.expert.email} secondaryText={countsText(s, locale, c.counts, true)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
