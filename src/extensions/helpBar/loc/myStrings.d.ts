declare interface IHelpBarApplicationCustomizerStrings {
  Title: string;
}

declare module 'HelpBarApplicationCustomizerStrings' {
  const strings: IHelpBarApplicationCustomizerStrings;
  export = strings;
}
