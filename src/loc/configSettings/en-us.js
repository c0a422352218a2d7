define([], function() {
  return {
    "settingsConfig": {
      "heading": "Settings",
      "intro": "The delays, limits and support contact details the help center applies. Each section is saved on its own.",
      "loading": "Loading the settings…",
      "sectionsNav": "Settings sections",
      "readFailed": "The settings could not be read.",
      "save": "Save: {0}",
      "saving": "Saving…",
      "saved": "Setting saved: {0}.",
      "saveFailed": "Saving failed.",
      "errorSummary": "Please correct the following values:",
      "fieldProblem": "{0}: {1}",
      "missing": "This setting does not exist on this site yet: the product's defaults apply and are shown. Saving creates it.",
      "malformed": "The stored value of this setting is unreadable (invalid JSON or another shape): the help center applies the product's defaults, shown here. Saving replaces the unreadable value.",
      "lastSaved": "Last saved by {0} on {1}.",
      "overwrite": "Save my version anyway",
      "takeTheirs": "Take their version",
      "conflictTitle": "Someone saved this setting while you were editing it.",
      "conflictBody": "{0}'s version, saved on {1}:",
      "deletedMeanwhile": "The setting was deleted meanwhile: saving creates it again.",
      "historyHeading": "History",
      "historyEmpty": "No saved version.",
      "historyEntry": "Version {0}, {1}, by {2}",
      "unreadable": "unreadable value",
      "problems": {
        "required": "Enter a value.",
        "notWhole": "Enter a whole number (no decimals).",
        "range": "Enter a number between {0} and {1}.",
        "reminderNotBefore": "The reminder must come before the no-follow-up closing: {1} business days at most.",
        "tooLong": "{1} characters at most.",
        "invalidPhone": "A number holds only digits (6 to 20), spaces, dots, dashes, brackets and a leading +.",
        "invalidEmail": "Enter an email address (name@domain.com).",
        "invalidExtension": "\"{2}\" is not an extension (a dot, then 1 to 16 letters or digits).",
        "blockedExtension": "\"{2}\" is never accepted: such files run code when opened.",
        "groupTooSmall": "Line {2}: a group has at least two terms, separated by commas.",
        "termTooLong": "Line {2}: a term has {1} characters at most.",
        "tooManyGroups": "{1} groups at most."
      },
      "delays": {
        "heading": "Delays",
        "intro": "When a request closes by itself.",
        "applies": "The support desk reads these delays each time it loads or is refreshed (its housekeeping then closes the requests that are due); the mails that state these delays use them.",
        "resolvedToClosedDays": "Closing of a resolved request (calendar days)",
        "resolvedToClosedHelp": "Calendar days after the resolution without the requester reopening it; 0: never automatically.",
        "awaitingUserReminderDays": "Reminder to a requester who does not answer (business days)",
        "reminderHelp": "Business days of the team's calendar; before the no-follow-up closing. Empty: no reminder. One reminder per question, sent to the requester (and the person the request is for) when an agent opens the desk's page, with the question asked and the closing date.",
        "awaitingUserToNoFollowUpDays": "\"No follow-up\" closing (business days)",
        "noFollowUpHelp": "Business days of the team's calendar without the requester answering a question of the support; 0: never.",
        "describe": "Closed after {0} · reminder {1} · no follow-up after {2}",
        "never": "never",
        "none": "none"
      },
      "attachments": {
        "heading": "Attachments",
        "intro": "What the request form accepts as attachments.",
        "applies": "The request form reads these limits each time it opens: a form already open keeps the former ones until it is reloaded.",
        "maxFileSizeMb": "Largest file (MB)",
        "maxFileSizeHelp": "1 to 250 MB: SharePoint takes no larger attachment on a list item.",
        "maxFiles": "Most files per request",
        "maxFilesHelp": "1 to 20.",
        "allowedExtensions": "Accepted extensions",
        "allowedExtensionsHelp": "Separated by commas (.pdf, .png, .docx). Files that run code (.exe, .js, .bat…) are always refused.",
        "describe": "{0} MB · {1} files · {2}"
      },
      "contact": {
        "heading": "Support contact",
        "intro": "The phone lines, the mail address and the note the help center's home shows.",
        "applies": "The home reads them each time the page loads.",
        "phone": "Support phone",
        "examPhone": "Exam line",
        "phoneHelp": "As it is dialled: +33 1 23 45 67 89. Empty: the line is not shown.",
        "email": "Support mail address",
        "noteFr": "Note (French)",
        "noteEn": "Note (English)",
        "noteHelp": "200 characters at most; empty in English: the French note is shown."
      },
      "desk": {
        "heading": "Support desk",
        "intro": "Where the support receives people, shown on the help center's home beside the phone lines.",
        "applies": "The home reads it each time the page loads.",
        "fr": "Location (French)",
        "en": "Location (English)",
        "help": "200 characters at most; a language left empty takes the other one."
      },
      "hours": {
        "heading": "Default business hours",
        "intro": "The hours of a request whose team has no calendar: a team's own hours (Teams and hours) override these.",
        "applies": "The form and the home read them each time they load; the support desk when it loads or is refreshed (due dates, the hours in mails)."
      },
      "synonyms": {
        "heading": "Search synonyms",
        "intro": "Groups of equivalent terms: a search containing one of them also searches for the others.",
        "applies": "This list replaces the product's (shown while none is saved). The article search — the knowledge page, the help bar, the request form — reads it each time a page loads; a very large base, searched by SharePoint Search, does not apply it.",
        "label": "Synonym groups",
        "help": "One group per line, its terms separated by commas; accents and capitals kept (the search ignores them).",
        "describe": "{0} groups"
      }
    }
  };
});
