/** Strings of the reports page (Reports web part). */
declare interface IHelpCenterReportsStrings {
  /** The reports page (src/ui/reports). */
  reports: {
    title: string;
    loading: string;
    loadFailed: string;
    retry: string;
    /** Shown to anyone who is not an agent, a manager or an owner. */
    agentsOnly: string;
    /** The monthly summary mail: the person's own opt-in (a Toggle). */
    subscription: {
      label: string;
      help: string;
      loading: string;
      loadFailed: string;
      subscribed: string;
      unsubscribed: string;
      conflict: string;
      saveFailed: string;
    };
    controls: string;
    period: string;
    periods: { thisMonth: string; lastMonth: string; examSession: string; range: string };
    from: string;
    to: string;
    periodErrors: { invalidDate: string; endBeforeStart: string; noExamSession: string };
    /** {0} the session's name, {1} its first day, {2} its last day. */
    sessionShown: string;
    filters: string;
    all: string;
    team: string;
    level: string;
    category: string;
    kind: string;
    channel: string;
    location: string;
    priority: string;
    print: string;
    /** {0} received, {1} resolved, {2} open now (each from its plural forms below). */
    summary: string;
    summaryReceived: IHelpCenterPlural;
    summaryResolved: IHelpCenterPlural;
    summaryOpen: IHelpCenterPlural;
    updating: string;
    none: string;
    noData: string;
    /** CSV button: {0} the table's caption. */
    exportCsv: string;
    count: string;
    share: string;
    flow: { heading: string; byMonth: string; byWeek: string; month: string; week: string; received: string; resolved: string; chart: string };
    typology: { heading: string; byCategory: string; byKind: string; byPriority: string; byLocation: string; byChannel: string; byTeam: string; byLevel: string };
    work: { heading: string; doneByAgent: string; doneByTeam: string; loadByAgent: string; loadByTeam: string; agent: string; unassigned: string; resolved: string; open: string };
    backlog: { heading: string; caption: string; age: string; ages: { lt1d: string; d1to3: string; d3to7: string; d7to30: string; gt30d: string } };
    times: { heading: string; caption: string; measure: string; firstResponse: string; resolution: string; median: string; p90: string; businessHours: string;
      slaByTeam: string; slaByCategory: string; firstMet: string; firstBreached: string; resolutionMet: string; resolutionBreached: string; compliance: string };
    rates: { heading: string; caption: string; measure: string; escalation: string; reopen: string; noFollowUp: string; of: string; rate: string };
    satisfaction: { heading: string; distribution: string; rating: string; average: string; comments: string; ticket: string; comment: string };
    selfService: { heading: string; funnel: string; step: string; searches: string; withResults: string; openedArticle: string; helpful: string; filedTicket: string;
      deflected: string; zeroResult: string; topQueries: string; query: string; openedArticles: string; solvingArticles: string; article: string; outdated: string; language: string };
  };
}

declare module 'HelpCenterReportsStrings' {
  const strings: IHelpCenterReportsStrings;
  export = strings;
}
