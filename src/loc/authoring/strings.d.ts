/** Strings of the contributors' page (ArticleEditor web part): its frame, the queue, an article's history. */
declare interface IHelpCenterAuthoringStrings {
  /** The page's frame (src/ui/authoring/ArticleEditorRoot.tsx). */
  authoring: {
    /** The page's heading. */
    title: string;
    loading: string;
    loadFailed: string;
    retry: string;
    /** Someone who is neither a contributor nor a reviewer (SharePoint's permissions say so). */
    notAllowed: string;
    /** The page's navigation: the queue, a new article. */
    navLabel: string;
    queueLink: string;
    newArticleLink: string;
  };
}

declare module 'HelpCenterAuthoringStrings' {
  const strings: IHelpCenterAuthoringStrings;
  export = strings;
}
