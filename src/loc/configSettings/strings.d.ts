/** Strings of the set-up page's settings area (issue 18: delays, limits, contact), loaded with its chunk. */
declare interface IHelpCenterConfigSettingsStrings {
  settingsConfig: {
    heading: string;
    intro: string;
    loading: string;
  };
}

declare module 'HelpCenterConfigSettingsStrings' {
  const strings: IHelpCenterConfigSettingsStrings;
  export = strings;
}
