import * as React from 'react';
import { useArticleSanitizer } from '../editor/sanitizerLazy';
import type { DraftForm } from './draftForm';
import type { DraftClasses } from './draftPage.styles';
import { dayToDate, formatDay } from './ReviewDateField';

/** Props of {@link DraftReadOnly}. */
export interface DraftReadOnlyProps {
  form: DraftForm;
  siteUrl?: string;
  classes: DraftClasses;
  strings: IHelpCenterArticleEditorStrings['articleDraft'];
  categoryName(id: number): string;
}

/** A draft the person may read but not change (someone else's, in review, published): its text, sanitised as on display. */
export function DraftReadOnly(props: DraftReadOnlyProps): React.ReactElement {
  const { form, strings: s } = props;
  const c = props.classes;
  const lang = form.language;
  const sanitize = useArticleSanitizer();
  const row = (label: string, value: React.ReactNode): React.ReactElement => (
    <div><p className={c.fieldName}>{label}</p>{value}</div>
  );
  return (
    <div className={c.form}>
      {row(s.title, <p lang={lang}>{form.title || s.untitled}</p>)}
      {row(s.summary, <p lang={lang}>{form.summary || s.conflictEmpty}</p>)}
      {row(s.category, <p>{form.categoryId ? props.categoryName(form.categoryId) : s.categoryNone}</p>)}
      {row(s.body, <div className={c.readOnlyBody} lang={lang} dangerouslySetInnerHTML={{ __html: sanitize ? sanitize(form.bodyHtml, { siteUrl: props.siteUrl }) : '' }} />)}
      {form.questions.length ? row(s.questionsLegend, <ul lang={lang}>{form.questions.map((q, i) => <li key={i}>{q}</li>)}</ul>) : undefined}
      {form.keywords.length ? row(s.conflictFields.keywords, <ul lang={lang}>{form.keywords.map((k, i) => <li key={i}>{k}</li>)}</ul>) : undefined}
      {form.reviewDate ? row(s.reviewDate, <p>{formatDay(dayToDate(form.reviewDate), lang)}</p>) : undefined}
    </div>
  );
}
