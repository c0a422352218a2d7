import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { IdeaDetail, IdeaServices, StatusChangeOutcome } from '../../data/ideas/services';
import { useHelpCenter } from '../common/HelpCenterContext';
import { LoadingState } from '../common/LoadingState';
import { Notice, MessageBarType } from '../common/Notice';
import { LiveRegion } from '../common/LiveRegion';
import { ThemeText } from '../common/ThemeText';
import { dayText, isoText } from '../common/dates';
import { formatCount, formatString } from '../common/format';
import { useRenderedMark } from '../common/rendered';
import { useLoad } from '../common/useLoad';
import { IdeaComments } from './IdeaComments';
import { IdeaHistory } from './IdeaHistory';
import { IdeaStatusPill } from './IdeaStatusPill';
import { VoteButton } from './VoteButton';
import { categoryName } from './ideaView';

const StatusChangeForm = React.lazy(() => import(/* webpackChunkName: 'help-center-ideas-status' */ './StatusChangeForm'));

/** Props of {@link IdeaPage}. */
export interface IdeaPageProps {
  services: IdeaServices;
  ideaId: number;
}

/** An idea's page: its description, status and the team's answer, its votes and supporters, comments; the team's status form. */
export function IdeaPage(props: IdeaPageProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ideas;
  const theme = useTheme();
  const { state, reload } = useLoad(() => props.services.idea(props.ideaId), [props.ideaId], { keepValue: true });
  const [detail, setDetail] = React.useState<IdeaDetail | undefined>();
  const [message, setMessage] = React.useState('');
  const [outcome, setOutcome] = React.useState<{ text: string; ok: boolean } | undefined>();
  const outcomeRef = React.useRef<HTMLDivElement>(null);
  useRenderedMark('ideas', state.status !== 'loading' || !!detail);
  React.useEffect(() => { if (state.status === 'done') setDetail(state.value); }, [state]);
  React.useEffect(() => { if (outcome && outcomeRef.current) outcomeRef.current.focus(); }, [outcome]);
  const classes = React.useMemo(() => mergeStyleSets({
    page: { display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0, maxWidth: 900 },
    meta: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', color: theme.semanticColors.bodySubtext },
    text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: theme.semanticColors.bodyText },
    answer: { padding: '8px 12px', borderLeft: `3px solid ${theme.palette.themePrimary}`, background: theme.palette.neutralLighterAlt, minWidth: 0 }
  }), [theme]);

  const saved = (o: StatusChangeOutcome): void => {
    const text = o.mails === 'failed' ? strings.ideaTeam.mailsFailed : formatCount(locale, o.informed, strings.ideaTeam.saved);
    setOutcome({ text, ok: o.mails !== 'failed' });
    reload();
  };
  const back = <Link href={props.services.links.ideas()}>{s.backToBox}</Link>;
  if (!detail) {
    if (state.status === 'loading') return <LoadingState label={s.loading} />;
    if (state.status === 'failed') return <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={s.retry} onClick={reload} />}>{s.loadFailed}</Notice>;
    return <section aria-labelledby="hc-ideas-title"><ThemeText as="h2" variant="xLarge" id="hc-ideas-title">{s.title}</ThemeText><p>{s.notFound}</p>{back}</section>;
  }
  const i = detail.idea;
  const status = i.state ? i.state.status : 'new';
  return (
    <article aria-labelledby="hc-idea-title" className={classes.page}>
      <div>{back}</div>
      <ThemeText as="h2" variant="xLarge" id="hc-idea-title" extra={{ margin: 0, overflowWrap: 'anywhere' }}>{i.title}</ThemeText>
      <div className={classes.meta}>
        <IdeaStatusPill status={status} labels={strings.ideaStatus} />
        {i.categoryId ? <span>{categoryName(detail.categories, i.categoryId, locale)}</span> : undefined}
        <span>{formatString(s.proposedBy, i.authorName, '')}<time dateTime={isoText(i.createdAt)}>{dayText(i.createdAt, locale)}</time></span>
        {i.sourceTicket ? <span>{formatString(s.fromRequest, i.sourceTicket)}</span> : undefined}
      </div>
      <p className={classes.text}>{i.description}</p>
      <div>
        <VoteButton services={props.services} ideaId={i.id} votes={i.votes} voted={i.voted} announce={setMessage}
          onChange={o => setDetail({ ...detail, idea: { ...i, votes: o.votes, voted: o.voted } })} />
      </div>
      <section aria-labelledby="hc-idea-answer">
        <h3 id="hc-idea-answer">{s.teamAnswer}</h3>
        {i.state && i.state.answer
          ? <div className={classes.answer}>
            <p className={classes.text}>{i.state.answer}</p>
            {i.state.answeredBy && i.state.answeredAt ? <p>{formatString(s.answeredBy, i.state.answeredBy, dayText(i.state.answeredAt, locale))}</p> : undefined}
          </div>
          : <p>{s.noAnswer}</p>}
      </section>
      {outcome ? <div ref={outcomeRef} tabIndex={-1}><Notice messageBarType={outcome.ok ? MessageBarType.success : MessageBarType.warning}>{outcome.text}</Notice></div> : undefined}
      {detail.actor.isTeam
        ? <React.Suspense fallback={<LoadingState label={strings.ideaTeam.loadingForm} />}>
          <StatusChangeForm key={`${i.state ? i.state.etag : ''}`} services={props.services} ideaId={i.id} state={i.state} onSaved={saved}
            onConflict={reload} />
        </React.Suspense>
        : undefined}
      {i.state ? <IdeaHistory services={props.services} stateId={i.state.stateId} version={i.state.etag} /> : undefined}
      <section aria-labelledby="hc-idea-supporters">
        <h3 id="hc-idea-supporters">{s.supporters}</h3>
        <p>{formatCount(locale, i.votes, s.votes)}</p>
        {detail.voterNames.length ? <ul>{detail.voterNames.map((n, k) => <li key={k}>{n}</li>)}</ul> : <p>{s.noSupporters}</p>}
      </section>
      <IdeaComments services={props.services} ideaId={i.id} comments={detail.comments} announce={setMessage} />
      <LiveRegion message={message} />
    </article>
  );
}
