import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { HomeCategory } from '../../data/home/homeModel';
import type { HomeServices } from '../../data/home/services';
import { CommunityLink } from '../common/CommunityLink';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatString } from '../common/format';
import { Pill } from '../common/pills';
import { useLoad } from '../common/useLoad';
import type { HomeClasses } from './homeStyles';

/** Experts listed on the home. */
const SHOWN = 4;

/** Props of {@link HomeExperts}. */
export interface HomeExpertsProps {
  services: Pick<HomeServices, 'experts' | 'links'>;
  categories: HomeCategory[];
  classes: HomeClasses;
}

/**
 * Experts and communities, in its own chunk (`help-center-home-experts`) mounted after the first render: a few listed
 * experts of the directory (their own entries, listed with their consent), linking to the directory, and the
 * categories' communities (Teams channels, Viva Engage communities). Nothing when there is neither.
 */
export default function HomeExperts(props: HomeExpertsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.home;
  const c = props.classes;
  const { state } = useLoad(() => props.services.experts(SHOWN).catch((e: unknown) => { console.error('[HelpCenter] Reading the experts failed:', e); throw e; }), [props.services]);
  const communities = props.categories.filter(k => k.community);
  const experts = state.status === 'done' ? state.value : [];
  if (state.status === 'done' && !experts.length && !communities.length) return <></>;
  return (
    <section className={c.section} aria-labelledby="hc-home-experts">
      <h3 id="hc-home-experts" className={c.sectionHeading}>{s.expertsHeading}</h3>
      <p className={c.muted}>{s.expertsIntro}</p>
      {state.status === 'loading' ? <p className={c.muted} role="status">{s.expertsLoading}</p> : undefined}
      {state.status === 'failed' ? <p className={c.muted} role="alert">{s.expertsFailed}</p> : undefined}
      {experts.length ? (
        <ul className={c.people} aria-label={s.expertsHeading}>
          {experts.map(e => (
            <li key={e.email} className={c.person}>
              <strong>{e.name}</strong>
              <span><Pill tone={e.availability === 'available' ? 'success' : e.availability === 'busy' ? 'warning' : 'neutral'}>{strings.expertAvailability[e.availability]}</Pill></span>
              {e.skills.length ? <span className={c.optionMeta}>{formatString(s.skills, e.skills.join(s.listSeparator))}</span> : undefined}
            </li>
          ))}
        </ul>
      ) : undefined}
      {state.status === 'done' && !experts.length ? <p className={c.muted}>{s.expertsNone}</p> : undefined}
      <Link className={c.more} href={props.services.links.experts()}>{s.seeExperts}</Link>
      {communities.length ? (
        <>
          <h4 className={c.tileName} id="hc-home-communities" style={{ margin: 0 }}>{s.communitiesHeading}</h4>
          <ul className={c.links} aria-labelledby="hc-home-communities">
            {communities.map(k => (
              <li key={k.id}>
                {k.community ? <CommunityLink community={k.community} teamsText={s.communityTeams} engageText={s.communityEngage} /> : undefined}
                <span className={c.optionMeta}> ({locale === 'en' ? k.titleEn : k.titleFr})</span>
              </li>
            ))}
          </ul>
        </>
      ) : undefined}
    </section>
  );
}
