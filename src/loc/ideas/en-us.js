define([], function() {
  return {
    "ideas": {
      "title": "Idea box",
      "listHeading": "Suggested ideas",
      "intro": "Suggest an improvement, support the ones that would help you and follow the team's answer.",
      "loading": "Loading…",
      "loadFailed": "The page could not be loaded. Check your connection and try again.",
      "retry": "Try again",
      "filters": "Filter the ideas",
      "category": "Category",
      "allCategories": "All categories",
      "status": "Status",
      "allStatuses": "All statuses",
      "order": "Order",
      "top": "Most supported",
      "newest": "Newest",
      "empty": "No idea matches these filters.",
      "shown": {
        "one": "{0} idea shown",
        "other": "{0} ideas shown"
      },
      "more": "Show more ideas",
      "newIdea": "Suggest an idea",
      "support": "Support ({0})",
      "voteDone": {
        "one": "Your support is counted: {0} vote.",
        "other": "Your support is counted: {0} votes."
      },
      "voteWithdrawn": {
        "one": "Your support is withdrawn: {0} vote.",
        "other": "Your support is withdrawn: {0} votes."
      },
      "voteFailed": "Your vote could not be saved. Try again.",
      "votes": {
        "one": "{0} vote",
        "other": "{0} votes"
      },
      "teamAnswer": "The team's answer",
      "proposedBy": "Suggested by {0} on {1}",
      "fromRequest": "From request #{0}",
      "backToBox": "Back to the idea box",
      "notFound": "This idea does not exist or was removed.",
      "supporters": "Supporters",
      "noSupporters": "Nobody supports this idea yet.",
      "comments": "Comments",
      "noComments": "No comment yet.",
      "commentLabel": "Your comment",
      "commentSend": "Post the comment",
      "commentSent": "Comment posted.",
      "commentFailed": "The comment could not be posted. Your text is kept: try again.",
      "commentEmpty": "Write a comment before posting it.",
      "answeredBy": "Answered by {0} on {1}",
      "noAnswer": "The team has not answered yet.",
      "history": "History",
      "historyStep": "{0} on {1} by {2}",
      "historyFailed": "The history could not be loaded.",
      "fromTicketRunning": "Making the idea from the request…",
      "fromTicketFailed": "The request could not be turned into an idea. Only the support team can do it, and only for a request for change."
    },
    "ideaStatus": {
      "new": "New",
      "under_study": "Under study",
      "planned": "Planned",
      "done": "Done",
      "declined": "Declined"
    },
    "ideaForm": {
      "heading": "Suggest an idea",
      "titleLabel": "Title of the idea",
      "descriptionLabel": "Description",
      "descriptionHelp": "What you suggest, and what it would change for you.",
      "categoryLabel": "Category",
      "categoryPlaceholder": "Choose a category",
      "submit": "Send the idea",
      "cancel": "Cancel",
      "sending": "Sending…",
      "summaryTitle": "Please correct the following:",
      "titleRequired": "Give your idea a title.",
      "titleTooLong": "The title is longer than 255 characters.",
      "descriptionRequired": "Describe your idea.",
      "descriptionTooShort": "Describe your idea in a few more words (10 characters at least).",
      "descriptionTooLong": "The description is longer than 4,000 characters.",
      "categoryRequired": "Choose a category.",
      "failed": "Your idea could not be sent. It is kept: try again, it will not be saved twice.",
      "sent": "Thank you! Your idea \"{0}\" is published.",
      "draftRestored": "Your draft was restored.",
      "loadingForm": "Loading the form…"
    },
    "ideaTeam": {
      "heading": "Change the status",
      "newStatus": "New status",
      "chooseStatus": "Choose a status",
      "answer": "Answer to the author and the voters",
      "answerHelp": "It is mailed to them. Required to decline an idea.",
      "save": "Save and inform",
      "saving": "Saving…",
      "saved": {
        "one": "Status saved. {0} person informed by mail.",
        "other": "Status saved. {0} people informed by mail."
      },
      "mailsFailed": "Status saved. Some mails could not be sent: they will be sent again on your next visit.",
      "conflict": "Someone changed this idea in the meantime. Its status was read again: check it, then try again. Your answer is kept.",
      "answerRequired": "Declining an idea needs an answer: say why.",
      "answerTooLong": "The answer is longer than 4,000 characters.",
      "notAllowed": "This status change is not possible.",
      "notTeam": "Only the support team can change the status of an idea.",
      "failed": "The status could not be saved. Your answer is kept: try again.",
      "final": "This idea is done: its status no longer changes.",
      "loadingForm": "Loading…"
    }
  };
});
