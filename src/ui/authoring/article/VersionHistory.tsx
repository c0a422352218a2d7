import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import type { ArticleHistory } from '../../../data/knowledge/authoring/articleHistory';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import type { AuthoringActor } from '../../../data/knowledge/authoring/types';
import { isReviewer } from '../../../domain/knowledge/articleWorkflow';
import { diffArticles, type FieldDiff } from '../../../domain/knowledge/articleDiff';
import { dateTimeText } from '../../common/dates';
import { formatString } from '../../common/format';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { Notice, MessageBarType } from '../../common/Notice';
import { useAlive } from '../../common/useLoad';
import { actionErrorText, workflowActorOf } from './actionError';
import { useHistoryClasses } from './article.styles';
import { VersionDiff } from './VersionDiff';

/** Props of {@link VersionHistory}. */
export interface VersionHistoryProps {
  history: ArticleHistory;
  services: AuthoringServices;
  actor: AuthoringActor;
  /** After a restore: read the article again, and say `message`. */
  onChanged(message: string): void;
}

/** The article's versions (who, when), two of them compared, and one restored (reviewers and owners, confirmed first). */
export function VersionHistory(props: VersionHistoryProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.articleHistory;
  const classes = useHistoryClasses();
  const alive = useAlive();
  const { versions, article, who } = props.history;
  const [from, setFrom] = React.useState(versions.length > 1 ? versions[1].label : '');
  const [to, setTo] = React.useState(versions.length ? versions[0].label : '');
  const [diff, setDiff] = React.useState<{ from: string; to: string; fields: FieldDiff[] }>();
  const [sameChosen, setSameChosen] = React.useState(false);
  const [confirming, setConfirming] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const resultHeading = React.useRef<HTMLHeadingElement>(null);
  const confirmText = React.useRef<HTMLParagraphElement>(null);
  React.useEffect(() => { if (diff && resultHeading.current) resultHeading.current.focus(); }, [diff]);
  React.useEffect(() => { if (confirming && confirmText.current) confirmText.current.focus(); }, [confirming]);
  const mayRestore = props.actor.canPublish && (props.actor.isSiteOwner || isReviewer(workflowActorOf(props.actor), who)) && versions.some(v => !v.current);
  const byLabel = (label: string): ArticleHistory['versions'][number] | undefined => versions.filter(v => v.label === label)[0];

  const compare = (e: React.FormEvent): void => {
    e.preventDefault();
    const a = byLabel(from);
    const b = byLabel(to);
    setSameChosen(!a || !b || from === to);
    setDiff(a && b && from !== to ? { from, to, fields: diffArticles(a.content, b.content) } : undefined);
  };
  const restore = (label: string): void => {
    setBusy(true);
    setError(undefined);
    props.services.authoring.restoreVersion(article.id, article.etag, label).then(() => {
      if (!alive()) return;
      setBusy(false);
      setConfirming(undefined);
      props.onChanged(formatString(s.restored, label));
    }, (e: unknown) => { if (alive()) { setBusy(false); setError(actionErrorText(e, s.errors)); } });
  };
  const options: IDropdownOption[] = versions.map(v => ({
    key: v.label, text: `${v.label}${v.current ? ` ${s.current}` : ''}${v.at ? ` — ${dateTimeText(v.at, locale)}` : ''}`
  }));

  return (
    <section aria-labelledby="hc-history-versions" className={classes.section}>
      <h4 id="hc-history-versions" className={classes.heading}>{s.versions}</h4>
      {error && <Notice messageBarType={MessageBarType.error}>{error}</Notice>}
      {confirming && (
        <div className={classes.confirm}>
          <p ref={confirmText} tabIndex={-1}>{formatString(s.restoreConfirm, confirming)}</p>
          <div className={classes.row}>
            <PrimaryButton text={busy ? s.working : s.restoreSubmit} disabled={busy} onClick={() => restore(confirming)} />
            <DefaultButton text={s.cancel} disabled={busy} onClick={() => setConfirming(undefined)} />
          </div>
        </div>
      )}
      <div className={classes.tableWrap}>
        <table className={classes.table}>
          <caption className={classes.muted}>{s.versionsCaption}</caption>
          <thead><tr><th className={classes.cell} scope="col">{s.version}</th><th className={classes.cell} scope="col">{s.by}</th><th className={classes.cell} scope="col">{s.at}</th>{mayRestore && <th className={classes.cell} scope="col">{s.actions}</th>}</tr></thead>
          <tbody>
            {versions.map(v => (
              <tr key={v.label}>
                <th className={classes.cell} scope="row">{v.label}{v.current ? ` ${s.current}` : ''}</th>
                <td className={classes.cell}>{v.by || s.none}</td>
                <td className={classes.cell}>{v.at ? dateTimeText(v.at, locale) : s.none}</td>
                {mayRestore && <td className={classes.cell}>{!v.current && <DefaultButton text={formatString(s.restore, v.label)} disabled={busy} onClick={() => setConfirming(v.label)} />}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.length > 1 && (
        <form className={classes.section} onSubmit={compare} aria-labelledby="hc-history-compare">
          <h4 id="hc-history-compare" className={classes.heading}>{s.compare}</h4>
          <div className={classes.row}>
            <Dropdown id="hc-compare-from" label={s.compareFrom} selectedKey={from} options={options} onChange={(_, o) => { if (o) setFrom(String(o.key)); }} />
            <Dropdown id="hc-compare-to" label={s.compareTo} selectedKey={to} options={options} onChange={(_, o) => { if (o) setTo(String(o.key)); }} />
            <PrimaryButton type="submit" text={s.compareSubmit} />
          </div>
          {sameChosen && <p role="alert">{s.compareSame}</p>}
          {diff && (
            <div>
              <h5 ref={resultHeading} tabIndex={-1} className={classes.heading}>{formatString(s.compareResult, diff.from, diff.to)}</h5>
              <VersionDiff fields={diff.fields} />
            </div>
          )}
        </form>
      )}
    </section>
  );
}
