/** Strings of the idea box (IdeaBox web part). */
declare interface IHelpCenterIdeasStrings {
  /** The page's frame (src/ui/ideas/IdeaBoxRoot.tsx). */
  ideas: {
    /** The page's heading. */
    title: string;
    loading: string;
    loadFailed: string;
    retry: string;
  };
}

declare module 'HelpCenterIdeasStrings' {
  const strings: IHelpCenterIdeasStrings;
  export = strings;
}
