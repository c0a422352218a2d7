import * as React from 'react';
import { Persona, PersonaSize } from '@fluentui/react/lib/Persona';
import { useHelpCenter } from './HelpCenterContext';

/** SharePoint's photo of a person (`/_layouts/15/userphoto.aspx`, size S) on the help center's site; none without both. */
export function photoUrl(siteUrl: string | undefined, email: string | undefined): string | undefined {
  return siteUrl && email ? `${siteUrl}/_layouts/15/userphoto.aspx?size=S&accountname=${encodeURIComponent(email)}` : undefined;
}

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

const INITIALS_TEXT = '#ffffff';

/**
 * SharePoint's photo of a person (`/_layouts/15/userphoto.aspx`, served from the help center's site, sized for
 * the coin) or their initials, with their name: requesters, agents, experts.
 */
export function PersonBadge(props: PersonBadgeProps): React.ReactElement {
  const { siteUrl } = useHelpCenter();
  const small = props.size !== 'regular';
  const imageUrl = photoUrl(siteUrl, props.email);
  return (
    <Persona
      text={props.name}
      secondaryText={props.secondaryText}
      imageUrl={imageUrl}
      imageAlt=""
      size={small ? PersonaSize.size24 : PersonaSize.size40}
      hidePersonaDetails={props.coinOnly}
      showSecondaryText={!!props.secondaryText}
      // The coin's colours are Fluent's fixed initials palette, made for white text: the theme's "white" is dark in a
      // dark section's inverted theme, so the initials stay white whatever the section, as in a light one.
      initialsTextColor={INITIALS_TEXT}
    />
  );
}
