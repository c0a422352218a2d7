import * as React from 'react';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { formatString } from '../../common/format';
import type { DraftClasses } from './draftPage.styles';

/** Props of {@link QuestionsField}. */
export interface QuestionsFieldProps {
  questions: string[];
  onChange(questions: string[]): void;
  disabled?: boolean;
  language: 'fr' | 'en';
  classes: DraftClasses;
  strings: IHelpCenterArticleEditorStrings['articleDraft'];
}

/** Other phrasings of the question: a list with "remove" on each, and a field to add one (Enter adds). */
export function QuestionsField(props: QuestionsFieldProps): React.ReactElement {
  const s = props.strings;
  const c = props.classes;
  const [typed, setTyped] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const input = React.useRef<ITextField>(null);
  const add = (): void => {
    const q = typed.trim();
    if (!q) return;
    if (props.questions.some(x => x.toLowerCase() === q.toLowerCase())) { setError(formatString(s.questionDuplicate, q)); return; }
    props.onChange(props.questions.concat(q));
    setTyped('');
    setError(undefined);
  };
  const remove = (i: number): void => {
    props.onChange(props.questions.filter((_, j) => j !== i));
    if (input.current) input.current.focus();
  };
  return (
    <fieldset className={c.fieldset} aria-describedby="hc-draft-questions-help">
      <legend className={c.legend}>{s.questionsLegend}</legend>
      <p id="hc-draft-questions-help" className={c.help}>{s.questionsHelp}</p>
      {props.questions.length ? (
        <ul className={c.list}>
          {props.questions.map((q, i) => (
            <li key={`${i}-${q}`} className={c.listItem}>
              <span lang={props.language}>{q}</span>
              {props.disabled ? undefined : <IconButton iconProps={{ iconName: 'Cancel' }} ariaLabel={formatString(s.questionRemove, q)} title={formatString(s.questionRemove, q)} onClick={() => remove(i)} />}
            </li>
          ))}
        </ul>
      ) : undefined}
      {props.disabled ? undefined : (
        <div className={c.addRow}>
          <TextField
            componentRef={input}
            label={s.questionNew}
            value={typed}
            lang={props.language}
            errorMessage={error}
            onChange={(_, v) => { setTyped(v || ''); setError(undefined); }}
            onKeyDown={e => { if (e.key === 'Enter') { e.preventDefault(); add(); } }}
          />
          <DefaultButton text={s.questionAdd} onClick={add} disabled={!typed.trim()} />
        </div>
      )}
    </fieldset>
  );
}
