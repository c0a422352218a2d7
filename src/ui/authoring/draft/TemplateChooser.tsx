import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ARTICLE_TEMPLATES } from '../../../domain/knowledge/templates';
import type { Language } from '../../../domain/vocabulary';
import type { DraftClasses } from './draftPage.styles';

/** Props of {@link TemplateChooser}. */
export interface TemplateChooserProps {
  language: Language;
  onStart(templateId: string, language: Language): void;
  classes: DraftClasses;
  strings: IHelpCenterArticleEditorStrings & Pick<IHelpCenterStrings, 'language'>;
}

/** A new article's first step: its template and its language, then "start writing". */
export function TemplateChooser(props: TemplateChooserProps): React.ReactElement {
  const s = props.strings.articleDraft;
  const [template, setTemplate] = React.useState<string>(ARTICLE_TEMPLATES[0].id);
  const [language, setLanguage] = React.useState<Language>(props.language);
  return (
    <form className={props.classes.form} onSubmit={e => { e.preventDefault(); props.onStart(template, language); }}>
      <ChoiceGroup label={s.templateLegend} selectedKey={template} onChange={(_, o) => { if (o) setTemplate(String(o.key)); }}
        options={ARTICLE_TEMPLATES.map(t => ({ key: t.id, text: props.strings.articleTemplates.names[t.id] }))} aria-describedby="hc-draft-template-help" />
      <p id="hc-draft-template-help" className={props.classes.help}>{s.templateHelp}</p>
      <ChoiceGroup label={s.languageLegend} selectedKey={language} onChange={(_, o) => { if (o) setLanguage(o.key as Language); }}
        options={(['fr', 'en'] as const).map(l => ({ key: l, text: props.strings.language[l] }))} />
      <div className={props.classes.actions}><PrimaryButton type="submit" text={s.start} /></div>
    </form>
  );
}
