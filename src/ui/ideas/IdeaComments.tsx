import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IdeaComment, IdeaServices } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { dateTimeText, isoText } from '../common/dates';
import { Notice, MessageBarType } from '../common/Notice';
import { useAlive } from '../common/useLoad';
import { keep, readKept } from './ideaView';

/** Props of {@link IdeaComments}. */
export interface IdeaCommentsProps {
  services: IdeaServices;
  ideaId: number;
  comments: IdeaComment[];
  announce(message: string): void;
}

/** An idea's comments (plain text, React text only) and the form to add one (its text kept until it is posted). */
export function IdeaComments(props: IdeaCommentsProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ideas;
  const theme = useTheme();
  const key = `hc.ideas.comment.${props.ideaId}`;
  const [comments, setComments] = React.useState(props.comments);
  const [text, setText] = React.useState(() => readKept<string>(key) || '');
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>();
  const alive = useAlive();
  const classes = React.useMemo(() => mergeStyleSets({
    list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    comment: { padding: '8px 12px', borderLeft: `3px solid ${theme.semanticColors.bodyDivider}`, minWidth: 0 },
    who: { fontSize: theme.fonts.small.fontSize, color: theme.semanticColors.bodySubtext },
    text: { margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: theme.semanticColors.bodyText },
    form: { display: 'flex', flexDirection: 'column', gap: 8, maxWidth: 720, marginTop: 12 }
  }), [theme]);
  const send = (e: React.FormEvent): void => {
    e.preventDefault();
    if (busy) return;
    if (!text.trim()) { setProblem(s.commentEmpty); return; }
    setBusy(true);
    setProblem(undefined);
    props.services.comment(props.ideaId, text).then(c => {
      keep(key, undefined);
      if (!alive()) return;
      setBusy(false);
      setText('');
      setComments(list => list.concat(c));
      props.announce(s.commentSent);
    }, (err: unknown) => {
      console.error('[HelpCenter] Comment not posted:', err);
      if (!alive()) return;
      setBusy(false);
      setProblem(s.commentFailed);
    });
  };
  return (
    <section aria-labelledby="hc-idea-comments">
      <h3 id="hc-idea-comments">{s.comments}</h3>
      {comments.length
        ? <ul className={classes.list}>{comments.map(c => (
          <li key={c.id} className={classes.comment}>
            <span className={classes.who}>{c.authorName} · <time dateTime={isoText(c.createdAt)}>{dateTimeText(c.createdAt, locale)}</time></span>
            <p className={classes.text}>{c.text}</p>
          </li>))}
        </ul>
        : <p>{s.noComments}</p>}
      <form className={classes.form} onSubmit={send} noValidate>
        <TextField label={s.commentLabel} multiline autoAdjustHeight rows={3} value={text} maxLength={2000}
          onChange={(_e, v) => { setText(v || ''); keep(key, v || undefined); }} errorMessage={problem === s.commentEmpty ? problem : undefined} />
        {problem && problem !== s.commentEmpty ? <Notice messageBarType={MessageBarType.error}>{problem}</Notice> : undefined}
        <div><DefaultButton type="submit" text={s.commentSend} disabled={busy} /></div>
      </form>
    </section>
  );
}
