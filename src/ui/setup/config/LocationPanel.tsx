import * as React from 'react';
import { ConflictNotice } from './ConflictNotice';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  LocationConflictError, LocationInUseError, LocationInvalidError, type LocationRepository, type LocationView
} from '../../../data/config';
import { describeError } from '../../../data/sp/errors';
import type { LocationField, LocationProblem } from '../../../domain/config/locationRules';
import { LOCATION_KINDS } from '../../../domain/vocabulary';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { ErrorSummary } from '../../common/ErrorSummary';
import { useAlive } from '../../common/useLoad';
import { Notice, MessageBarType } from '../../common/Notice';
import { formatString } from '../../common/format';
import { fieldId, formOf, readDraft, writeDraft, type LocationForm } from './locationDraft';
import { LocationHistory } from './LocationHistory';

/** Props of {@link LocationPanel}. */
export interface LocationPanelProps {
  /** Reads and writes HelpLocations. */
  repository: LocationRepository;
  /** The location edited; undefined for a new one. */
  item?: LocationView;
  /** Closes the panel; `message` when something was saved or deleted (announced, the list read again). */
  onClose: (message?: string) => void;
}

/**
 * The form of one room, service or equipment in a panel: every field checked before anything is written (a message
 * per field and a summary that takes the focus), the save sent over the version read (ETag): when someone saved in
 * between, their version is shown and nothing typed is lost; what is typed survives a reload (localStorage).
 */
export function LocationPanel(props: LocationPanelProps): React.ReactElement {
  const { strings } = useHelpCenter();
  const s = strings.locationsConfig;
  const { repository } = props;
  const id = props.item ? props.item.id : undefined;
  const restored = React.useMemo(() => readDraft(id), [id]);
  const [form, setForm] = React.useState<LocationForm>(restored || formOf(props.item));
  const [etag, setEtag] = React.useState(props.item ? props.item.etag : '*');
  const [problems, setProblems] = React.useState<LocationProblem[]>([]);
  const [attempt, setAttempt] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<{ current?: LocationView } | undefined>(undefined);
  const [confirming, setConfirming] = React.useState(false);
  const [inUse, setInUse] = React.useState(false);
  const alive = useAlive();

  const change = (field: keyof LocationForm, value: string): void => {
    const next = { ...form, [field]: value };
    setForm(next);
    writeDraft(id, next);
  };
  const messageOf = (field: LocationField): string | undefined => {
    const p = problems.filter(x => x.field === field)[0];
    return p ? s.problems[p.code] : undefined;
  };

  const save = async (over: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      let roomId: number | undefined;
      if (form.kind === 'equipment' && form.room.trim()) {
        const room = await repository.findByKey(form.room, form.building);
        if (!room) {
          setProblems([{ field: 'room', code: 'roomNotFound' }]);
          setAttempt(n => n + 1);
          return;
        }
        roomId = room.id;
      }
      const draft = { title: form.title, kind: form.kind, building: form.building, roomId, assetTag: form.assetTag };
      const saved = id === undefined ? await repository.add(draft) : await repository.update(id, over, draft);
      writeDraft(id, undefined);
      props.onClose(formatString(s.saved, saved.title));
    } catch (e) {
      if (e instanceof LocationInvalidError) {
        setProblems(e.problems);
        setAttempt(n => n + 1);
      } else if (e instanceof LocationConflictError) {
        setProblems([]);
        setConflict({ current: e.current });
      } else {
        console.error('Locations: save failed', e);
        setFailure(`${s.saveFailed} ${describeError(e)}`);
      }
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
      props.onClose(formatString(s.removed, props.item.title));
    } catch (e) {
      setConfirming(false);
      if (e instanceof LocationInUseError) {
        setInUse(true);
        const input = document.getElementById(fieldId('title'));
        if (input) input.focus();
      } else if (e instanceof LocationConflictError) setConflict({ current: e.current });
      else {
        console.error('Locations: delete failed', e);
        setFailure(`${s.saveFailed} ${describeError(e)}`);
      }
    } finally {
      // Closed after a save or a delete: nothing left to update.
      if (alive()) setBusy(false);
    }
  };
  const takeTheirs = (current: LocationView): void => {
    setForm(formOf(current));
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
  const kindOptions = LOCATION_KINDS.map(k => ({ key: k, text: s.kinds[k] }));
  const summary = problems.map(p => ({ fieldId: fieldId(p.field), message: formatString(s.rowProblem, s.fields[p.field], s.problems[p.code]) }));
  const current = conflict && conflict.current;
  return (
    <Panel isOpen type={PanelType.medium} headerText={props.item ? s.editTitle : s.newTitle} closeButtonAriaLabel={s.close}
      onDismiss={() => props.onClose()} isFooterAtBottom onRenderFooterContent={footer}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {restored ? <Notice messageBarType={MessageBarType.info}>{s.draftRestored}</Notice> : null}
        <ErrorSummary title={s.errorSummary} problems={summary} attempt={attempt} />
        {conflict ? (
          <ConflictNotice current={current} describe={current ? [current.title, s.kinds[current.kind], current.building, current.roomTitle, current.assetTag].filter(Boolean).join(' · ') : ''} texts={s}
            onOverwrite={() => { if (!current) return; setConflict(undefined); setEtag(current.etag); save(current.etag).catch(() => undefined); }}
            onTakeTheirs={() => { if (current) takeTheirs(current); }} />
        ) : null}
        {inUse ? <Notice messageBarType={MessageBarType.blocked} isMultiline>{s.inUse}</Notice> : null}
        {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
        <TextField id={fieldId('title')} label={s.fields.title} required value={form.title} onChange={(_, v) => change('title', v || '')} errorMessage={messageOf('title')} />
        <Dropdown id={fieldId('kind')} label={s.fields.kind} required options={kindOptions} selectedKey={form.kind || undefined}
          onChange={(_, o) => change('kind', o ? String(o.key) : '')} errorMessage={messageOf('kind')} />
        <TextField id={fieldId('building')} label={s.fields.building} value={form.building} onChange={(_, v) => change('building', v || '')} errorMessage={messageOf('building')} />
        {form.kind === 'equipment' ? (
          <TextField id={fieldId('room')} label={s.fields.room} description={s.roomHelp} value={form.room} onChange={(_, v) => change('room', v || '')} errorMessage={messageOf('room')} />
        ) : null}
        <TextField id={fieldId('assetTag')} label={s.fields.assetTag} value={form.assetTag} onChange={(_, v) => change('assetTag', v || '')} errorMessage={messageOf('assetTag')} />
        {props.item ? <LocationHistory repository={repository} id={props.item.id} version={etag} /> : null}
      </div>
    </Panel>
  );
}
