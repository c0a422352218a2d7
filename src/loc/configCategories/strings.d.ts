/** Strings of the set-up page's categories area (issue 18), loaded with its chunk. */
declare interface IHelpCenterConfigCategoriesStrings {
  categoriesConfig: {
    heading: string;
    intro: string;
  };
}
