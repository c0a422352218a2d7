/** Strings of the help center's home page (HelpCenterHome web part). */
declare interface IHelpCenterHomeStrings {
  /** The home page (src/ui/home). */
  home: {
    /** The hero's heading. */
    title: string;
    loading: string;
    loadFailed: string;
    retry: string;
  };
}

declare module 'HelpCenterHomeStrings' {
  const strings: IHelpCenterHomeStrings;
  export = strings;
}
