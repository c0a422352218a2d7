import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { setImageAltText } from 'roosterjs-content-model-api';
import type { IEditor } from 'roosterjs-content-model-types';
import type { ArticleEditorStrings } from './RichTextEditor.types';

/** Props of {@link ImageAltForm}. */
export interface ImageAltFormProps {
  editor: IEditor;
  strings: ArticleEditorStrings;
  /** Closes the form; the focus goes back to the text. */
  onClose(): void;
}

/** The selected image's current description. */
function currentAlt(editor: IEditor): string {
  const selection = editor.getDOMSelection();
  return selection && selection.type === 'image' ? selection.image.getAttribute('alt') || '' : '';
}

/** The description (alt text) of the selected image: what it shows, for people who cannot see it. */
export function ImageAltForm(props: ImageAltFormProps): React.ReactElement {
  const s = props.strings;
  const [alt, setAlt] = React.useState(() => currentAlt(props.editor));
  const done = (apply: boolean): void => {
    props.editor.focus();
    if (apply) setImageAltText(props.editor, alt.trim());
    props.onClose();
  };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); done(false); }
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') { e.preventDefault(); done(true); }
  };
  return (
    <div role="group" aria-label={s.imageDescription} onKeyDown={onKeyDown} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 8, padding: 8 }}>
      <TextField label={s.imageDescription} description={s.imageDescriptionHelp} value={alt} autoFocus
        onChange={(_e, v) => setAlt(v || '')} styles={{ root: { flex: '1 1 220px', minWidth: 0 } }} />
      <PrimaryButton text={s.apply} onClick={() => done(true)} />
      <DefaultButton text={s.linkCancel} onClick={() => done(false)} />
    </div>
  );
}
