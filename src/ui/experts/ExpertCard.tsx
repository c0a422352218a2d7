import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { communityFor } from '../../domain/categories/community';
import { reasonFor } from '../../domain/experts/score';
import type { ExpertProfile, ExpertsCategory, ListedExpert } from '../../data/experts/services';
import type { PageLinks } from '../../data/pageLinks';
import { useHelpCenter } from '../common/HelpCenterContext';
import { PersonBadge } from '../common/PersonBadge';
import { formatString } from '../common/format';
import { teamsChatLink } from '../desk/teamsLinks';
import type { ExpertsClasses } from './expertsStyles';
import { categoryName, countsText } from './expertText';

/** Props of {@link ExpertCard}. */
export interface ExpertCardProps {
  expert: ListedExpert;
  profile?: ExpertProfile;
  categories: ExpertsCategory[];
  /** The category chosen and its descendants (the card's sentence is about it), if any. */
  chosen?: { categoryId: number; scope: number[] };
  /** A member of a support team: "ask this expert" routes a request to them. */
  askable: boolean;
  links: PageLinks;
  now: Date;
  classes: ExpertsClasses;
}

/**
 * One listed expert: photo, name, job title and department (their profile), declared skills, categories, languages
 * and availability, the proven part ("why listed"), the community of their category, and how to reach them.
 * Everything a person wrote is rendered as text.
 */
export function ExpertCard(props: ExpertCardProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.experts;
  const e = props.expert;
  const reason = reasonFor(e.record, props.chosen, props.now);
  const names = e.categoryIds.map(id => categoryName(props.categories, id, locale)).filter(Boolean);
  const communityCategory = props.chosen ? props.chosen.categoryId : (reason ? reason.categoryId : e.categoryIds[0]);
  const community = communityFor(props.categories, communityCategory);
  const headingId = `hc-expert-${e.personId}`;
  const profileLine = [props.profile && props.profile.jobTitle, props.profile && props.profile.department].filter(Boolean).join(' · ');
  return (
    <li className={props.classes.card} aria-labelledby={headingId}>
      <PersonBadge name={e.name} email={e.email} size="regular" coinOnly />
      <h3 className={props.classes.cardName} id={headingId}>{e.name}</h3>
      {profileLine && <p className={props.classes.meta}>{profileLine}</p>}
      <dl className={props.classes.facts}>
        <dt>{s.availability}</dt><dd>{strings.expertAvailability[e.availability]}</dd>
        {e.skills.length > 0 && <><dt>{s.skills}</dt><dd>{e.skills.join(', ')}</dd></>}
        {names.length > 0 && <><dt>{s.categories}</dt><dd>{names.join(', ')}</dd></>}
        {e.languages.length > 0 && <><dt>{s.languages}</dt><dd>{e.languages.map(l => strings.language[l]).join(', ')}</dd></>}
      </dl>
      {reason && (
        <p className={props.classes.why} data-testid="expert-why">
          <strong>{s.whyLabel}</strong>{' — '}
          {formatString(s.why, categoryName(props.categories, reason.categoryId, locale), countsText(s, locale, reason.counts))}
        </p>
      )}
      {e.bio && <p className={props.classes.bio}>{e.bio}</p>}
      {community && <p className={props.classes.meta}><Link href={community.url} target="_blank" rel="noopener noreferrer">{formatString(s.community, community.name)}</Link></p>}
      <ul className={props.classes.contacts} aria-label={formatString(s.contact, e.name)}>
        <li><Link href={teamsChatLink(e.email)} target="_blank" rel="noopener noreferrer" aria-label={formatString(s.chatLabel, e.name)}>{s.chat}</Link></li>
        <li><Link href={`mailto:${encodeURIComponent(e.email).replace(/%40/g, '@')}`} aria-label={formatString(s.mailLabel, e.name)}>{s.mail}</Link></li>
        {props.askable && <li><Link href={props.links.askExpert(e.email)} aria-label={formatString(s.askLabel, e.name)}>{s.ask}</Link></li>}
      </ul>
    </li>
  );
}
