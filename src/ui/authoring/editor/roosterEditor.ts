import { Editor, createModelFromHtml, exportContent } from 'roosterjs-content-model-core';
import { getFormatState } from 'roosterjs-content-model-api';
// The plugins one by one: the package's index pulls every plugin (tables, image editing, pickers…), 40 KB gzip more.
import { PastePlugin } from 'roosterjs-content-model-plugins/lib-mjs/paste/PastePlugin';
import { ShortcutPlugin } from 'roosterjs-content-model-plugins/lib-mjs/shortcut/ShortcutPlugin';
import { EditPlugin } from 'roosterjs-content-model-plugins/lib-mjs/edit/EditPlugin';
import type { EditorPlugin, IEditor, PluginEvent } from 'roosterjs-content-model-types';
import { sanitizeArticleHtml } from './sanitizeArticleHtml';
import { fromEditorHtml, toEditorHtml } from './articleTemplateHtml';

/**
 * The roosterjs editor as the article editor uses it: Microsoft's content-model editor (the one in Outlook on the
 * web) on a div, with Word/Excel/web paste clean-up (PastePlugin), the usual shortcuts (Ctrl+B, Ctrl+Z…) and
 * list editing (EditPlugin, Tab left to move focus: a text area must not trap the keyboard).
 */

/** The state of the selection the toolbar shows (pressed buttons) and the history (undo/redo available). */
export interface EditorFormat {
  bold: boolean;
  italic: boolean;
  bullet: boolean;
  numbering: boolean;
  /** 0 for a paragraph. */
  heading: number;
  quote: boolean;
  code: boolean;
  /** The selection is in a link. */
  link: boolean;
  /** An image is selected (it can be described). */
  image: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/** No format: a new, empty editor. */
export const NO_FORMAT: EditorFormat = { bold: false, italic: false, bullet: false, numbering: false, heading: 0, quote: false, code: false, link: false, image: false, canUndo: false, canRedo: false };

/** The toolbar's state from the editor's selection. */
export function formatOf(editor: IEditor): EditorFormat {
  const s = getFormatState(editor);
  return {
    bold: !!s.isBold, italic: !!s.isItalic, bullet: !!s.isBullet, numbering: !!s.isNumbering, heading: s.headingLevel || 0,
    quote: !!s.isBlockQuote, code: !!s.isCodeInline, link: !!s.canUnlink, image: !!s.canAddImageAltText, canUndo: !!s.canUndo, canRedo: !!s.canRedo
  };
}

/** What the editor tells the component. */
export interface EditorEvents {
  /** The content changed (typing, a command, a paste, an undo). */
  changed(): void;
  /** The selection or the history moved: the toolbar's state may have changed. */
  selectionMoved(): void;
  /** Content is being pasted: its images are checked (and may be removed) before it enters the editor. */
  pasting(fragment: DocumentFragment): void;
}

/** Creates the editor on `div` with `html` (a stored body) as its content. */
export function createArticleEditor(div: HTMLDivElement, html: string, events: EditorEvents, siteUrl?: string): IEditor {
  const bridge: EditorPlugin = {
    getName: () => 'HelpCenterArticle',
    initialize: () => undefined,
    dispose: () => undefined,
    onPluginEvent: (event: PluginEvent) => {
      switch (event.eventType) {
        case 'beforePaste': events.pasting(event.fragment); break;
        case 'input': case 'contentChanged': events.changed(); events.selectionMoved(); break;
        case 'selectionChanged': case 'keyUp': case 'mouseUp': case 'editorReady': events.selectionMoved(); break;
        default: break;
      }
    }
  };
  const initialModel = createModelFromHtml(toEditorHtml(sanitizeArticleHtml(html, { editing: true, siteUrl })));
  return new Editor(div, {
    initialModel,
    // The page's theme colours the text area; the content itself carries no colours (styles are not kept).
    doNotAdjustEditorColor: true,
    plugins: [new PastePlugin(), new ShortcutPlugin(), new EditPlugin({ handleTabKey: false }), bridge]
  });
}

/** The editor's content as stored: exported, sanitised, its sections marked (`data-hc-section`). */
export function editorHtml(editor: IEditor, siteUrl?: string): string {
  return fromEditorHtml(sanitizeArticleHtml(exportContent(editor, 'HTML'), { editing: true, siteUrl }));
}
