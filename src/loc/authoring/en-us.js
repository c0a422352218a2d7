define([], function() {
  return {
    "authoring": {
      "title": "Writing articles",
      "loading": "Loading…",
      "loadFailed": "The page could not be loaded. Check your connection and try again.",
      "retry": "Try again",
      "notAllowed": "This page is for the knowledge base's contributors and reviewers. To write articles, ask the help center's owners to add you to the \"Help center contributors\" group.",
      "navLabel": "Writing",
      "queueLink": "My queue",
      "newArticleLink": "New article"
    },
    "authoringQueue": {
      "sectionFailed": "This part of the queue could not be read. Reload the page later; if it goes on, tell the help center's owners.",
      "loadingMore": "Reading the rest…",
      "sectionsLabel": "My work queue",
      "countLabel": "({0})",
      "toReview": "To review",
      "toReviewEmpty": "No draft is waiting for your review.",
      "myDrafts": "My drafts",
      "myDraftsEmpty": "You have no draft in progress.",
      "signals": "Readers' reports",
      "signalsEmpty": "No reader report in the last {0} days.",
      "due": "Due for review",
      "dueEmpty": "No article is past its review date.",
      "gaps": "Unanswered searches",
      "gapsEmpty": "No unanswered search in the last {0} days.",
      "gapsIntro": "Searches of the last {0} days that found nothing or ended in a help request, grouped (who searched is not shown).",
      "writeArticle": "Write the article \"{0}\"",
      "searches": {
        "one": "{0} search",
        "other": "{0} searches"
      },
      "noResults": {
        "one": "{0} without results",
        "other": "{0} without results"
      },
      "endedInTicket": {
        "one": "{0} ended in a request",
        "other": "{0} ended in a request"
      },
      "otherPhrasings": "Other phrasings:",
      "phrasingCount": "{0} ({1})",
      "gapLanguage": {
        "fr": "Searches in French",
        "en": "Searches in English"
      },
      "author": "Author:",
      "category": "Category:",
      "noCategory": "No category",
      "submitted": "Sent for review on {0}",
      "modified": "Changed on {0}",
      "untitled": "Untitled",
      "draftStatus": {
        "draft": "Draft",
        "review": "In review",
        "sentBack": "Sent back by the reviewer"
      },
      "reviewComment": "Reviewer's comment:",
      "outdatedFlags": {
        "one": "{0} \"outdated\" flag",
        "other": "{0} \"outdated\" flags"
      },
      "unhelpfulVotes": {
        "one": "{0} \"not helpful\" vote with a comment",
        "other": "{0} \"not helpful\" votes with a comment"
      },
      "signalOutdated": "Outdated",
      "signalUnhelpful": "Not helpful",
      "signalOn": "on {0}",
      "noComment": "(no comment)",
      "dueSince": "Due since {0}",
      "owner": "Owner:",
      "articleNumber": "Article #{0}"
    },
    "articleHistory": {
      "notFound": "This article does not exist or you cannot read it.",
      "back": "Back to my queue",
      "state": "Current state",
      "status": "Status",
      "statuses": {
        "draft": "Draft",
        "in_review": "In review",
        "published": "Published",
        "outdated": "Outdated"
      },
      "category": "Category",
      "noCategory": "No category",
      "owner": "Owner",
      "nobody": "Nobody",
      "language": "Language",
      "languages": {
        "fr": "French",
        "en": "English"
      },
      "reviewDate": "Review by",
      "publishedAt": "Published on",
      "none": "—",
      "readerPage": "See the article as readers do",
      "translation": "{1} version: {0}",
      "languageAdjective": {
        "fr": "French",
        "en": "English"
      },
      "writeTranslation": {
        "fr": "Write the French version",
        "en": "Write the English version"
      },
      "actions": "Actions",
      "edit": "Edit (new draft)",
      "rewrite": "Rewrite",
      "markOutdated": "Mark as outdated",
      "outdatedReason": "Reason (optional)",
      "confirmOutdated": "Confirm: outdated",
      "confirmReviewed": "Confirm it is up to date",
      "nextReviewDate": "Next review on (optional, in a year otherwise)",
      "confirmReviewedSubmit": "Confirm the review",
      "cancel": "Cancel",
      "working": "Saving…",
      "markedOutdated": "The article is marked as outdated.",
      "reviewedConfirmed": "Review confirmed.",
      "errors": {
        "notAllowed": "You are not allowed to do this on this article.",
        "invalidStatus": "This action is not possible in the article's current state. Reload the page.",
        "commentRequired": "A comment is required.",
        "ownArticle": "Another reviewer must take this step.",
        "reviewDateInPast": "The review date must be in the future.",
        "conflict": "The article changed since the page was opened: nothing was overwritten. Reload the page to see its latest version.",
        "failed": "The action failed. Check your connection and try again."
      },
      "versions": "Versions",
      "versionsCaption": "The article's versions, newest first",
      "version": "Version",
      "by": "By",
      "at": "On",
      "current": "(current)",
      "restore": "Restore version {0}",
      "restoreConfirm": "Restore version {0}? Its text replaces the current text; a new version is made and the history is kept.",
      "restoreSubmit": "Restore",
      "restored": "Version {0} is restored.",
      "compare": "Compare two versions",
      "compareFrom": "From version",
      "compareTo": "To version",
      "compareSubmit": "Compare",
      "compareSame": "Choose two different versions.",
      "compareResult": "Changes from version {0} to version {1}",
      "noChange": "The text is the same.",
      "unchanged": "unchanged",
      "fields": {
        "title": "Title",
        "summary": "Summary",
        "questions": "Other phrasings",
        "keywords": "Keywords",
        "body": "Text"
      },
      "removed": "removed:",
      "added": "added:",
      "diffEnd": "end",
      "legend": "Struck through: removed. Underlined: added.",
      "phrasings": "Phrasings learnt from readers",
      "phrasingsIntro": "Readers searched these words before opening this article and finding it helpful. Add them to its other phrasings (a draft of the article, reviewed like any other) or set them aside.",
      "phrasingsEmpty": "No phrasing to propose for now.",
      "people": {
        "one": "{0} person",
        "other": "{0} people"
      },
      "accept": "Add \"{0}\"",
      "reject": "Set aside \"{0}\"",
      "rejected": "\"{0}\" is set aside (on this browser).",
      "signals": "Readers' reports",
      "signalsEmpty": "No reader report on this article.",
      "signalOutdated": "Outdated",
      "signalUnhelpful": "Not helpful",
      "noComment": "(no comment)"
    }
  };
});
