define([], function() {
  return {
    "common": {
      "loading": "Loading…",
      "retry": "Try again",
      "errorTitle": "Something went wrong.",
      "errorCause": "Cause: {0}",
      "unexpectedError": "This part of the page could not be displayed. Reload the page; if the problem persists, report it to the support team.",
      "empty": "Nothing to show yet."
    },
    "ticketStatus": {
      "new": "New",
      "taken_in_charge": "Taken in charge",
      "in_progress": "In progress",
      "awaiting_user": "Awaiting your reply",
      "resolved": "Resolved",
      "closed": "Closed",
      "no_follow_up": "Closed without follow-up"
    },
    "ticketKind": {
      "assistance": "Assistance request",
      "anomaly": "Anomaly",
      "evolution": "Change request",
      "problem": "Problem"
    },
    "ticketSeverity": {
      "malfunction": "Malfunction",
      "installation": "Installation",
      "update": "Update",
      "repair": "Repair",
      "change": "Change"
    },
    "incidentType": {
      "software": "Software",
      "hardware": "Hardware",
      "internet": "Internet",
      "whiteboard": "Interactive whiteboard",
      "wifi": "Wi-Fi",
      "other": "Other"
    },
    "ticketPriority": {
      "low": "Low",
      "normal": "Normal",
      "high": "High",
      "critical": "Critical"
    },
    "supportLevel": {
      "L1": "Level 1",
      "L2": "Level 2",
      "L3": "Level 3"
    },
    "ticketChannel": {
      "portal": "Portal",
      "phone": "Phone",
      "email": "Email",
      "teams": "Teams",
      "desk": "Front desk"
    },
    "language": {
      "fr": "French",
      "en": "English"
    },
    "articleStatus": {
      "draft": "Draft",
      "in_review": "In review",
      "published": "Published",
      "outdated": "Outdated"
    },
    "articleKind": {
      "faq": "Frequently asked question",
      "howto": "How-to",
      "troubleshooting": "Troubleshooting",
      "known_issue": "Known issue"
    },
    "locationKind": {
      "room": "Room",
      "equipment": "Equipment",
      "service": "Service"
    },
    "announcementSeverity": {
      "info": "Information",
      "warning": "Warning",
      "outage": "Ongoing outage"
    },
    "expertAvailability": {
      "available": "Available",
      "busy": "Busy",
      "away": "Away"
    },
    "setup": {
      "title": "Help center setup",
      "intro": "This page checks that the site has everything the help center needs (lists, fields, indexes, settings, permissions, groups) and sets up or repairs what is missing. It is safe to run again: it only changes what differs.",
      "checking": "Checking the site…",
      "ready": "The help center is ready.",
      "notReady": "The help center is not ready yet.",
      "listsReady": { "one": "{0} list ready", "other": "{0} lists ready" },
      "itemsToFix": { "one": "{0} item to set up or repair", "other": "{0} items to set up or repair" },
      "nothingToFix": "nothing to set up",
      "applyButton": "Set up / repair",
      "applying": "Setting up…",
      "progressDescription": "{0} of {1}: {2}",
      "announceStart": "Setup started.",
      "announceProgress": "Setup: {0}% done.",
      "announceDone": "Setup finished: the help center is ready.",
      "announceDoneWithErrors": "Setup finished, but some steps failed.",
      "notOwner": "Only site owners can set up the help center. Ask a site owner to run the setup, or to add you to the site's owners group.",
      "inspectFailed": "The state of the site could not be read.",
      "applyFailed": "The setup did not complete.",
      "stepErrors": "Some steps failed:",
      "stepError": "{0}: {1}",
      "detailsHeading": "Details per list",
      "siteGroup": "Site (groups, permission levels, access)",
      "groupSummary": "{0} of {1} ready",
      "expectedActual": "expected: {0}; actual: {1}",
      "expected": "expected: {0}",
      "checkKind": {
        "list": "List",
        "field": "Field",
        "index": "Index",
        "unique": "Unique values",
        "listSetting": "List setting",
        "permissions": "List permissions",
        "grant": "List access",
        "group": "Group",
        "roleDefinition": "Permission level",
        "webGrant": "Site access"
      },
      "checkStatus": {
        "ok": "Ready",
        "missing": "Missing",
        "different": "To repair"
      }
    },
    "helpBar": {
      "regionLabel": "Help bar",
      "helpCenterLink": "Help center"
    },
    "ticketForm": {
      "screenshotAndAttachments": "Screenshot and attachments",
      "fileSize": "{0} KB",
      "screenshotError": "Screenshot: {0}",
      "title": "Ask for help",
      "intro": "Describe what you need: one person of the team concerned will follow your request until it is resolved.",
      "loading": "Loading the form…",
      "loadFailed": "The form could not be loaded.",
      "kindLabel": "Kind of request",
      "kindHelp": {
        "assistance": "I need help or information",
        "anomaly": "Something does not work",
        "evolution": "I suggest an improvement or a change",
        "problem": "Problem (support only)"
      },
      "categoryLabel": "Category",
      "categoryPlaceholder": "Choose a category",
      "titleLabel": "Title",
      "titlePlaceholder": "In a few words, for example: \"Projector broken in room B204\"",
      "descriptionLabel": "Description",
      "descriptionPlaceholder": "What happens? Since when? What have you tried?",
      "courseLabel": "Course or exam concerned",
      "locationLabel": "Room or service",
      "locationPlaceholder": "Choose a room or a service",
      "equipmentLabel": "Equipment",
      "equipmentPlaceholder": "Choose the equipment in the room",
      "incidentTypeLabel": "Incident type",
      "severityLabel": "Intervention type",
      "priorityLabel": "Priority",
      "choose": "Choose",
      "screenshotLabel": "Screenshot",
      "screenshotHelp": "For an online exam, attach a screenshot showing your name: it is renamed with your name, the course and the time.",
      "attachmentsLabel": "Attachments",
      "attachmentsHelp": "Paste a screenshot (Ctrl+V), drag and drop files or choose them. At most {0} files, {1} MB each.",
      "chooseFiles": "Choose files",
      "removeFile": "Remove {0}",
      "pastedScreenshot": "Pasted screenshot",
      "watchersLabel": "People to keep informed",
      "watchersHelp": "For example your teacher or referent: they get an email at each step.",
      "peopleSearchPlaceholder": "Name or address (at least 2 letters)",
      "peopleNoResult": "Nobody matches \"{0}\".",
      "removePerson": "Remove {0}",
      "onBehalfHeading": "Filed by the support desk",
      "beneficiaryLabel": "Request made for",
      "channelLabel": "Received by",
      "suggestionsHeading": "These articles may answer your question",
      "suggestionSolved": "This solved my problem",
      "suggestionOpen": "Read \"{0}\"",
      "deflected": "Great! Your request was not sent and your draft is cleared.",
      "submit": "Send the request",
      "submitting": "Sending…",
      "draftRestored": "We found the draft you started on {0}.",
      "discardDraft": "Discard the draft",
      "draftSaved": "Draft saved on this device.",
      "fixErrors": "The request was not sent: {0} field(s) to correct.",
      "submitFailed": "The request could not be sent. What you typed is kept: try again in a moment.",
      "retry": "Try sending again",
      "required": "This field is required.",
      "tooLong": "At most {0} characters.",
      "fileTooLarge": "\"{0}\" is larger than {1} MB.",
      "fileTypeNotAllowed": "\"{0}\": this type of file is not accepted.",
      "fileBlocked": "\"{0}\": programs are never accepted.",
      "fileEmpty": "\"{0}\" is empty.",
      "fileDuplicate": "\"{0}\" is already attached.",
      "tooManyFiles": "At most {0} files.",
      "confirmationTitle": "Request #{0} recorded",
      "confirmationNext": "A member of the {0} team will take it in charge and be your single contact.",
      "confirmationFirstResponse": "First response expected within {0} business hours.",
      "confirmationHours": "Team hours: {0}.",
      "confirmationEmail": "A confirmation email was sent to you and to the people kept informed.",
      "confirmationEmailFailed": "The request is recorded, but the confirmation email could not be sent: it will be sent again automatically.",
      "followLink": "Follow my requests",
      "newRequest": "Make another request"
    },
    "ticketFormPane": {
      "description": "Request form settings",
      "group": "Links",
      "myTicketsUrl": "\"My requests\" page (link of the confirmation and the mails)",
      "helpCenterSiteUrl": "Help center site",
      "helpCenterSiteUrlHelp": "Leave empty when the help center is this site."
    },
    "workbench": {
      "ticketFormTitle": "Ask for help",
      "ticketFormDescription": "The one help request form (TicketForm web part).",
      "identityLabel": "Identity",
      "homeTitle": "Intranet – home",
      "webPartsHeading": "Help center components",
      "setupTitle": "Help center setup",
      "setupDescription": "For site owners: creates and repairs the lists and permissions.",
      "outboxTitle": "Outbox (sent emails)",
      "outboxDescription": "Emails the help center sent through Microsoft Graph.",
      "outboxEmpty": "No email sent.",
      "outboxFromTo": "From {0} to {1}",
      "outboxSentAt": "Sent on"
    }
  };
});
