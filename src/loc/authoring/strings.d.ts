/** Strings of the contributors' page (ArticleEditor web part): its frame, the queue, an article's history. */
declare interface IHelpCenterAuthoringStrings {
  /** The page's frame (src/ui/authoring/ArticleEditorRoot.tsx). */
  authoring: {
    /** The page's heading. */
    title: string;
    loading: string;
    loadFailed: string;
    retry: string;
    /** Someone who is neither a contributor nor a reviewer (SharePoint's permissions say so). */
    notAllowed: string;
    /** The page's navigation: the queue, a new article. */
    navLabel: string;
    queueLink: string;
    newArticleLink: string;
  };
  /** The contributor's queue (src/ui/authoring/queue). */
  authoringQueue: {
    /** A section whose read failed (the others still show). */
    sectionFailed: string;
    /** A section showing its first page while the rest is read. */
    loadingMore: string;
    /** The queue's sections (a landmark). */
    sectionsLabel: string;
    /** A section heading's count: {0} the count. */
    countLabel: string;
    /** "À relire": drafts in review this reviewer reviews. */
    toReview: string;
    toReviewEmpty: string;
    myDrafts: string;
    myDraftsEmpty: string;
    /** Readers' outdated flags and unhelpful votes with a comment. */
    signals: string;
    /** {0}: the number of days looked back. */
    signalsEmpty: string;
    /** Articles past their review date. */
    due: string;
    dueEmpty: string;
    /** Content gaps. */
    gaps: string;
    /** {0}: the number of days looked back. */
    gapsEmpty: string;
    /** Why the gaps are shown (never who searched). */
    gapsIntro: string;
    /** A gap's one-click link to a new article prefilled with {0} the query. */
    writeArticle: string;
    /** How many searches of a gap. */
    searches: IHelpCenterPlural;
    noResults: IHelpCenterPlural;
    endedInTicket: IHelpCenterPlural;
    /** Label of the other ways a gap was written. */
    otherPhrasings: string;
    /** A phrasing and {1} how many times ({0} the text). */
    phrasingCount: string;
    /** The language the gap's searches were made in. */
    gapLanguage: { fr: string; en: string };
    /** Label before a draft's author. */
    author: string;
    category: string;
    noCategory: string;
    /** {0}: a date. */
    submitted: string;
    /** {0}: a date. */
    modified: string;
    /** A draft or article without a title yet. */
    untitled: string;
    /** A draft's state as its author sees it. */
    draftStatus: { draft: string; review: string; sentBack: string; };
    /** Label of the reviewer's comment on a draft sent back. */
    reviewComment: string;
    outdatedFlags: IHelpCenterPlural;
    unhelpfulVotes: IHelpCenterPlural;
    /** A comment's kind. */
    signalOutdated: string;
    signalUnhelpful: string;
    /** {0}: a date. */
    signalOn: string;
    noComment: string;
    /** {0}: the review date. */
    dueSince: string;
    /** Label before an article's owner. */
    owner: string;
    /** An article without a title: {0} its id. */
    articleNumber: string;
  };
  /** An article's history (src/ui/authoring/article). */
  articleHistory: {
    notFound: string;
    /** Link back to the queue. */
    back: string;
    /** Heading of the article's current state. */
    state: string;
    status: string;
    /** KnowledgeArticles.HCStatus. */
    statuses: { draft: string; in_review: string; published: string; outdated: string; };
    category: string;
    noCategory: string;
    owner: string;
    nobody: string;
    language: string;
    languages: { fr: string; en: string; };
    reviewDate: string;
    publishedAt: string;
    /** An empty value. */
    none: string;
    /** Link to the article as readers see it. */
    readerPage: string;
    /** {0}: the other version's title. */
    translation: string;
    languageAdjective: { fr: string; en: string; };
    writeTranslation: { fr: string; en: string; };
    actions: string;
    /** A draft from the article (its text prefilled). */
    edit: string;
    /** An outdated article back to draft. */
    rewrite: string;
    markOutdated: string;
    outdatedReason: string;
    confirmOutdated: string;
    confirmReviewed: string;
    nextReviewDate: string;
    confirmReviewedSubmit: string;
    cancel: string;
    working: string;
    markedOutdated: string;
    reviewedConfirmed: string;
    /** Workflow refusals and failures. */
    errors: { notAllowed: string; invalidStatus: string; commentRequired: string; ownArticle: string; reviewDateInPast: string; conflict: string; failed: string; };
    versions: string;
    versionsCaption: string;
    version: string;
    by: string;
    at: string;
    current: string;
    /** {0}: a version label. */
    restore: string;
    /** {0}: a version label. */
    restoreConfirm: string;
    restoreSubmit: string;
    /** {0}: a version label. */
    restored: string;
    compare: string;
    compareFrom: string;
    compareTo: string;
    compareSubmit: string;
    compareSame: string;
    /** {0}, {1}: version labels. */
    compareResult: string;
    noChange: string;
    unchanged: string;
    /** The compared fields. */
    fields: { title: string; summary: string; questions: string; keywords: string; body: string; };
    /** Screen reader words around a removed run. */
    removed: string;
    added: string;
    diffEnd: string;
    legend: string;
    /** Learned phrasings. */
    phrasings: string;
    phrasingsIntro: string;
    phrasingsEmpty: string;
    people: IHelpCenterPlural;
    /** {0}: the phrasing. */
    accept: string;
    /** {0}: the phrasing. */
    reject: string;
    /** {0}: the phrasing. */
    rejected: string;
    signals: string;
    signalsEmpty: string;
    signalOutdated: string;
    signalUnhelpful: string;
    noComment: string;
  };
}

declare module 'HelpCenterAuthoringStrings' {
  const strings: IHelpCenterAuthoringStrings;
  export = strings;
}
