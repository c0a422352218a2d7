/** Strings of the article editor (src/ui/authoring/editor): its toolbar, links, pasted images, and the templates' words. */
declare interface IHelpCenterArticleEditorStrings {
  /** The rich text editor of an article's body. */
  articleEditor: {
    /** Accessible name of the toolbar. */
    toolbar: string;
    heading2: string;
    heading3: string;
    bold: string;
    italic: string;
    bulletList: string;
    numberedList: string;
    link: string;
    quote: string;
    code: string;
    undo: string;
    redo: string;
    /** A button's tooltip with its keyboard shortcut: `{0}` the action, `{1}` the keys. */
    withShortcut: string;
    /** Read by screen readers with the text area: how to reach the toolbar and insert a link. */
    keyboardHelp: string;
    imageDescription: string;
    imageDescriptionHelp: string;
    apply: string;
    linkAddress: string;
    linkAddressHelp: string;
    linkInsert: string;
    linkRemove: string;
    linkCancel: string;
    linkInvalid: string;
    loading: string;
    /** `{0}` the number of images being sent. */
    imagesUploading: string;
    /** `{0}` the file's name. */
    imageTooLarge: string;
    /** `{0}` the file's name. */
    imageNotImage: string;
    /** `{0}` the file's name. */
    imageFailed: string;
    imageFromOtherSite: string;
    /** The name a pasted image is stored under (before a number and its type). */
    imageFileName: string;
    dismiss: string;
  };
  /** Article templates (src/domain/knowledge/templates.ts): their names and the headings of their sections. */
  articleTemplates: {
    names: Record<import('../../domain/knowledge/templates').ArticleTemplateId, string>;
    sections: import('../../domain/knowledge/templates').SectionLabels;
  };
}

declare module 'HelpCenterArticleEditorStrings' {
  const strings: IHelpCenterArticleEditorStrings;
  export = strings;
}
