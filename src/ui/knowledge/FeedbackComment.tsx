import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { useHelpCenter } from '../common/HelpCenterContext';
import type { KnowledgeClasses } from './knowledgeStyles';

/** Props of {@link FeedbackComment}. */
export interface FeedbackCommentProps {
  comment: string;
  onComment(text: string): void;
  onSend(): void;
  classes: KnowledgeClasses;
}

/** The comment on an article's vote and "send", shown once the reader has answered yes or no (a chunk of its own). */
export default function FeedbackComment(props: FeedbackCommentProps): React.ReactElement {
  const s = useHelpCenter().strings.knowledge;
  return (
    <>
      <TextField id="hc-vote-comment" label={s.commentLabel} multiline rows={3} resizable={false} value={props.comment} onChange={(_, v) => props.onComment(v || '')} />
      <div className={props.classes.actions}>
        <PrimaryButton text={s.sendVote} onClick={props.onSend} />
      </div>
    </>
  );
}
