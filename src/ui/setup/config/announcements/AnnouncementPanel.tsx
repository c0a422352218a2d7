import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import {
  AnnouncementConflictError, AnnouncementInvalidError, type AnnouncementRepository, type AnnouncementView
} from '../../../../data/config';
import { toAnnouncementDraft } from '../../../../data/config/announcementRows';
import { describeError } from '../../../../data/sp/errors';
import { announcementPhase, checkAnnouncement, type AnnouncementDraft, type AnnouncementProblem } from '../../../../domain/config/announcementRules';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ErrorSummary } from '../../../common/ErrorSummary';
import { useAlive } from '../../../common/useLoad';
import { Notice, MessageBarType } from '../../../common/Notice';
import { formatString } from '../../../common/format';
import { ConflictNotice } from '../ConflictNotice';
import { fieldId, newDraft, readDraft, writeDraft } from './announcementDraft';
import { AnnouncementInputs } from './AnnouncementInputs';
import { AnnouncementPreview } from './AnnouncementPreview';
import { AnnouncementHistory } from './AnnouncementHistory';
import { periodText } from './AnnouncementList';

/** Props of {@link AnnouncementPanel}. */
export interface AnnouncementPanelProps {
  /** Reads and writes Announcements. */
  repository: AnnouncementRepository;
  /** The announcement edited; undefined for a new one. */
  item?: AnnouncementView;
  /** Whether deleting is offered (owners). */
  canDelete: boolean;
  /** Closes the panel; `message` when something was written (announced, the lists read again). */
  onClose: (message?: string) => void;
}

type Action = 'save' | 'end' | 'remove';

/**
 * One announcement's form in a panel, with the help bar's preview beside it: every field checked before anything is
 * written (a message per field, a summary that takes the focus), writes sent over the version read (ETag) — when
 * someone saved in between their version is shown and nothing typed is lost (it survives a reload too). "End now"
 * rather than deleting; owners may delete, after a confirmation.
 */
export function AnnouncementPanel(props: AnnouncementPanelProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.announcementsConfig;
  const { repository, item } = props;
  const id = item ? item.id : undefined;
  const restored = React.useMemo(() => readDraft(id), [id]);
  const [draft, setDraft] = React.useState<AnnouncementDraft>(() => restored || (item ? toAnnouncementDraft(item) : newDraft(new Date(), locale)));
  const [etag, setEtag] = React.useState(item ? item.etag : '*');
  const [problems, setProblems] = React.useState<AnnouncementProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<{ current?: AnnouncementView; action: Action } | undefined>(undefined);
  const [confirming, setConfirming] = React.useState(false);
  const alive = useAlive();

  const change = (field: keyof AnnouncementDraft, value: string): void => {
    setDraft(prev => {
      const next = { ...prev, [field]: value };
      writeDraft(id, next);
      return next;
    });
  };

  const run = async (action: Action, over: string): Promise<void> => {
    // Checked here first (no request for a refused form); the repository checks again before writing.
    const found = action === 'save' ? checkAnnouncement(draft, new Date(), !item) : [];
    setProblems(found);
    if (found.length) { setAttempt(n => n + 1); return; }
    setBusy(true);
    setFailure(undefined);
    setConfirming(false);
    try {
      let message: string;
      if (action === 'remove' && item) {
        await repository.remove(item.id, over);
        message = formatString(s.removed, item.title);
      } else if (action === 'end' && item) {
        await repository.endNow({ ...item, etag: over });
        message = formatString(s.ended, item.title);
      } else {
        const saved = item ? await repository.update(item.id, over, draft) : await repository.add(draft);
        message = formatString(s.saved, saved.title);
      }
      writeDraft(id, undefined);
      props.onClose(message);
    } catch (e) {
      if (e instanceof AnnouncementInvalidError) {
        setProblems(e.problems);
        setAttempt(n => n + 1);
      } else if (e instanceof AnnouncementConflictError) {
        setProblems([]);
        setConflict({ current: e.current, action });
      } else {
        console.error('Announcements: write failed', e);
        setFailure(`${s.saveFailed} ${describeError(e)}`);
      }
    } finally {
      // Closed after a write: nothing left to update.
      if (alive()) setBusy(false);
    }
  };
  const go = (action: Action, over: string): void => { run(action, over).catch(() => undefined); };

  const ended = !!item && announcementPhase(item.start, item.end, new Date()) === 'ended';
  const footer = (): React.ReactElement => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <PrimaryButton text={busy ? s.saving : s.save} disabled={busy || !!conflict} onClick={() => go('save', etag)} />
      <DefaultButton text={s.cancel} disabled={busy} onClick={() => { writeDraft(id, undefined); props.onClose(); }} />
      {item && !ended ? <DefaultButton text={s.endNow} iconProps={{ iconName: 'Clock' }} disabled={busy || !!conflict} onClick={() => go('end', etag)} /> : null}
      {item && props.canDelete ? <DefaultButton text={s.remove} iconProps={{ iconName: 'Delete' }} disabled={busy || !!conflict} onClick={() => setConfirming(true)} /> : null}
    </div>
  );
  const summary = problems.map(p => ({ fieldId: fieldId(p.field), message: formatString(s.fieldProblem, s.fields[p.field], s.problems[p.code]) }));
  const current = conflict && conflict.current;
  const describe = current ? [current.title, strings.announcementSeverity[current.severity], periodText(current, locale, s), s.audiences[current.audience]].join(' · ') : '';
  return (
    <Panel isOpen type={PanelType.medium} headerText={item ? s.editTitle : s.newTitle} closeButtonAriaLabel={s.close}
      onDismiss={() => props.onClose()} isFooterAtBottom onRenderFooterContent={footer}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {restored ? <Notice messageBarType={MessageBarType.info}>{s.draftRestored}</Notice> : null}
        <ErrorSummary title={s.errorSummary} problems={summary} attempt={attempt} />
        {conflict ? (
          <ConflictNotice current={current} describe={describe} texts={s}
            onOverwrite={() => { if (!current) return; setConflict(undefined); setEtag(current.etag); go(conflict.action, current.etag); }}
            onTakeTheirs={() => { if (!current) return; setDraft(toAnnouncementDraft(current)); setEtag(current.etag); writeDraft(id, undefined); setConflict(undefined); }} />
        ) : null}
        {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
        <AnnouncementInputs draft={draft} onChange={change} problems={problems} problem={item && item.problem} />
        <AnnouncementPreview draft={draft} />
        {item ? <AnnouncementHistory repository={repository} id={item.id} version={etag} /> : null}
      </div>
      <Dialog hidden={!confirming} onDismiss={() => setConfirming(false)}
        dialogContentProps={{ type: DialogType.normal, title: s.removeTitle, subText: formatString(s.removeBody, item ? item.title : '') }}
        modalProps={{ isBlocking: true }}>
        <DialogFooter>
          <PrimaryButton text={s.confirmRemove} disabled={busy} onClick={() => go('remove', etag)} />
          <DefaultButton text={s.cancel} onClick={() => setConfirming(false)} />
        </DialogFooter>
      </Dialog>
    </Panel>
  );
}
