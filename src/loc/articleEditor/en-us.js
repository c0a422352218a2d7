define([], function() {
  return {
    "articleKeywords": {
      "heading": "Keywords",
      "help": "The terms that set this article apart from the other articles of the base. Accept or refuse each suggestion, or add your own keywords.",
      "suggestionsLabel": "Suggested keywords",
      "acceptedLabel": "The article's keywords",
      "noKeywords": "No keyword yet.",
      "noSuggestions": "No suggestion yet: write the article's title, summary and text.",
      "loading": "Analysing the published articles…",
      "unavailable": "Suggestions are unavailable (the published articles could not be read): you can add keywords yourself.",
      "accept": "Accept “{0}”",
      "reject": "Refuse “{0}”",
      "remove": "Remove “{0}”",
      "addLabel": "Add a keyword",
      "add": "Add",
      "duplicate": "“{0}” is already one of the article's keywords.",
      "announce": {
        "one": "{0} new keyword suggestion",
        "other": "{0} new keyword suggestions"
      },
      "accepted": "Keyword “{0}” added",
      "rejected": "Suggestion “{0}” refused",
      "removed": "Keyword “{0}” removed"
    },
    "similarArticles": {
      "heading": "Similar articles",
      "help": "An article may already answer this question: check before writing a new one.",
      "count": {
        "one": "{0} similar article",
        "other": "{0} similar articles"
      },
      "none": "No similar article",
      "newTab": "(opens in a new tab)",
      "languages": {
        "fr": "French",
        "en": "English"
      },
      "noCategory": "No category"
    },
    "articleReview": {
      "heading": "Review",
      "publish": "Publish",
      "reviewDateLabel": "Review date",
      "reviewDateHelp": "On this date, the article's owner will be reminded to check it.",
      "pickDate": "Pick a date",
      "sendBack": "Send back to the author",
      "commentLabel": "Comment for the author",
      "commentHelp": "What must change before publication. The author reads it with the draft.",
      "confirmSendBack": "Send the draft back",
      "cancel": "Cancel",
      "retry": "Try again",
      "publishing": "Publishing…",
      "sendingBack": "Sending back…",
      "ownArticle": "You wrote this draft: another reviewer must publish it (four-eyes review). You can still send it back or edit it.",
      "notReviewer": "You are not a reviewer of this article's category: a reviewer or a site owner will publish it.",
      "notInReview": "This draft is not in review.",
      "published": "The article is published.",
      "sentBack": "The draft is sent back to its author with your comment.",
      "mails": {
        "sent": "The people concerned were informed by email.",
        "deferred": "No email went (your account cannot write to the help center's outbox): the author will see the outcome on the contributors' page; tell them yourself if it is urgent.",
        "none": "No email was due.",
        "failed": "The step is saved, but the email did not go: it will be sent again automatically."
      },
      "errors": {
        "notAllowed": "You cannot do this on this draft.",
        "invalidStatus": "This draft is no longer in review (someone already published it, sent it back or took it back). Reload the page to see where it stands.",
        "commentRequired": "Write what the author must change: the comment is required.",
        "ownArticle": "You wrote this draft: another reviewer must publish it.",
        "reviewDateInPast": "Choose a review date in the future.",
        "conflict": "The draft was changed during your review: nothing was saved. Reload the page to review the latest version.",
        "failed": "The action did not go through (a connection or server problem). Nothing is lost: try again."
      },
      "datePicker": {
        "months": [
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December"
        ],
        "shortMonths": [
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "May",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Oct",
          "Nov",
          "Dec"
        ],
        "days": [
          "Sunday",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday"
        ],
        "shortDays": [
          "S",
          "M",
          "T",
          "W",
          "T",
          "F",
          "S"
        ],
        "goToToday": "Go to today",
        "prevMonthAriaLabel": "Previous month",
        "nextMonthAriaLabel": "Next month",
        "prevYearAriaLabel": "Previous year",
        "nextYearAriaLabel": "Next year",
        "closeButtonAriaLabel": "Close the calendar",
        "isRequiredErrorMessage": "Choose a date.",
        "invalidInputErrorMessage": "Enter a date as dd/mm/yyyy."
      }
    },
    "articleEditor": {
      "toolbar": "Text formatting",
      "heading2": "Section heading",
      "heading3": "Subheading",
      "bold": "Bold",
      "italic": "Italic",
      "bulletList": "Bulleted list",
      "numberedList": "Numbered list",
      "link": "Link",
      "quote": "Quote",
      "code": "Code",
      "undo": "Undo",
      "redo": "Redo",
      "withShortcut": "{0} ({1})",
      "keyboardHelp": "Alt+F10: formatting toolbar; Ctrl+K: insert a link; Esc: back to the text.",
      "imageDescription": "Image description",
      "imageDescriptionHelp": "What the image shows, for people who cannot see it. Leave empty if it is decorative.",
      "apply": "Apply",
      "linkAddress": "Link address",
      "linkAddressHelp": "A web address (https://…) or an e-mail address.",
      "linkInsert": "Insert link",
      "linkRemove": "Remove link",
      "linkCancel": "Cancel",
      "linkInvalid": "Enter an address starting with https://, http:// or mailto:, or an e-mail address.",
      "loading": "Loading the editor…",
      "imagesUploading": "Sending images: {0}",
      "imageTooLarge": "“{0}” is larger than 5 MB: the image was not added. Make it smaller and paste it again.",
      "imageNotImage": "“{0}” is not an image (PNG, JPEG, GIF or WebP): the file was not added.",
      "imageFailed": "The image “{0}” could not be saved; your text is kept. Paste it again.",
      "imageFromOtherSite": "Images from another site or from a local file are not copied. Save them, then paste or drop them here.",
      "imageFileName": "image",
      "dismiss": "Close the message"
    },
    "articleTemplates": {
      "names": {
        "howto": "How-to",
        "troubleshooting": "Troubleshooting",
        "faq": "Frequently asked question",
        "known_issue": "Known issue",
        "exam_procedure": "Exam procedure"
      },
      "sections": {
        "goal": "Goal",
        "prerequisites": "Before you start",
        "steps": "Steps",
        "result": "Expected result",
        "symptoms": "Symptoms",
        "cause": "Cause",
        "solution": "Solution",
        "workaround": "Workaround",
        "answer": "Answer",
        "details": "More details",
        "affected": "Who is affected",
        "currentStatus": "Current status",
        "when": "When it applies",
        "beforeExam": "Before the exam",
        "duringExam": "During the exam",
        "incident": "If something goes wrong",
        "contacts": "Contacts",
        "moreHelp": "Need more help?"
      }
    }
  };
});
