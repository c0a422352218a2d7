import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { Community } from '../../domain/categories/community';
import { formatString } from './format';

/** Props of {@link CommunityLink}. */
export interface CommunityLinkProps {
  /** A community communityOf accepted (https, Teams or Viva Engage): never a raw HCCommunityUrl. */
  community: Community;
  /** The link's words for a Teams community and a Viva Engage one; `{0}` is its name. */
  teamsText: string;
  engageText: string;
  className?: string;
}

/**
 * A category's community (issue 15), where a category is shown: "Ask the Moodle community on Teams". It opens in a
 * new tab (its words say so) without giving the other site a handle on this page (noopener noreferrer).
 */
export function CommunityLink(props: CommunityLinkProps): React.ReactElement {
  const c = props.community;
  return (
    <Link href={c.url} target="_blank" rel="noopener noreferrer" className={props.className}>
      {formatString(c.kind === 'teams' ? props.teamsText : props.engageText, c.name)}
    </Link>
  );
}
