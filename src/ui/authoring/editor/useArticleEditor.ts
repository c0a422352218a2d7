import * as React from 'react';
import { insertImage } from 'roosterjs-content-model-api';
import type { IEditor } from 'roosterjs-content-model-types';
import { formatString } from '../../common/format';
import { allowedImageSource } from './sanitizeArticleHtml';
import { createArticleEditor, editorHtml, EditorFormat, formatOf, NO_FORMAT } from './roosterEditor';
import { fileFromDataUri, imageProblem, isFileTransfer, replaceImageSource, transferredFiles } from './pastedImages';
import type { RichTextEditorProps } from './RichTextEditor.types';

/**
 * An image not described yet is decorative for screen readers while it is edited, as it will be once stored
 * (`alt=""`, articleTemplateHtml.ts): roosterjs writes no empty alt. The author describes it from the toolbar.
 */
function markUndescribedImages(div: HTMLElement): void {
  div.querySelectorAll('img:not([alt])').forEach(img => img.setAttribute('alt', ''));
}

/** What the editor component renders from. */
export interface ArticleEditorState {
  /** The editor, once created on the div. */
  editor: IEditor | undefined;
  format: EditorFormat;
  /** Images being uploaded. */
  uploading: number;
  /** Messages about images left out (too large, not an image, failed), newest last. */
  messages: string[];
  dismissMessages(): void;
}

/**
 * The roosterjs editor on `content`, kept in step with the props: a new `value` from the page (not the one the
 * editor just sent) replaces the content; changes are sent sanitised; pasted and dropped images are uploaded through
 * `onPasteImage` and shown from the URL it returns; images it cannot keep are reported, the text stays.
 */
export function useArticleEditor(content: React.RefObject<HTMLDivElement>, area: React.RefObject<HTMLDivElement>, props: RichTextEditorProps): ArticleEditorState {
  const latest = React.useRef(props);
  latest.current = props;
  const sent = React.useRef<string | undefined>(undefined);
  const [generation, setGeneration] = React.useState(0);
  const [editor, setEditor] = React.useState<IEditor | undefined>(undefined);
  const [format, setFormat] = React.useState<EditorFormat>(NO_FORMAT);
  const [uploading, setUploading] = React.useState(0);
  const [messages, setMessages] = React.useState<string[]>([]);
  const say = React.useCallback((text: string) => setMessages(m => m.concat(text)), []);

  // A value the editor did not send (another article, a restored version) starts the editor again.
  React.useEffect(() => {
    if (sent.current !== undefined && props.value !== sent.current) setGeneration(g => g + 1);
  }, [props.value]);

  React.useEffect(() => {
    const div = content.current;
    if (!div) return undefined;
    let created: IEditor | undefined = undefined;
    const upload = (file: File, placeholder?: string): void => {
      const s = latest.current.strings;
      const problem = imageProblem(file);
      const replace = (to: string | undefined): void => {
        if (created && !created.isDisposed() && placeholder) created.formatContentModel(model => replaceImageSource(model, placeholder, to), { apiName: 'hcUploadedImage' });
      };
      if (problem) {
        say(formatString(problem === 'tooLarge' ? s.imageTooLarge : s.imageNotImage, file.name));
        replace(undefined);
        return;
      }
      setUploading(n => n + 1);
      latest.current.onPasteImage(file).then(url => {
        if (!created || created.isDisposed()) return;
        if (placeholder) replace(url);
        else insertImage(created, url);
      }, (e: unknown) => {
        console.error('[HelpCenter] Uploading a pasted image failed:', e);
        say(formatString(latest.current.strings.imageFailed, file.name));
        replace(undefined);
      }).then(() => setUploading(n => n - 1), () => setUploading(n => n - 1));
    };
    const events = {
      changed: () => {
        if (!created) return;
        markUndescribedImages(div);
        const html = editorHtml(created, latest.current.siteUrl);
        sent.current = html;
        latest.current.onChange(html);
      },
      selectionMoved: () => { if (created) setFormat(formatOf(created)); },
      pasting: (fragment: DocumentFragment) => {
        let foreign = false;
        fragment.querySelectorAll('img').forEach((img, i) => {
          const src = img.getAttribute('src') || '';
          const file = /^data:/i.test(src) ? fileFromDataUri(src, `${latest.current.strings.imageFileName}-${Date.now()}-${i + 1}`) : undefined;
          if (file && !imageProblem(file)) {
            // Shown at once from its data, swapped for the attachment's URL when uploaded.
            window.setTimeout(() => upload(file, src), 0);
          } else if (file) {
            upload(file);
            img.remove();
          } else if (!allowedImageSource(src, { siteUrl: latest.current.siteUrl })) {
            foreign = true;
            img.remove();
          }
        });
        if (foreign) say(latest.current.strings.imageFromOtherSite);
      }
    };
    const value = latest.current.value || '';
    created = createArticleEditor(div, value, events, latest.current.siteUrl);
    markUndescribedImages(div);
    sent.current = latest.current.value;
    setEditor(created);
    // Files pasted or dropped alone are uploaded and inserted where the caret is; the editor never sees them.
    const takeFiles = (e: ClipboardEvent | DragEvent): void => {
      const data = ('clipboardData' in e ? e.clipboardData : (e as DragEvent).dataTransfer) || undefined;
      if (!isFileTransfer(data) || latest.current.disabled) return;
      e.preventDefault();
      e.stopPropagation();
      transferredFiles(data).forEach(f => upload(f));
    };
    const allowDrop = (e: DragEvent): void => { if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) e.preventDefault(); };
    const host = area.current;
    host?.addEventListener('paste', takeFiles, true);
    host?.addEventListener('drop', takeFiles, true);
    host?.addEventListener('dragover', allowDrop, true);
    return () => {
      host?.removeEventListener('paste', takeFiles, true);
      host?.removeEventListener('drop', takeFiles, true);
      host?.removeEventListener('dragover', allowDrop, true);
      created?.dispose();
      created = undefined;
    };
    // The editor is made again only for a new generation; the props are read through `latest`.
  }, [generation]);

  // Disabled: the text can be read and selected, not changed.
  React.useEffect(() => {
    if (content.current && editor) content.current.setAttribute('contenteditable', props.disabled ? 'false' : 'true');
  }, [editor, props.disabled, content]);

  React.useEffect(() => { if (props.onUploadingChange) props.onUploadingChange(uploading); }, [uploading]);

  return { editor, format, uploading, messages, dismissMessages: () => setMessages([]) };
}
