import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import type { IButton } from '@fluentui/react/lib/Button';
import { FocusZone, FocusZoneDirection } from '@fluentui/react/lib/FocusZone';
import { toggleBold, toggleItalic, toggleBullet, toggleNumbering, setHeadingLevel, toggleBlockQuote, toggleCode } from 'roosterjs-content-model-api';
import { undo, redo } from 'roosterjs-content-model-core';
import type { IEditor } from 'roosterjs-content-model-types';
import { formatString } from '../../common/format';
import type { EditorFormat } from './roosterEditor';
import type { ArticleEditorStrings } from './RichTextEditor.types';

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: IEditor | undefined;
  format: EditorFormat;
  strings: ArticleEditorStrings;
  /** The id of the text area the toolbar acts on. */
  controls: string;
  disabled?: boolean;
  /** The link button (and Ctrl+K): opens the link form. */
  onLink(): void;
  /** The image description button (an image selected): opens its form. */
  onDescribeImage(): void;
  /** Escape in the toolbar: back to the text. */
  onLeave(): void;
  /** The toolbar's first button, focused by Alt+F10 in the text. */
  firstButton: React.RefObject<IButton>;
}

interface ToolbarButton {
  key: string;
  icon: string;
  label: string;
  /** The keys, as shown in the tooltip and told by aria-keyshortcuts. */
  keys?: [string, string];
  pressed?: boolean;
  enabled?: boolean;
  run(editor: IEditor): void;
}

function buttons(s: ArticleEditorStrings, f: EditorFormat): ToolbarButton[] {
  return [
    { key: 'h2', icon: 'Header2', label: s.heading2, pressed: f.heading === 2, run: e => setHeadingLevel(e, f.heading === 2 ? 0 : 2) },
    { key: 'h3', icon: 'Header3', label: s.heading3, pressed: f.heading === 3, run: e => setHeadingLevel(e, f.heading === 3 ? 0 : 3) },
    { key: 'bold', icon: 'Bold', label: s.bold, keys: ['Ctrl+B', 'Control+B'], pressed: f.bold, run: toggleBold },
    { key: 'italic', icon: 'Italic', label: s.italic, keys: ['Ctrl+I', 'Control+I'], pressed: f.italic, run: toggleItalic },
    { key: 'bullet', icon: 'BulletedList', label: s.bulletList, keys: ['Ctrl+.', 'Control+.'], pressed: f.bullet, run: e => toggleBullet(e) },
    { key: 'numbering', icon: 'NumberedList', label: s.numberedList, keys: ['Ctrl+/', 'Control+/'], pressed: f.numbering, run: e => toggleNumbering(e) },
    { key: 'link', icon: 'Link', label: s.link, keys: ['Ctrl+K', 'Control+K'], pressed: f.link, run: () => undefined },
    { key: 'image', icon: 'Photo2', label: s.imageDescription, enabled: f.image, run: () => undefined },
    { key: 'quote', icon: 'RightDoubleQuote', label: s.quote, pressed: f.quote, run: toggleBlockQuote },
    { key: 'code', icon: 'Code', label: s.code, pressed: f.code, run: toggleCode },
    { key: 'undo', icon: 'Undo', label: s.undo, keys: ['Ctrl+Z', 'Control+Z'], enabled: f.canUndo, run: undo },
    { key: 'redo', icon: 'Redo', label: s.redo, keys: ['Ctrl+Y', 'Control+Y'], enabled: f.canRedo, run: redo }
  ];
}

/**
 * The editor's toolbar: Fluent icon buttons named by the strings, pressed when the selection has their format.
 * One tab stop; the arrow keys, Home and End move between buttons (FocusZone), Escape goes back to the text. A
 * command acts on the selection and returns the focus to the text.
 */
export function EditorToolbar(props: EditorToolbarProps): React.ReactElement {
  const s = props.strings;
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Escape') { e.preventDefault(); props.onLeave(); }
  };
  return (
    <FocusZone direction={FocusZoneDirection.horizontal} role="toolbar" aria-label={s.toolbar} aria-controls={props.controls} onKeyDown={onKeyDown}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      {buttons(s, props.format).map((b, i) => {
        const run = (): void => {
          const editor = props.editor;
          if (!editor || editor.isDisposed()) return;
          if (b.key === 'link') { props.onLink(); return; }
          if (b.key === 'image') { props.onDescribeImage(); return; }
          editor.focus();
          b.run(editor);
        };
        const toggles = b.pressed !== undefined;
        return (
          <IconButton key={b.key} componentRef={i === 0 ? props.firstButton : undefined} iconProps={{ iconName: b.icon }}
            ariaLabel={b.label} title={b.keys ? formatString(s.withShortcut, b.label, b.keys[0]) : b.label}
            aria-keyshortcuts={b.keys ? b.keys[1] : undefined}
            toggle={toggles} checked={toggles ? !!b.pressed : undefined}
            disabled={props.disabled || !props.editor || b.enabled === false} onClick={run} />
        );
      })}
    </FocusZone>
  );
}
