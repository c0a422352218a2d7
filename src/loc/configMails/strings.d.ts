/** Strings of the set-up page's mails area (issue 18: the mails' templates), loaded with its chunk. */
declare interface IHelpCenterConfigMailsStrings {
  mailsConfig: {
    heading: string;
    intro: string;
  };
}
