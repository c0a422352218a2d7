/** Strings of the set-up page's teams area (issue 18), loaded with its chunk. */
declare interface IHelpCenterConfigTeamsStrings {
  teamsConfig: {
    heading: string;
    intro: string;
  };
}
