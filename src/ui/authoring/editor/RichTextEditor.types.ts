/** The editor's strings (src/loc/articleEditor). */
export type ArticleEditorStrings = IHelpCenterArticleEditorStrings['articleEditor'];

/** Props of the article's rich text editor (RichTextEditor, loaded with React.lazy). */
export interface RichTextEditorProps {
  /** The field's visible label (the text area is labelled by it). */
  label: string;
  /** The body as HTML (a stored article, a template's value): sanitised before it enters the editor. */
  value: string;
  /** Called with the body after each change, sanitised (`data:` images still uploading may remain: save once uploads end). */
  onChange(html: string): void;
  /**
   * Stores a pasted or dropped image (a checked PNG, JPEG, GIF or WebP up to 5 MB) and resolves with the URL to show:
   * the attachment's URL (/…/Lists/<list>/Attachments/<id>/<name>), the only images an article keeps.
   */
  onPasteImage(file: File): Promise<string>;
  /** The body's language (`lang` of the text area: spelling and screen reader voice). */
  language: 'fr' | 'en';
  strings: ArticleEditorStrings;
  /** Read-only: the text can be read and copied, not changed. */
  disabled?: boolean;
  /** The field's error (shown under it and read with it), if any. */
  errorMessage?: string;
  /** The site's URL: images must be attachments of its lists. Default: any site of this origin. */
  siteUrl?: string;
  /** Told how many images are being uploaded (a page keeps "save" until it is 0). */
  onUploadingChange?(count: number): void;
}
