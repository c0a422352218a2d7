/** Strings of the set-up page's mails area (issue 18: the mails' templates), loaded with its chunk. */
declare interface IHelpCenterConfigMailsStrings {
  mailsConfig: {
    heading: string;
    intro: string;
    loading: string;
    readFailed: string;
    templateLabel: string;
    /** "{0} — {1}": event, recipient. */
    templateOption: string;
    productText: string;
    ownText: string;
    /** "{0} · {1}": the option's label and whose text it is. */
    optionWithOrigin: string;
    /** "Modified by {0} on {1}". */
    ownBy: string;
    events: { [event: string]: string };
    roles: { requester: string; watcher: string; assignee: string; teamQueue: string; approver: string; escalatedTo: string };
    fields: { frSubject: string; frBody: string; enSubject: string; enBody: string };
    bodyHelp: string;
    placeholdersHeading: string;
    placeholdersHelp: string;
    requiredMark: string;
    problems: {
      /** "The variable {{{0}}} does not exist for this mail." */
      unknown: string;
      missing: string;
      unclosed: string;
      unopened: string;
      syntax: string;
      empty: string;
    };
    /** "{0}: {1}" — the field, its problem. */
    rowProblem: string;
    errorSummary: string;
    save: string;
    saving: string;
    saved: string;
    saveFailed: string;
    restore: string;
    restored: string;
    conflictTitle: string;
    /** "{0} saved this template on {1}. Their text:". */
    conflictBody: string;
    overwrite: string;
    takeTheirs: string;
    previewHeading: string;
    previewLanguage: string;
    languages: { fr: string; en: string };
    /** "Written with request no. {0}, “{1}”". */
    previewWith: string;
    previewNone: string;
    previewFailed: string;
    previewSubject: string;
    previewFrame: string;
    historyHeading: string;
    historyEmpty: string;
    /** "Version {0}, {1}, by {2}". */
    historyEntry: string;
    historyProduct: string;
    historyOwn: string;
  };
}

declare module 'HelpCenterConfigMailsStrings' {
  const strings: IHelpCenterConfigMailsStrings;
  export = strings;
}
