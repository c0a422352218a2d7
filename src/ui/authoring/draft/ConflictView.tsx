import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ARTICLE_CONTENT_FIELDS, type ArticleContent, type ArticleContentField, type EditConflict } from '../../../domain/knowledge/articleEditConflict';
import { formatString } from '../../common/format';
import { dateTimeText } from '../../common/dates';
import { Notice, MessageBarType } from '../../common/Notice';
import { useArticleSanitizer } from '../editor/sanitizerLazy';
import type { DraftClasses } from './draftPage.styles';

/** Props of {@link ConflictView}. */
export interface ConflictViewProps {
  conflict: EditConflict | 'unknown';
  onChoose(choice: 'mine' | 'theirs' | 'merged'): void;
  busy: boolean;
  locale: 'fr' | 'en';
  siteUrl?: string;
  language: 'fr' | 'en';
  classes: DraftClasses;
  strings: IHelpCenterArticleEditorStrings['articleDraft'];
  /** A category's name (the versions may name different ones). */
  categoryName(id: number): string;
}

function FieldValue(props: { field: ArticleContentField; content: ArticleContent; siteUrl?: string; language: 'fr' | 'en'; empty: string; categoryName(id: number): string }): React.ReactElement {
  const { field, content } = props;
  const v = content[field];
  const sanitize = useArticleSanitizer();
  if (field === 'bodyHtml') return <div lang={props.language} dangerouslySetInnerHTML={{ __html: sanitize ? sanitize(String(v || ''), { siteUrl: props.siteUrl }) : '' }} />;
  if (Array.isArray(v)) return v.length ? <ul lang={props.language}>{v.map((x, i) => <li key={i}>{x}</li>)}</ul> : <p>{props.empty}</p>;
  if (field === 'categoryId') return <p>{typeof v === 'number' && v ? props.categoryName(v) : props.empty}</p>;
  return <p lang={props.language}>{v === undefined || v === '' ? props.empty : String(v)}</p>;
}

/**
 * Two people saved one draft: who changed it and when, my text and theirs side by side for each field they changed,
 * and the choices — keep mine (saved over their new version), take theirs, or both merged when no field was changed
 * on both sides. Nothing is saved before a choice; the heading takes the focus.
 */
export function ConflictView(props: ConflictViewProps): React.ReactElement {
  const s = props.strings;
  const c = props.classes;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { if (heading.current) heading.current.focus(); }, [props.conflict]);
  if (props.conflict === 'unknown') {
    return <Notice messageBarType={MessageBarType.error}>{s.conflictUnknown}</Notice>;
  }
  const k = props.conflict;
  const who = (k.changedBy && (k.changedBy.displayName || k.changedBy.email)) || s.conflictSomeone;
  const fields = ARTICLE_CONTENT_FIELDS.filter(f => k.theirChanges.indexOf(f) >= 0 || k.bothChanged.indexOf(f) >= 0);
  return (
    <section className={c.conflict} aria-labelledby="hc-draft-conflict-title">
      <h4 id="hc-draft-conflict-title" ref={heading} tabIndex={-1} className={c.heading}>{formatString(s.conflictTitle, who)}</h4>
      <p className={c.origin}>
        {s.conflictIntro}
        {k.changedAt ? <> (<time dateTime={k.changedAt.toISOString()}>{dateTimeText(k.changedAt, props.locale)}</time>)</> : undefined}
        {k.statusChanged ? <> {s.conflictStatus}</> : undefined}
      </p>
      <div className={c.compare}>
        {[{ title: s.conflictMine, content: k.mine, id: 'mine' }, { title: formatString(s.conflictTheirs, who), content: k.theirs, id: 'theirs' }].map(side => (
          <section key={side.id} className={c.version} aria-labelledby={`hc-draft-conflict-${side.id}`}>
            <h5 id={`hc-draft-conflict-${side.id}`} className={c.heading}>{side.title}</h5>
            {fields.map(f => (
              <div key={f}>
                <p className={c.fieldName}>{s.conflictFields[f]}</p>
                <FieldValue field={f} content={side.content} siteUrl={props.siteUrl} language={props.language} empty={s.conflictEmpty} categoryName={props.categoryName} />
              </div>
            ))}
          </section>
        ))}
      </div>
      <div className={c.choices}>
        <PrimaryButton text={s.keepMine} disabled={props.busy} onClick={() => props.onChoose('mine')} />
        <DefaultButton text={s.takeTheirs} disabled={props.busy} onClick={() => props.onChoose('theirs')} />
        {k.merged ? <DefaultButton text={s.takeMerged} disabled={props.busy} onClick={() => props.onChoose('merged')} /> : undefined}
      </div>
    </section>
  );
}
