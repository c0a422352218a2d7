import * as React from 'react';
import { Persona, PersonaSize } from '@fluentui/react/lib/Persona';
import { useHelpCenter } from './HelpCenterContext';

/** Props of {@link PersonBadge}. */
export interface PersonBadgeProps {
  /** The name to show (a person's own claim: rendered as text, never HTML). */
  name: string;
  /** Their e-mail address: SharePoint's photo of the person (initials while it loads or when there is none). */
  email?: string;
  /** A second line (a job title, a team, "requester"). */
  secondaryText?: string;
  size?: 'small' | 'regular';
  /** Only the photo or initials, the name being written next to it. */
  coinOnly?: boolean;
}

/**
 * SharePoint's photo of a person (`/_layouts/15/userphoto.aspx`, served from the help center's site, sized for
 * the coin) or their initials, with their name: requesters, agents, experts.
 */
export function PersonBadge(props: PersonBadgeProps): React.ReactElement {
  const { siteUrl } = useHelpCenter();
  const small = props.size !== 'regular';
  const imageUrl = siteUrl && props.email
    ? `${siteUrl}/_layouts/15/userphoto.aspx?size=S&accountname=${encodeURIComponent(props.email)}`
    : undefined;
  return (
    <Persona
      text={props.name}
      secondaryText={props.secondaryText}
      imageUrl={imageUrl}
      imageAlt=""
      size={small ? PersonaSize.size24 : PersonaSize.size40}
      hidePersonaDetails={props.coinOnly}
      showSecondaryText={!!props.secondaryText}
    />
  );
}
