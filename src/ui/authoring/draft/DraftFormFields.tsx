import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import type { FieldProblem } from '../../common/ErrorSummary';
import { formatString } from '../../common/format';
import { LoadingState } from '../../common/LoadingState';
import { useAfterFirstRender } from '../../common/rendered';
import { CategoryField } from './CategoryField';
import { QuestionsField } from './QuestionsField';
import { ReviewDateField } from './ReviewDateField';
import { FIELD_IDS, SUMMARY_MAX, type DraftForm } from './draftForm';
import type { DraftClasses } from './draftPage.styles';
import KeywordSuggestions from './KeywordSuggestions';
import SimilarArticles from './SimilarArticles';

// The editor (roosterjs) is the heaviest part of the page: its own chunk, loaded once the form shows.
const RichTextEditor = React.lazy(() => import(/* webpackChunkName: 'help-center-article-editor' */ '../editor/RichTextEditor'));

/** Props of {@link DraftFormFields}. */
export interface DraftFormFieldsProps {
  form: DraftForm;
  setForm(patch: Partial<DraftForm>): void;
  services: AuthoringServices;
  /** Whether the language may still change (a new article, before its first save). */
  languageOpen: boolean;
  excludeArticleId?: number;
  problems: FieldProblem[];
  locale: 'fr' | 'en';
  siteUrl?: string;
  uploadImage(file: File): Promise<string>;
  onUploadingChange(count: number): void;
  classes: DraftClasses;
  strings: IHelpCenterArticleEditorStrings & Pick<IHelpCenterStrings, 'language'>;
}

/** Focuses the editor's text area when its wrapper is the target (the error summary's link to the body). */
function focusTextArea(e: React.FocusEvent<HTMLDivElement>): void {
  if (e.target !== e.currentTarget) return;
  const area = e.currentTarget.querySelector<HTMLElement>('[role="textbox"]');
  if (area) area.focus();
}

/** The editable fields of a draft: title (and similar articles), summary, category, language, body, phrasings, keywords, review date. */
export function DraftFormFields(props: DraftFormFieldsProps): React.ReactElement {
  const { form, setForm, strings } = props;
  const s = strings.articleDraft;
  const c = props.classes;
  const problem = (id: string): string | undefined => props.problems.filter(x => x.fieldId === id).map(x => x.message).join(' ') || undefined;
  const onBody = React.useCallback((html: string) => setForm({ bodyHtml: html }), [setForm]);
  const late = useAfterFirstRender();
  return (
    <div className={c.form}>
      <div>
        <TextField id={FIELD_IDS.title} label={s.title} required value={form.title} lang={form.language} description={s.titleHelp}
          errorMessage={problem(FIELD_IDS.title)} onChange={(_, v) => setForm({ title: v || '' })} />
        <SimilarArticles title={form.title} language={form.language} knowledge={props.services.knowledge} excludeArticleId={props.excludeArticleId} />
      </div>
      <TextField id={FIELD_IDS.summary} label={s.summary} required multiline autoAdjustHeight rows={2} value={form.summary} lang={form.language}
        description={formatString(s.summaryHelp, SUMMARY_MAX)} errorMessage={problem(FIELD_IDS.summary)} onChange={(_, v) => setForm({ summary: v || '' })} />
      <CategoryField knowledge={props.services.knowledge} value={form.categoryId} language={props.locale} strings={s} onChange={id => setForm({ categoryId: id })} />
      {props.languageOpen ? (
        <ChoiceGroup label={s.language} selectedKey={form.language} onChange={(_, o) => { if (o) setForm({ language: o.key as 'fr' | 'en' }); }}
          options={(['fr', 'en'] as const).map(l => ({ key: l, text: strings.language[l] }))} />
      ) : undefined}
      <div id={FIELD_IDS.body} tabIndex={-1} onFocus={focusTextArea}>
        {/* The editor (its own chunk, ~100 KB) downloads after the page's first render; its spinner stands in meanwhile. */}
        {late ? (
          <React.Suspense fallback={<LoadingState label={strings.articleEditor.loading} />}>
            <RichTextEditor label={s.body} value={form.bodyHtml} onChange={onBody} onPasteImage={props.uploadImage} language={form.language}
              strings={strings.articleEditor} siteUrl={props.siteUrl} errorMessage={problem(FIELD_IDS.body)} onUploadingChange={props.onUploadingChange} />
          </React.Suspense>
        ) : <LoadingState label={strings.articleEditor.loading} />}
      </div>
      <QuestionsField questions={form.questions} onChange={q => setForm({ questions: q })} language={form.language} classes={c} strings={s} />
      <KeywordSuggestions
        draft={{ title: form.title, summary: form.summary, bodyHtml: form.bodyHtml, questions: form.questions, language: form.language }}
        knowledge={props.services.knowledge} keywords={form.keywords} onChange={(k: string[]) => setForm({ keywords: k })} />
      <ReviewDateField value={form.reviewDate} onChange={d => setForm({ reviewDate: d })} locale={props.locale} strings={s} errorMessage={problem(FIELD_IDS.reviewDate)} />
    </div>
  );
}
