define([], function() {
  return {
    "announcementsConfig": {
      "heading": "Announcements",
      "intro": "The announcements the help bar and the home show: ongoing incidents, planned maintenance, information.",
      "loading": "Loading the announcements…",
      "currentHeading": "Current and upcoming",
      "pastHeading": "Recently ended",
      "noCurrent": "No current or upcoming announcement.",
      "noPast": "No ended announcement.",
      "moreCurrentButton": "Show more current and upcoming announcements",
      "moreButton": "Show more ended announcements",
      "addButton": "Add an announcement",
      "readFailed": "The announcements could not be read.",
      "editLabel": "Edit the announcement “{0}”",
      "phases": {
        "current": "Current",
        "upcoming": "Upcoming",
        "ended": "Ended"
      },
      "period": "From {0} to {1}",
      "periodFromOnly": "Since {0}",
      "audiences": {
        "everyone": "Everyone",
        "requesters": "Requesters (not the support team)",
        "support": "The support team",
        "contributors": "Knowledge base contributors"
      },
      "languages": {
        "fr": "French",
        "en": "English",
        "both": "Both languages"
      },
      "fieldProblem": "{0}: {1}",
      "problemValue": "Request #{0} — {1}",
      "shown": {
        "one": "{0} announcement shown.",
        "other": "{0} announcements shown."
      },
      "newTitle": "New announcement",
      "editTitle": "Edit the announcement",
      "close": "Close",
      "fields": {
        "title": "Title",
        "body": "Message",
        "severity": "Severity",
        "start": "Start",
        "end": "End",
        "audience": "Audience",
        "language": "Language",
        "problem": "Linked problem"
      },
      "bodyHelp": "Plain text, several lines if needed (no HTML): the help bar and the home show it as it is.",
      "day": "Date",
      "time": "Time",
      "timeHelp": "HH:MM, 24-hour clock",
      "timeZone": "Dates and times in your browser's time zone: {0}.",
      "spanHelp": "The end follows the start, at most {0} days later.",
      "audienceHelp": "A filter of what is shown, not security: anyone who reads the announcements list can read it.",
      "languageHelp": "“Both languages”: shown whatever the page's language.",
      "problemHelp": "Published from the support desk; the link is changed from the problem.",
      "problems": {
        "required": "This field is required.",
        "tooLong": "This text is too long (at most 255 characters for the title, 1,000 for the message).",
        "markup": "Plain text only: remove the HTML tags (< … >).",
        "unknownChoice": "Choose a value from the list.",
        "invalidDate": "Enter a valid date (dd/mm/yyyy) and time (HH:MM).",
        "endBeforeStart": "The end must be after the start.",
        "endPast": "This end has already passed: the announcement would never be shown.",
        "spanTooLong": "An announcement lasts at most 90 days: for lasting information, write an article."
      },
      "errorSummary": "Please fix the fields below:",
      "save": "Save",
      "saving": "Saving…",
      "cancel": "Cancel",
      "saved": "The announcement “{0}” is saved.",
      "saveFailed": "Saving did not go through. What you typed is kept: try again.",
      "endNow": "End now",
      "ended": "The announcement “{0}” has ended: the help bar and the home no longer show it.",
      "remove": "Delete",
      "removeTitle": "Delete the announcement?",
      "removeBody": "“{0}” will be deleted with its history. To take it off the bar and keep its record, choose “End now” instead.",
      "confirmRemove": "Delete for good",
      "removed": "The announcement “{0}” is deleted.",
      "draftRestored": "Your unsaved changes were restored.",
      "conflictTitle": "Someone changed this announcement while you were editing it.",
      "conflictBody": "Version by {0}, on {1}:",
      "overwrite": "Save my version anyway",
      "takeTheirs": "Take their version",
      "deletedMeanwhile": "This announcement was deleted meanwhile.",
      "historyHeading": "History",
      "historyEmpty": "No saved version.",
      "historyEntry": "Version {0}, on {1} by {2}",
      "previewHeading": "Preview in the help bar",
      "previewHelp": "As the help bar will show it at the top of pages (one line; a click opens it in full).",
      "previewSeparator": ": ",
      "previewDismiss": "Dismiss the announcement “{0}”",
      "datePicker": {
        "goToToday": "Today",
        "prevMonth": "Previous month",
        "nextMonth": "Next month",
        "prevYear": "Previous year",
        "nextYear": "Next year",
        "closeButton": "Close the calendar",
        "invalid": "Enter a date as dd/mm/yyyy."
      }
    }
  };
});
