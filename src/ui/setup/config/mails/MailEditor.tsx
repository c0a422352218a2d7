import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { MailTemplateConflictError, MailTemplateInvalidError, type MailTemplateRepository } from '../../../../data/config/MailTemplateRepository';
import type { MailTemplateView } from '../../../../data/config/mailTemplateRows';
import type { MailTemplateEntry } from '../../../../data/config/mailCatalog';
import type { PreviewRequest } from '../../../../data/config/mailPreview';
import type { MailTemplate } from '../../../../data/notifications/templates';
import { describeError } from '../../../../data/sp/errors';
import type { PlaceholderCatalogue, MailProblem } from '../../../../domain/config/mailTemplateCheck';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ErrorSummary } from '../../../common/ErrorSummary';
import { Notice, MessageBarType } from '../../../common/Notice';
import { useAlive } from '../../../common/useLoad';
import { dateTimeText } from '../../../common/dates';
import { formatString } from '../../../common/format';
import { entryLabel, fieldLabel, mailFieldId, problemField, problemText } from './mailLabels';
import { MailPlaceholders } from './MailPlaceholders';
import { MailPreview } from './MailPreview';
import { MailHistory } from './MailHistory';

const stack = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 });
const row = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8 });
const LANGUAGES: ('fr' | 'en')[] = ['fr', 'en'];
const PARTS: ('subject' | 'body')[] = ['subject', 'body'];

/** Props of {@link MailEditor}. */
export interface MailEditorProps {
  repository: MailTemplateRepository;
  entry: MailTemplateEntry;
  /** The template as read (its text, whose, its ETag). */
  view: MailTemplateView;
  catalogue: PlaceholderCatalogue;
  /** The request the preview is written with. */
  request?: PreviewRequest;
  /** A save or a restore went through: the template as it now applies, and what to announce. */
  onSaved: (view: MailTemplateView, message: string) => void;
}

/**
 * One template's French and English subject and body: checked before anything is written (a message per field,
 * the placeholder named, and a summary that takes the focus), saved over the version read; when another owner saved
 * in between, their text is shown and what was typed stays in the fields.
 */
export function MailEditor(props: MailEditorProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.mailsConfig;
  const { repository, entry, catalogue } = props;
  const [read, setRead] = React.useState<MailTemplateView>(props.view);
  const [form, setForm] = React.useState<MailTemplate>(props.view.template);
  const [problems, setProblems] = React.useState<MailProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<MailTemplateView | undefined>(undefined);
  const alive = useAlive();
  const label = entryLabel(s, entry);

  const change = (language: 'fr' | 'en', part: 'subject' | 'body', value: string): void => {
    setForm(f => ({ ...f, [language]: { ...f[language], [part]: value } }));
  };
  const run = async (write: () => Promise<MailTemplateView>, message: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await write();
      if (!alive()) return;
      setProblems([]);
      setConflict(undefined);
      setRead(saved);
      setForm(saved.template);
      props.onSaved(saved, formatString(message, label));
    } catch (e) {
      if (!alive()) return;
      if (e instanceof MailTemplateInvalidError) {
        setProblems(e.problems);
        setAttempt(n => n + 1);
      } else if (e instanceof MailTemplateConflictError) {
        setProblems([]);
        setConflict(e.current);
      } else {
        console.error('Mails: save failed', e);
        setFailure(`${s.saveFailed} ${describeError(e)}`);
      }
    } finally {
      if (alive()) setBusy(false);
    }
  };
  const save = (over: MailTemplateView): void => {
    // Checked here first: a refused text never leaves the page.
    const found = repository.check(entry.key, form);
    if (found.length) {
      setProblems(found);
      setAttempt(n => n + 1);
      return;
    }
    run(() => repository.save(over, form), s.saved).catch(() => undefined);
  };
  const messageOf = (language: 'fr' | 'en', part: 'subject' | 'body'): string | undefined => {
    const mine = problems.filter(p => problemField(p).language === language && problemField(p).part === part);
    return mine.length ? mine.map(p => problemText(s, p)).join(' ') : undefined;
  };
  // One line per field (the summary's links are keyed by field), its problems together.
  const summary = LANGUAGES.reduce((all, language) => all.concat(PARTS.map(part => ({ language, part, message: messageOf(language, part) }))), [] as { language: 'fr' | 'en'; part: 'subject' | 'body'; message?: string }[])
    .filter(f => !!f.message).map(f => ({ fieldId: mailFieldId(f.language, f.part), message: formatString(s.rowProblem, fieldLabel(s, f.language, f.part), f.message!) }));

  return (
    <div className={stack}>
      {read.own ? <p style={{ margin: 0 }}>{formatString(s.ownBy, read.editor || '—', read.modified ? dateTimeText(read.modified, locale) : '—')}</p> : null}
      <ErrorSummary title={s.errorSummary} problems={summary} attempt={attempt} />
      {conflict ? (
        <Notice messageBarType={MessageBarType.warning} isMultiline actions={(
          <div className={row}>
            <DefaultButton text={s.overwrite} disabled={busy} onClick={() => { setRead(conflict); save(conflict); }} />
            <DefaultButton text={s.takeTheirs} disabled={busy} onClick={() => { setRead(conflict); setForm(conflict.template); setConflict(undefined); }} />
          </div>
        )}>
          <strong>{s.conflictTitle}</strong>
          <div>{formatString(s.conflictBody, conflict.editor || '—', conflict.modified ? dateTimeText(conflict.modified, locale) : '—')}</div>
          <div>{conflict.template[locale].subject}</div>
          <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>{conflict.template[locale].body}</pre>
        </Notice>
      ) : null}
      {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
      {LANGUAGES.map(language => PARTS.map(part => (
        <TextField key={`${language}-${part}`} id={mailFieldId(language, part)} label={fieldLabel(s, language, part)} required
          multiline={part === 'body'} rows={part === 'body' ? 8 : undefined} autoAdjustHeight={part === 'body'} spellCheck={false}
          description={part === 'body' ? s.bodyHelp : undefined} value={form[language][part]}
          onChange={(_, v) => change(language, part, v || '')} errorMessage={messageOf(language, part)} />
      )))}
      <div className={row}>
        <PrimaryButton text={busy ? s.saving : s.save} disabled={busy || !!conflict} onClick={() => save(read)} />
        <DefaultButton text={s.restore} disabled={busy || !!conflict || !read.own} onClick={() => { run(() => repository.restore(read), s.restored).catch(() => undefined); }} />
      </div>
      <MailPlaceholders catalogue={catalogue} />
      <MailPreview template={form} role={entry.role} request={props.request} />
      {read.id !== undefined ? <MailHistory repository={repository} id={read.id} version={read.etag || ''} /> : null}
    </div>
  );
}
