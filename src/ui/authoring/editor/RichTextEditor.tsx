import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import type { IButton } from '@fluentui/react/lib/Button';
import { MessageBarType, Notice } from '../../common/Notice';
import { formatString } from '../../common/format';
import { EditorToolbar } from './EditorToolbar';
import { LinkForm } from './LinkForm';
import { ImageAltForm } from './ImageAltForm';
import { richTextEditorClasses } from './RichTextEditor.styles';
import { useArticleEditor } from './useArticleEditor';
import type { RichTextEditorProps } from './RichTextEditor.types';

export type { RichTextEditorProps, ArticleEditorStrings } from './RichTextEditor.types';

/**
 * An article's body: roosterjs (Microsoft's editor of Outlook on the web) with a Fluent toolbar, labelled and
 * described for screen readers, sanitised on every change, pasted and dropped images uploaded through the page.
 * Loaded with React.lazy only when someone edits (its chunk: ~106 KB gzip, roosterjs ~98 of them).
 * Keys: Alt+F10 to the toolbar, Escape back to the text, Ctrl+K for a link, the usual Ctrl+B, Ctrl+I, Ctrl+Z, Ctrl+Y.
 */
export default function RichTextEditor(props: RichTextEditorProps): React.ReactElement {
  const theme = useTheme();
  const s = props.strings;
  const [ids] = React.useState(() => { const id = getId('hc-article-editor'); return { label: `${id}-label`, content: `${id}-content`, error: `${id}-error`, hint: `${id}-hint` }; });
  const content = React.useRef<HTMLDivElement>(null);
  const area = React.useRef<HTMLDivElement>(null);
  const firstButton = React.useRef<IButton>(null);
  // The form open under the toolbar, if any: a link's address or an image's description.
  const [form, setForm] = React.useState<'link' | 'image' | undefined>(undefined);
  const state = useArticleEditor(content, area, props);
  const c = richTextEditorClasses(theme, !!props.errorMessage, !!props.disabled);
  const toText = (): void => { if (state.editor && !state.editor.isDisposed()) state.editor.focus(); };
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.target !== content.current || props.disabled) return;
    if (e.altKey && e.key === 'F10') { e.preventDefault(); if (firstButton.current) firstButton.current.focus(); }
    else if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') { e.preventDefault(); setForm('link'); }
  };
  const described = [props.errorMessage ? ids.error : '', ids.hint].filter(Boolean).join(' ');
  return (
    <div className={c.root} ref={area}>
      <div id={ids.label} className={c.label} onClick={toText}>{props.label}</div>
      <div className={c.frame}>
        <EditorToolbar editor={state.editor} format={state.format} strings={s} controls={ids.content} disabled={props.disabled}
          onLink={() => setForm('link')} onDescribeImage={() => setForm('image')} onLeave={toText} firstButton={firstButton} />
        {form === 'link' && state.editor ? <LinkForm editor={state.editor} strings={s} inLink={state.format.link} onClose={() => setForm(undefined)} /> : undefined}
        {form === 'image' && state.editor ? <ImageAltForm editor={state.editor} strings={s} onClose={() => setForm(undefined)} /> : undefined}
        <div ref={content} id={ids.content} className={c.content} role="textbox" aria-multiline="true" aria-labelledby={ids.label}
          aria-describedby={described} aria-invalid={props.errorMessage ? true : undefined} aria-disabled={props.disabled ? true : undefined}
          aria-readonly={props.disabled ? true : undefined} lang={props.language} spellCheck onKeyDown={onKeyDown} tabIndex={0} />
      </div>
      <p id={ids.hint} className={c.hint}>{s.keyboardHelp}</p>
      {props.errorMessage ? <p id={ids.error} role="alert" className={c.error}>{props.errorMessage}</p> : undefined}
      {state.uploading > 0 ? <div role="status" className={c.hint}>{formatString(s.imagesUploading, String(state.uploading))}</div> : undefined}
      {state.messages.length ? (
        <Notice messageBarType={MessageBarType.warning} onDismiss={state.dismissMessages} dismissButtonAriaLabel={s.dismiss}>
          {state.messages.map((m, i) => <div key={i}>{m}</div>)}
        </Notice>
      ) : undefined}
    </div>
  );
}
