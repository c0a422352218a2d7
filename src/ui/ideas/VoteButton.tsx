import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { IdeaServices, VoteOutcome } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatCount, formatString } from '../common/format';
import { useAlive } from '../common/useLoad';

/** Props of {@link VoteButton}. */
export interface VoteButtonProps {
  services: IdeaServices;
  ideaId: number;
  votes: number;
  voted: boolean;
  /** The new count and whether the reader supports the idea. */
  onChange(outcome: VoteOutcome): void;
  /** A message for the page's live region. */
  announce(message: string): void;
}

/**
 * The vote toggle: "Support (3)", pressed when the reader supports the idea (aria-pressed); a click votes or
 * withdraws, and the new count is said in the page's live region.
 */
export function VoteButton(props: VoteButtonProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ideas;
  const [busy, setBusy] = React.useState(false);
  const alive = useAlive();
  const click = (): void => {
    if (busy) return;
    setBusy(true);
    (props.voted ? props.services.withdraw(props.ideaId) : props.services.vote(props.ideaId)).then(outcome => {
      if (!alive()) return;
      setBusy(false);
      props.onChange(outcome);
      props.announce(formatCount(locale, outcome.votes, outcome.voted ? s.voteDone : s.voteWithdrawn));
    }, (e: unknown) => {
      console.error('[HelpCenter] Vote not saved:', e);
      if (!alive()) return;
      setBusy(false);
      props.announce(s.voteFailed);
    });
  };
  const Button = props.voted ? PrimaryButton : DefaultButton;
  return (
    <Button
      text={formatString(s.support, props.votes)} iconProps={{ iconName: props.voted ? 'LikeSolid' : 'Like' }}
      toggle checked={props.voted} onClick={click} disabled={busy} allowDisabledFocus
      data-idea-vote={props.ideaId}
    />
  );
}
