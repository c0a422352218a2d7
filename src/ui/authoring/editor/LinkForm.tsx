import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { insertLink, removeLink } from 'roosterjs-content-model-api';
import type { IEditor } from 'roosterjs-content-model-types';
import { allowedLink } from './sanitizeArticleHtml';
import type { ArticleEditorStrings } from './RichTextEditor.types';

/** The link a person typed as an article may keep it: http(s) or mailto as is, an e-mail address as mailto, a bare domain as https. */
export function normalizeLink(input: string): string | undefined {
  const text = input.trim();
  if (allowedLink(text)) return text;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) return `mailto:${text}`;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(text)) return `https://${text}`;
  return undefined;
}

/** The address of the link the selection is in, if any. */
function currentLink(editor: IEditor): string {
  const selection = editor.getDOMSelection();
  const node = selection && selection.type === 'range' ? selection.range.startContainer : null;
  const element = node && (node.nodeType === 1 ? node as Element : node.parentElement);
  const anchor = element && element.closest('a');
  return (anchor && anchor.getAttribute('href')) || '';
}

/** Props of {@link LinkForm}. */
export interface LinkFormProps {
  editor: IEditor;
  strings: ArticleEditorStrings;
  /** Whether the selection is in a link ("remove" shown). */
  inLink: boolean;
  /** Closes the form; the focus goes back to the text. */
  onClose(): void;
}

/** The address of a link to insert on the selection (or to change), checked: http(s), mailto or an e-mail address. */
export function LinkForm(props: LinkFormProps): React.ReactElement {
  const s = props.strings;
  const [address, setAddress] = React.useState(() => currentLink(props.editor));
  const [error, setError] = React.useState<string | undefined>(undefined);
  const done = (act?: (e: IEditor) => void): void => {
    props.editor.focus();
    if (act) act(props.editor);
    props.onClose();
  };
  const insert = (): void => {
    const url = normalizeLink(address);
    if (!url) { setError(s.linkInvalid); return; }
    done(e => insertLink(e, url));
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); done(); }
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') { e.preventDefault(); insert(); }
  };
  return (
    <div role="group" aria-label={s.link} onKeyDown={onKeyDown} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 8, padding: 8 }}>
      <TextField label={s.linkAddress} description={s.linkAddressHelp} value={address} autoFocus errorMessage={error}
        onChange={(_e, v) => { setAddress(v || ''); setError(undefined); }} styles={{ root: { flex: '1 1 220px', minWidth: 0 } }} />
      <PrimaryButton text={s.linkInsert} onClick={insert} />
      {props.inLink ? <DefaultButton text={s.linkRemove} onClick={() => done(removeLink)} /> : undefined}
      <DefaultButton text={s.linkCancel} onClick={() => done()} />
    </div>
  );
}
