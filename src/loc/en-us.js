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
    "workbench": {
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
