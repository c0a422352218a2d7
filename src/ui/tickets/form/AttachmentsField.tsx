import * as React from 'react';
import type { FormClasses } from '../../common/formStyles';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Label } from '@fluentui/react/lib/Label';
import { ThemeText } from '../../common/ThemeText';
import type { IntakeError, AttachmentLimits } from '../../../domain/intake';
import { formatString } from '../../common/format';
import { UserText } from '../../common/UserText';
import type { DraftAttachment } from './draftStore';
import { errorText } from './errorText';

/** Props of {@link AttachmentsField}. */
export interface AttachmentsFieldProps {
  files: DraftAttachment[];
  /** The names the files will be stored under (same order as `files`). */
  storedNames: string[];
  limits: AttachmentLimits;
  errors: IntakeError[];
  /** The category wants a (named) screenshot. */
  screenshotWanted: boolean;
  screenshotRequired: boolean;
  strings: IHelpCenterStrings['ticketForm'];
  classes: FormClasses;
  onAdd(files: DraftAttachment[]): void;
  onRemove(name: string): void;
}

function toAttachments(list: FileList | File[] | undefined, pastedName: (i: number, type: string) => string | undefined): DraftAttachment[] {
  const out: DraftAttachment[] = [];
  const files = list ? Array.prototype.slice.call(list) as File[] : [];
  files.forEach((f, i) => {
    const name = pastedName(i, f.type) || f.name;
    out.push({ name, type: f.type || 'application/octet-stream', size: f.size, content: f });
  });
  return out;
}

/** "stored as « name »", the name isolated as typed text is. */
function StoredAs(props: { name: string; template: string; className: string }): React.ReactElement {
  const [before, after] = props.template.split('{0}');
  return <span className={props.className}>{before}<UserText text={props.name} />{after || ''}</span>;
}

function Preview(props: { file: DraftAttachment; className: string }): React.ReactElement {
  const [url, setUrl] = React.useState<string | undefined>();
  React.useEffect(() => {
    if (!/^image\/(png|jpe?g|gif)$/.test(props.file.type) || typeof URL.createObjectURL !== 'function') return undefined;
    const u = URL.createObjectURL(props.file.content);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [props.file]);
  return url ? <img src={url} alt="" className={props.className} /> : <React.Fragment />;
}

/**
 * The images of a paste (a screenshot copied with Print Screen or a snipping tool), named after the
 * moment; undefined when the paste holds no file, so text pastes go on normally.
 */
export function pastedImages(e: React.ClipboardEvent, pastedLabel: string): DraftAttachment[] | undefined {
  const images = (Array.prototype.slice.call((e.clipboardData && e.clipboardData.files) || []) as File[]).filter(f => /^image\//.test(f.type));
  if (!images.length) return undefined;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  return toAttachments(images, (i, type) => `${pastedLabel.replace(/\s+/g, '-')}-${stamp}${i ? `-${i}` : ''}.${type === 'image/jpeg' ? 'jpg' : 'png'}`);
}

/** Id of the "choose files" button (the error summary's link for a file's problem moves the focus there). */
export const FILES_BUTTON_ID = 'hc-files';

/** Files of the request: paste a screenshot, drop files or pick them; previews and per-file errors. */
export function AttachmentsField(props: AttachmentsFieldProps): React.ReactElement {
  const { strings: s, classes } = props;
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const fileErrors = props.errors.filter(e => e.field === 'files' || e.field === 'screenshot');
  const add = (files: DraftAttachment[]): void => { if (files.length) props.onAdd(files); };
  return (
    <div className={classes.field}>
      <Label id="hc-files-label" required={props.screenshotRequired}>
        {props.screenshotWanted ? s.screenshotAndAttachments : s.attachmentsLabel}
      </Label>
      <div
        className={`${classes.dropZone} ${over ? classes.dropActive : ''}`}
        onDragOver={e => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={e => { e.preventDefault(); setOver(false); add(toAttachments(e.dataTransfer.files || undefined, () => undefined)); }}
      >
        {props.screenshotWanted ? <p className={classes.help}>{s.screenshotHelp}</p> : undefined}
        <p id="hc-files-help" className={classes.help}>{formatString(s.attachmentsHelp, props.limits.maxFiles, props.limits.maxFileSizeMb)}</p>
        <DefaultButton id={FILES_BUTTON_ID} text={s.chooseFiles} onClick={() => input.current && input.current.click()}
          aria-describedby="hc-files-help" />
        <input ref={input} type="file" multiple hidden tabIndex={-1} aria-hidden="true"
          accept={props.limits.allowedExtensions.join(',')}
          onChange={e => { add(toAttachments(e.target.files || undefined, () => undefined)); e.target.value = ''; }} />
      </div>
      {props.files.length ? (
        <ul className={classes.chips} aria-labelledby="hc-files-label">
          {props.files.map((f, i) => (
            <li key={f.name} className={classes.chip}>
              <Preview file={f} className={classes.preview} />
              <span className={classes.fileName}><UserText text={f.name} /></span>
              <span className={classes.help}>{formatString(s.fileSize, Math.max(1, Math.round(f.size / 1024)))}</span>
              {props.storedNames[i] && props.storedNames[i] !== f.name
                ? <StoredAs name={props.storedNames[i]} template={s.fileStoredAs} className={classes.help} /> : undefined}
              <IconButton iconProps={{ iconName: 'Clear' }} title={formatString(s.removeFile, f.name)} ariaLabel={formatString(s.removeFile, f.name)}
                onClick={() => props.onRemove(f.name)} />
            </li>
          ))}
        </ul>
      ) : undefined}
      {fileErrors.map((e, i) => (
        <ThemeText key={i} block variant="small" role="alert" className={classes.error}>
          {e.field === 'screenshot' ? formatString(s.screenshotError, errorText(e, s)) : errorText(e, s)}
        </ThemeText>
      ))}
    </div>
  );
}
