import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { previewImport, type ImportOutcome, type LocationRepository } from '../../../data/config';
import { describeError } from '../../../data/sp/errors';
import { readLocationFile, rejectedCsv, type ImportFile, type ImportRow } from '../../../domain/config/locationImport';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LiveRegion } from '../../common/LiveRegion';
import { LoadingState } from '../../common/LoadingState';
import { Notice, MessageBarType } from '../../common/Notice';
import { ThemeText } from '../../common/ThemeText';
import { formatString } from '../../common/format';
import { downloadText } from './download';
import { ImportPreview } from './ImportPreview';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  /** Reads the list. */
  repository: LocationRepository;
  /** Closes the panel; `changed` when something was written. */
  onClose: (changed: boolean) => void;
}

/**
 * Imports rooms, services and equipment from a CSV file: the file is read and checked against the list and shown as
 * a preview with each row's errors (line and field) before anything is written; then the valid new rows are written
 * in batches with a progress bar, and the refused rows can be downloaded to fix and import again.
 */
export function ImportPanel(props: ImportPanelProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.locationsConfig;
  const [file, setFile] = React.useState<ImportFile | undefined>(undefined);
  const [rows, setRows] = React.useState<ImportRow[] | undefined>(undefined);
  const [checking, setChecking] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<ImportOutcome | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState('');

  const reasons = (row: ImportRow, cause?: string): string =>
    row.problems.map(p => formatString(s.rowProblem, s.fields[p.field], s.problems[p.code])).concat(cause ? [cause] : []).join(' ; ');

  const choose = async (chosen: File | undefined): Promise<void> => {
    setFile(undefined); setRows(undefined); setOutcome(undefined); setFailure(undefined);
    if (!chosen) return;
    setChecking(true);
    try {
      const read = readLocationFile(await chosen.text());
      setFile(read);
      if (read.fileProblem) {
        setFailure(read.fileProblem === 'noNameColumn' ? s.noNameColumn : s.emptyFile);
        return;
      }
      const planned = await previewImport(props.repository, read);
      setRows(planned);
      const count = (o: ImportRow['outcome']): number => planned.filter(r => r.outcome === o).length;
      setAnnouncement(formatString(s.previewSummary, count('new'), count('existing'), count('invalid')));
    } catch (e) {
      console.error('Import: the file could not be read', e);
      setFailure(`${s.fileUnreadable} ${describeError(e)}`);
    } finally {
      setChecking(false);
    }
  };
  const run = async (): Promise<void> => {
    if (!file) return;
    setProgress({ done: 0, total: 0 });
    setAnnouncement(s.importing);
    try {
      const done = await props.repository.importFile(file, (d, total) => setProgress({ done: d, total }));
      setOutcome(done);
      setAnnouncement(formatString(s.importDone, done.written.length, done.existing.length, done.refused.length));
    } catch (e) {
      console.error('Import failed', e);
      setFailure(`${s.saveFailed} ${describeError(e)}`);
    } finally {
      setProgress(undefined);
    }
  };
  const toWrite = rows ? rows.filter(r => r.outcome === 'new').length : 0;
  const refused = outcome ? outcome.refused : rows ? rows.filter(r => r.outcome === 'invalid').map(row => ({ row, cause: undefined as string | undefined })) : [];
  const footer = (): React.ReactElement => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      {rows && !outcome ? <PrimaryButton text={formatString(s.importConfirm, toWrite)} disabled={!toWrite || !!progress} onClick={() => { run().catch(() => undefined); }} /> : null}
      {refused.length ? <DefaultButton text={s.downloadRefused} iconProps={{ iconName: 'Download' }}
        onClick={() => downloadText(rejectedCsv(refused.map(r => r.row), locale, r => reasons(r, refused.filter(x => x.row === r)[0].cause)), s.refusedFileName)} /> : null}
      <DefaultButton text={s.close} disabled={!!progress} onClick={() => props.onClose(!!outcome && outcome.written.length > 0)} />
    </div>
  );
  return (
    <Panel isOpen type={PanelType.large} headerText={s.importTitle} closeButtonAriaLabel={s.close} isBlocking={!!progress}
      onDismiss={() => { if (!progress) props.onClose(!!outcome && outcome.written.length > 0); }} isFooterAtBottom onRenderFooterContent={footer}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <ThemeText as="p">{s.importIntro}</ThemeText>
        <LiveRegion message={announcement} />
        <div>
          <label htmlFor="hc-import-file"><ThemeText as="span" extra={{ fontWeight: 600 }}>{s.fileLabel}</ThemeText></label>
          <div><input id="hc-import-file" type="file" accept=".csv,text/csv" disabled={!!progress}
            onChange={e => { choose(e.target.files ? e.target.files[0] : undefined).catch(() => undefined); }} /></div>
        </div>
        {checking ? <LoadingState label={s.checking} /> : null}
        {failure ? <Notice messageBarType={MessageBarType.error} isMultiline>{failure}</Notice> : null}
        {file && file.ignoredHeaders.length ? <Notice messageBarType={MessageBarType.info}>{formatString(s.ignoredColumns, file.ignoredHeaders.join(', '))}</Notice> : null}
        {progress ? <ProgressIndicator label={s.importing} description={formatString(s.importProgress, progress.done, progress.total)}
          percentComplete={progress.total ? progress.done / progress.total : undefined} /> : null}
        {outcome ? <Notice messageBarType={outcome.refused.length ? MessageBarType.warning : MessageBarType.success} isMultiline>
          {formatString(s.importDone, outcome.written.length, outcome.existing.length, outcome.refused.length)}</Notice> : null}
        {rows ? <ImportPreview rows={rows} refused={outcome ? outcome.refused : undefined} reasons={reasons} /> : null}
      </div>
    </Panel>
  );
}
