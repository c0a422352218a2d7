import * as React from 'react';
import { ConflictNotice } from '../ConflictNotice';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import {
  CategoryConflictError, CategoryInUseError, CategoryInvalidError, type CategoryRepository, type CategoryTeam, type CategoryView
} from '../../../../data/config';
import { describeError } from '../../../../data/sp/errors';
import type { CategoryDraft, CategoryField, CategoryProblem } from '../../../../domain/config/categoryRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ErrorSummary } from '../../../common/ErrorSummary';
import { useAlive } from '../../../common/useLoad';
import { Notice, MessageBarType } from '../../../common/Notice';
import { formatString } from '../../../common/format';
import { fieldId, fieldLabel, formOf, readDraft, writeDraft } from './categoryForm';
import { CategoryInputs } from './CategoryInputs';
import { CategoryPreview } from './CategoryPreview';
import type { PersonOption } from '../../../../data/intake/IntakeService';
import { CategoryHistory } from './CategoryHistory';
import { formFieldLabel } from './formFieldLabel';

/** Props of {@link CategoryPanel}. */
export interface CategoryPanelProps {
  /** Reads and writes HelpCategories. */
  repository: CategoryRepository;
  /** The category edited; undefined for a new one. */
  item?: CategoryView;
  /** A new category's parent. */
  parentId?: number;
  /** Every category (parents offered). */
  categories: readonly CategoryView[];
  /** The teams. */
  teams: readonly CategoryTeam[];
  /** Whether the page can draw an icon. */
  isKnownIcon: (name: string) => boolean;
  /** The people picker's search (the default approver). */
  searchPeople: (query: string) => Promise<PersonOption[]>;
  /** Closes the panel; `message` when something was saved or deleted (announced, the tree read again). */
  onClose: (message?: string) => void;
}

/**
 * A category's form in a panel, with a live preview of the ticket form for it: every field checked before anything is
 * written (a message per field and a summary that takes the focus), the save sent over the version read (ETag): when
 * another owner saved in between, their version is shown and nothing typed is lost; what is typed survives a reload.
 */
export function CategoryPanel(props: CategoryPanelProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.categoriesConfig;
  const { repository } = props;
  const id = props.item ? props.item.id : undefined;
  const restored = React.useMemo(() => readDraft(id), [id]);
  const [form, setForm] = React.useState<CategoryDraft>(restored || formOf(props.item, locale, props.parentId));
  const [etag, setEtag] = React.useState(props.item ? props.item.etag : '*');
  const [problems, setProblems] = React.useState<CategoryProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<{ current?: CategoryView } | undefined>(undefined);
  const [confirming, setConfirming] = React.useState(false);
  const [blocked, setBlocked] = React.useState<string | undefined>(undefined);
  const alive = useAlive();

  const change = (next: CategoryDraft): void => {
    setForm(next);
    writeDraft(id, next);
  };
  const messageOf = (field: CategoryField): string | undefined => {
    const p = problems.filter(x => x.field === field)[0];
    return p ? s.problems[p.code] : undefined;
  };
  const fail = (what: string, e: unknown): void => {
    console.error(`Categories: ${what} failed`, e);
    setFailure(`${s.saveFailed} ${describeError(e)}`);
  };
  const save = async (over: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = id === undefined ? await repository.add(form) : await repository.update(id, over, form);
      writeDraft(id, undefined);
      props.onClose(formatString(s.saved, saved.titleFr));
    } catch (e) {
      if (e instanceof CategoryInvalidError) {
        setProblems(e.problems);
        setAttempt(n => n + 1);
      } else if (e instanceof CategoryConflictError) {
        setProblems([]);
        setConflict({ current: e.current });
      } else fail('save', e);
    } finally {
      // Closed after a save or a delete: nothing left to update.
      if (alive()) setBusy(false);
    }
  };
  const remove = async (): Promise<void> => {
    if (!props.item) return;
    setBusy(true);
    try {
      await repository.remove(props.item.id, etag);
      writeDraft(id, undefined);
      props.onClose(formatString(s.removed, props.item.titleFr));
    } catch (e) {
      setConfirming(false);
      if (e instanceof CategoryInUseError) {
        setBlocked(e.reason === 'children' ? s.hasChildren : s.inUse);
        const input = document.getElementById(fieldId('titleFr'));
        if (input) input.focus();
      } else if (e instanceof CategoryConflictError) setConflict({ current: e.current });
      else fail('delete', e);
    } finally {
      if (alive()) setBusy(false);
    }
  };
  const takeTheirs = (current: CategoryView): void => {
    setForm(formOf(current, locale));
    setEtag(current.etag);
    writeDraft(id, undefined);
    setConflict(undefined);
  };

  const footer = (): React.ReactElement => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <PrimaryButton text={busy ? s.saving : s.save} disabled={busy || !!conflict} onClick={() => { save(etag).catch(() => undefined); }} />
      <DefaultButton text={s.cancel} disabled={busy} onClick={() => { writeDraft(id, undefined); props.onClose(); }} />
      {props.item && !confirming ? <DefaultButton text={s.remove} disabled={busy} onClick={() => setConfirming(true)} /> : null}
      {props.item && confirming ? <DefaultButton text={s.confirmRemove} disabled={busy} onClick={() => { remove().catch(() => undefined); }} /> : null}
    </div>
  );
  const summary = problems.map(p => ({ fieldId: fieldId(p.field), message: formatString(s.rowProblem, fieldLabel(p.field, s.fields, strings.ticketPriority), s.problems[p.code]) }));
  const current = conflict && conflict.current;
  return (
    <Panel isOpen type={PanelType.medium} headerText={props.item ? s.editTitle : s.newTitle} closeButtonAriaLabel={s.close}
      onDismiss={() => props.onClose()} isFooterAtBottom onRenderFooterContent={footer}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {restored ? <Notice messageBarType={MessageBarType.info}>{s.draftRestored}</Notice> : null}
        <ErrorSummary title={s.errorSummary} problems={summary} attempt={attempt} />
        {conflict ? (
          <ConflictNotice current={current} describe={current ? [`${current.titleFr} / ${current.titleEn}`, current.icon, current.formFields.map(k => formFieldLabel(k, strings)).join(', '),
              [current.firstResponseHours, current.resolutionHours].map(h => (h === undefined ? s.noTarget : formatString(s.hoursText, h))).join(' / ')].filter(Boolean).join(' · ') : ''} texts={s}
            onOverwrite={() => { if (!current) return; setConflict(undefined); setEtag(current.etag); save(current.etag).catch(() => undefined); }}
            onTakeTheirs={() => { if (current) takeTheirs(current); }} />
        ) : null}
        {blocked ? <Notice messageBarType={MessageBarType.blocked} isMultiline>{blocked}</Notice> : null}
        {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
        <CategoryInputs form={form} selfId={id} categories={props.categories} teams={props.teams} messageOf={messageOf} onChange={change} isKnownIcon={props.isKnownIcon}
          searchPeople={props.searchPeople} resolvePerson={p => repository.ensureUser(p.loginName)} />
        <CategoryPreview formFields={form.formFields} requiredFields={form.requiredFields} />
        {props.item ? <CategoryHistory repository={repository} id={props.item.id} version={etag} /> : null}
      </div>
    </Panel>
  );
}
