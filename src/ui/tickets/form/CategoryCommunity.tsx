import * as React from 'react';
import type { FormCategory } from '../../../data/intake/IntakeService';
import { communityFor, communityOf } from '../../../domain/categories/community';
import { CommunityLink } from '../../common/CommunityLink';

/** Props of {@link CategoryCommunity}. */
export interface CategoryCommunityProps {
  categories: FormCategory[];
  categoryId: number;
  strings: IHelpCenterTicketFormStrings['ticketForm'];
  className?: string;
}

/**
 * The chosen category's community next to the category (its own, else its nearest parent's): people of the subject
 * may answer there before the desk does. In the chunk of the category's fields, which loads when a category is chosen.
 */
export function CategoryCommunity(props: CategoryCommunityProps): React.ReactElement {
  const { categories } = props;
  const nodes = React.useMemo(() => categories.map(c => ({ id: c.id, parentId: c.parentId, sortOrder: c.sortOrder, community: communityOf(c.communityUrl, c.communityName) })), [categories]);
  const community = communityFor(nodes, props.categoryId);
  if (!community) return <></>;
  return (
    <p className={props.className} style={{ marginTop: -8 }}>
      <CommunityLink community={community} teamsText={props.strings.communityTeams} engageText={props.strings.communityEngage} />
    </p>
  );
}
