/** Strings of the article editor (src/ui/authoring/editor): its toolbar, links, pasted images, and the templates' words. */
declare interface IHelpCenterArticleEditorStrings {
  /** Suggested keywords of a draft (src/ui/authoring/draft/KeywordSuggestions.tsx). */
  articleKeywords: {
    /** The group's heading. */
    heading: string;
    /** What the suggestions are, under the heading. */
    help: string;
    /** Name of the list of suggestions. */
    suggestionsLabel: string;
    /** Name of the list of the draft's keywords. */
    acceptedLabel: string;
    /** The draft has no keyword yet. */
    noKeywords: string;
    /** Nothing to suggest (too little text, or every term taken or refused). */
    noSuggestions: string;
    /** While the published articles are analysed. */
    loading: string;
    /** The base could not be read: no suggestion, the free field still works. */
    unavailable: string;
    /** Button accepting a suggestion: `{0}` the keyword. */
    accept: string;
    /** Button refusing a suggestion: `{0}` the keyword. */
    reject: string;
    /** Button removing a keyword of the draft: `{0}` the keyword. */
    remove: string;
    /** Label of the free keyword field. */
    addLabel: string;
    /** Button adding the free keyword. */
    add: string;
    /** The typed keyword is already one of the draft's: `{0}` the keyword. */
    duplicate: string;
    /** Live region: new suggestions appeared (`{0}` how many). */
    announce: IHelpCenterPlural;
    /** Live region: `{0}` accepted. */
    accepted: string;
    /** Live region: `{0}` refused. */
    rejected: string;
    /** Live region: `{0}` removed. */
    removed: string;
  };
  /** Existing articles like the one being written (src/ui/authoring/draft/SimilarArticles.tsx). */
  similarArticles: {
    heading: string;
    /** Why they are shown. */
    help: string;
    /** Live region and list name: `{0}` how many. */
    count: IHelpCenterPlural;
    /** Live region when the title finds none. */
    none: string;
    /** Said after each link's title (the link opens a new tab). */
    newTab: string;
    /** Language names, by code. */
    languages: { fr: string; en: string };
    /** An article without a category. */
    noCategory: string;
  };
  /** A reviewer's actions on a draft in review (src/ui/authoring/draft/ReviewActions.tsx). */
  articleReview: {
    heading: string;
    publish: string;
    reviewDateLabel: string;
    reviewDateHelp: string;
    /** Placeholder of the date picker. */
    pickDate: string;
    sendBack: string;
    commentLabel: string;
    commentHelp: string;
    confirmSendBack: string;
    cancel: string;
    retry: string;
    publishing: string;
    sendingBack: string;
    /** The reviewer wrote the draft: why she cannot publish it (four eyes). */
    ownArticle: string;
    /** The person may not review this draft. */
    notReviewer: string;
    /** The draft is not (or no more) in review. */
    notInReview: string;
    published: string;
    sentBack: string;
    /** What became of the step's mails. */
    mails: { sent: string; deferred: string; none: string; failed: string };
    /** Refusals and failures, by ArticleWorkflowError code, plus conflict and failed. */
    errors: {
      notAllowed: string; invalidStatus: string; commentRequired: string; ownArticle: string; reviewDateInPast: string;
      conflict: string; failed: string;
    };
    /** Date picker's words. */
    datePicker: {
      months: string[]; shortMonths: string[]; days: string[]; shortDays: string[];
      goToToday: string; prevMonthAriaLabel: string; nextMonthAriaLabel: string; prevYearAriaLabel: string; nextYearAriaLabel: string;
      closeButtonAriaLabel: string; isRequiredErrorMessage: string; invalidInputErrorMessage: string;
    };
  };
  /** The rich text editor of an article's body. */
  articleEditor: {
    /** Accessible name of the toolbar. */
    toolbar: string;
    heading2: string;
    heading3: string;
    bold: string;
    italic: string;
    bulletList: string;
    numberedList: string;
    link: string;
    quote: string;
    code: string;
    undo: string;
    redo: string;
    /** A button's tooltip with its keyboard shortcut: `{0}` the action, `{1}` the keys. */
    withShortcut: string;
    /** Read by screen readers with the text area: how to reach the toolbar and insert a link. */
    keyboardHelp: string;
    imageDescription: string;
    imageDescriptionHelp: string;
    apply: string;
    linkAddress: string;
    linkAddressHelp: string;
    linkInsert: string;
    linkRemove: string;
    linkCancel: string;
    linkInvalid: string;
    loading: string;
    /** `{0}` the number of images being sent. */
    imagesUploading: string;
    /** `{0}` the file's name. */
    imageTooLarge: string;
    /** `{0}` the file's name. */
    imageNotImage: string;
    /** `{0}` the file's name. */
    imageFailed: string;
    imageFromOtherSite: string;
    /** The name a pasted image is stored under (before a number and its type). */
    imageFileName: string;
    dismiss: string;
  };
  /** Article templates (src/domain/knowledge/templates.ts): their names and the headings of their sections. */
  articleTemplates: {
    names: Record<import('../../domain/knowledge/templates').ArticleTemplateId, string>;
    sections: import('../../domain/knowledge/templates').SectionLabels;
  };
  /** The draft page of the contributors' page (src/ui/authoring/draft): a new article, a draft, its steps. */
  articleDraft: {
    newHeading: string;
    /** `{0}` the draft's title. */
    draftHeading: string;
    untitled: string;
    loading: string;
    loadFailed: string;
    retry: string;
    notFound: string;
    /** The template and language chooser of a new article. */
    templateLegend: string;
    templateHelp: string;
    languageLegend: string;
    start: string;
    /** `{0}` the template's name. */
    templateUsed: string;
    /** `{0}` the article kind. */
    kindLabel: string;
    title: string;
    titleHelp: string;
    summary: string;
    /** `{0}` the maximum length. */
    summaryHelp: string;
    category: string;
    categoryNone: string;
    categoriesLoading: string;
    categoriesFailed: string;
    language: string;
    body: string;
    questionsLegend: string;
    questionsHelp: string;
    questionNew: string;
    questionAdd: string;
    /** `{0}` the phrasing. */
    questionRemove: string;
    /** `{0}` the phrasing. */
    questionDuplicate: string;
    reviewDate: string;
    /** `{0}` the default number of months. */
    reviewDateHelp: string;
    /** The date picker's words (its month and day names come from the browser, in the page's language). */
    datePicker: { goToToday: string; prevMonth: string; nextMonth: string; prevYear: string; nextYear: string; closeButton: string; invalid: string };
    /** Where the new article comes from: `{0}` the query that found nothing. */
    fromGap: string;
    /** `{0}` the ticket number. */
    fromTicket: string;
    /** `{0}` the original's title. */
    translationOf: string;
    ticketFailed: string;
    translationFailed: string;
    /** Personal data replaced in a ticket's text. */
    personalData: { person: string; email: string; phone: string; ticket: string; link: string };
    save: string;
    saving: string;
    /** `{0}` the time. */
    saved: string;
    uploadingWait: string;
    saveFailed: string;
    recovered: string;
    submit: string;
    submitting: string;
    submittedDeferred: string;
    submittedSent: string;
    submittedNone: string;
    mailsFailed: string;
    withdraw: string;
    withdrawn: string;
    /** `{0}` the state. */
    statusLabel: string;
    statuses: { draft: string; review: string; published: string };
    reviewComment: string;
    readOnly: string;
    readOnlyInReview: string;
    published: string;
    openArticle: string;
    errorTitle: string;
    titleRequired: string;
    /** `{0}` the maximum length. */
    titleTooLong: string;
    summaryRequired: string;
    /** `{0}` the maximum, `{1}` the current length. */
    summaryTooLong: string;
    /** `{0}` the section's heading. */
    sectionMissing: string;
    reviewDatePast: string;
    workflowErrors: Record<import('../../domain/knowledge/articleWorkflow').ArticleErrorCode, string>;
    restoreTitle: string;
    /** `{0}` when the changes were typed. */
    restoreText: string;
    restore: string;
    discard: string;
    /** `{0}` who changed the draft. */
    conflictTitle: string;
    conflictSomeone: string;
    conflictIntro: string;
    conflictStatus: string;
    conflictUnknown: string;
    conflictMine: string;
    /** `{0}` who. */
    conflictTheirs: string;
    conflictFields: Record<import('../../domain/knowledge/articleEditConflict').ArticleContentField, string>;
    keepMine: string;
    takeTheirs: string;
    takeMerged: string;
    keptMine: string;
    tookTheirs: string;
    tookMerged: string;
    conflictEmpty: string;
  };
}

declare module 'HelpCenterArticleEditorStrings' {
  const strings: IHelpCenterArticleEditorStrings;
  export = strings;
}
