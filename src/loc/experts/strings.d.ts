/** Strings of the experts directory (ExpertsDirectory web part). */
declare interface IHelpCenterExpertsStrings {
  /** The page's frame (src/ui/experts/ExpertsDirectoryRoot.tsx). */
  experts: {
    /** The page's heading. */
    title: string;
    loading: string;
    loadFailed: string;
    retry: string;
  };
}

declare module 'HelpCenterExpertsStrings' {
  const strings: IHelpCenterExpertsStrings;
  export = strings;
}
