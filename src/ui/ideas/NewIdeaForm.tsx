import * as React from 'react';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import { proposalProblems, type IdeaProblem } from '../../domain/ideas';
import type { IdeaCategory, IdeaServices } from '../../data/ideas/services';
import { randomHex } from '../../data/random';
import { useHelpCenter } from '../common/HelpCenterContext';
import { ErrorSummary, type FieldProblem } from '../common/ErrorSummary';
import { Notice, MessageBarType } from '../common/Notice';
import { formClasses } from '../common/formStyles';
import { useAlive } from '../common/useLoad';
import { IDEA_DRAFT_KEY, type IdeaDraft } from './NewIdeaForm.types';
import { categoryChoices, keep, readKept } from './ideaView';

/** Props of {@link NewIdeaForm}. */
export interface NewIdeaFormProps {
  services: IdeaServices;
  categories: IdeaCategory[];
  defaultCategory?: number;
  /** Opened by the author (not restored with the page): the first field takes the focus. */
  autoFocus?: boolean;
  onClose(): void;
  /** The idea is saved: its title. */
  onSent(title: string): void;
}

const FIELD_ID = { title: 'hc-idea-title', description: 'hc-idea-description', category: 'hc-idea-category' } as const;

/**
 * The new idea form: title, description, category. What the author types is kept in localStorage at once (a reload
 * brings it back); a failed submit keeps it and a retry reuses its request id, so the idea is never saved twice.
 */
export default function NewIdeaForm(props: NewIdeaFormProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.ideaForm;
  const theme = useTheme();
  const css = React.useMemo(() => formClasses(theme), [theme]);
  const [restored] = React.useState(() => !!readKept<IdeaDraft>(IDEA_DRAFT_KEY));
  const [draft, setDraft] = React.useState<IdeaDraft>(() => readKept<IdeaDraft>(IDEA_DRAFT_KEY)
    || { title: '', description: '', categoryId: props.defaultCategory, requestId: randomHex(16) });
  const [problems, setProblems] = React.useState<IdeaProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  const alive = useAlive();
  // The first field takes the focus when the form opens.
  const titleRef = React.useRef<ITextField>(null);
  React.useEffect(() => { if (props.autoFocus && titleRef.current) titleRef.current.focus(); }, []);

  const change = (next: Partial<IdeaDraft>): void => {
    const d = { ...draft, ...next };
    setDraft(d);
    keep(IDEA_DRAFT_KEY, d);
  };
  const message = (p: IdeaProblem): string => {
    if (p.field === 'title') return p.problem === 'required' ? s.titleRequired : s.titleTooLong;
    if (p.field === 'category') return s.categoryRequired;
    return p.problem === 'required' ? s.descriptionRequired : p.problem === 'tooShort' ? s.descriptionTooShort : s.descriptionTooLong;
  };
  const errorOf = (field: IdeaProblem['field']): string | undefined => {
    const p = problems.filter(x => x.field === field)[0];
    return p ? message(p) : undefined;
  };
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    if (busy) return;
    const found = proposalProblems(draft);
    setProblems(found);
    setAttempt(a => a + 1);
    if (found.length) return;
    setBusy(true);
    setFailed(false);
    props.services.submit({ title: draft.title, description: draft.description, categoryId: draft.categoryId }, draft.requestId, locale).then(() => {
      keep(IDEA_DRAFT_KEY, undefined);
      if (alive()) props.onSent(draft.title.trim());
    }, (err: unknown) => {
      console.error('[HelpCenter] Idea not sent:', err);
      if (!alive()) return;
      setBusy(false);
      setFailed(true);
    });
  };
  const cancel = (): void => {
    keep(IDEA_DRAFT_KEY, undefined);
    props.onClose();
  };
  const summary: FieldProblem[] = problems.map(p => ({ fieldId: FIELD_ID[p.field], message: message(p) }));
  const options: IDropdownOption[] = categoryChoices(props.categories, locale);
  return (
    <form className={css.form} onSubmit={submit} noValidate aria-labelledby="hc-idea-form-title">
      <h3 id="hc-idea-form-title" className={css.heading}>{s.heading}</h3>
      {restored ? <Notice messageBarType={MessageBarType.info}>{s.draftRestored}</Notice> : undefined}
      <div className={css.summary}><ErrorSummary title={s.summaryTitle} problems={summary} attempt={attempt} /></div>
      <TextField id={FIELD_ID.title} componentRef={titleRef} label={s.titleLabel} required value={draft.title} maxLength={300}
        onChange={(_e, v) => change({ title: v || '' })} errorMessage={errorOf('title')} autoComplete="off" />
      <TextField id={FIELD_ID.description} label={s.descriptionLabel} required multiline autoAdjustHeight rows={5} value={draft.description}
        description={s.descriptionHelp} onChange={(_e, v) => change({ description: v || '' })} errorMessage={errorOf('description')} />
      <Dropdown id={FIELD_ID.category} label={s.categoryLabel} required placeholder={s.categoryPlaceholder} options={options}
        selectedKey={draft.categoryId || null} onChange={(_e, o) => change({ categoryId: o ? Number(o.key) : undefined })} errorMessage={errorOf('category')} />
      {failed ? <Notice messageBarType={MessageBarType.error}>{s.failed}</Notice> : undefined}
      <div className={css.actions}>
        <PrimaryButton type="submit" text={busy ? s.sending : s.submit} disabled={busy} />
        <DefaultButton text={s.cancel} onClick={cancel} disabled={busy} />
      </div>
    </form>
  );
}
