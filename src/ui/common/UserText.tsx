import * as React from 'react';

/** Props of {@link UserText}. */
export interface UserTextProps {
  /** What a person typed (a title, a message, a name): shown as text, never as markup. */
  text: string | undefined;
  /** Extra class name. */
  className?: string;
}

/**
 * Text a person typed, isolated from its surroundings (`<bdi dir="auto">`): bidirectional control characters in a
 * title cannot reverse the page's words around it, and a right-to-left name reads correctly in a French sentence.
 * React escapes the text itself.
 */
export function UserText(props: UserTextProps): React.ReactElement {
  return <bdi dir="auto" className={props.className}>{props.text || ''}</bdi>;
}
