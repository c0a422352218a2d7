define([], function() {
  return {
    "common": {
      "dismiss": "Close the message",
      "loading": "Loading…",
      "retry": "Try again",
      "errorTitle": "Something went wrong.",
      "errorCause": "Cause: {0}",
      "unexpectedError": "This part of the page could not be displayed. Reload the page; if the problem persists, report it to the support team.",
      "helpCenterSiteMissing": "The help center's address is not set: your administrator sets it in the tenant property HelpCenterSiteUrl, or in this web part's properties.",
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
    "deskStatus": {
      "new": "New",
      "taken_in_charge": "Taken in charge",
      "in_progress": "In progress",
      "awaiting_user": "Awaiting the requester",
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
    "fields": {
      "requester": {
        "label": "Requester"
      },
      "beneficiary": {
        "label": "On behalf of"
      },
      "filedBy": {
        "label": "Filed by"
      },
      "kind": {
        "label": "Request type"
      },
      "category": {
        "label": "Category"
      },
      "course": {
        "label": "Course or exam concerned"
      },
      "location": {
        "label": "Place (room or service)"
      },
      "incidentType": {
        "label": "Incident type"
      },
      "severity": {
        "label": "Intervention type"
      },
      "priority": {
        "label": "Priority"
      },
      "askedPriority": {
        "label": "Priority asked for"
      },
      "channel": {
        "label": "Received by"
      },
      "team": {
        "label": "Team"
      },
      "level": {
        "label": "Support level"
      },
      "assignedTo": {
        "label": "Contact person"
      },
      "escalatedTo": {
        "label": "Escalated to"
      },
      "createdAt": {
        "label": "Filed on"
      },
      "dueAt": {
        "label": "Due"
      }
    },
    "fieldDisplay": {
      "heading": "Request details",
      "inBuilding": "{0} ({1})",
      "inRoom": "{0}, {1}",
      "unknown": "no. {0}"
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
    "durations": {
      "minutes": {
        "one": "min",
        "other": "min"
      },
      "hours": {
        "one": "h",
        "other": "h"
      },
      "businessDays": {
        "one": "business day",
        "other": "business days"
      },
      "days": {
        "one": "day",
        "other": "days"
      }
    },
    "ticketFormPane": {
      "newRequestUrl": "\"Ask for help\" page (the form)",
      "description": "Request form settings",
      "group": "Links",
      "myTicketsUrl": "\"My requests\" page (link of the confirmation and the mails)",
      "helpCenterSiteUrl": "Help center site",
      "helpCenterSiteUrlHelp": "Leave empty when the help center is this site."
    },
    "informed": {
      "heading": "People informed",
      "requesterIntro": "Who was emailed about each step of this request.",
      "entryNoEmail": "{0}: {1}",
      "informedOn": "informed on {0}",
      "team": "the support team",
      "teamNamed": "the {0} team",
      "none": "Nobody has been informed yet.",
      "entry": "{0} ({1}): {2}",
      "sent": "sent on {0}",
      "pending": "recorded on {0}, waiting to be sent",
      "failed": "recorded on {0}, sending failed (will be retried)",
      "loadFailed": "The list of people informed could not be loaded.",
      "events": {
        "file": "request recorded",
        "takeInCharge": "taken in charge",
        "replyPublic": "reply",
        "addInternalNote": "internal note",
        "askForInformation": "information requested",
        "requesterAnswered": "requester's answer",
        "escalate": "escalation",
        "transfer": "transfer",
        "requestApproval": "approval requested",
        "decideApproval": "approval decision",
        "resolve": "resolution",
        "acceptResolution": "resolution accepted",
        "reopen": "reopened",
        "close": "closed",
        "closeNoFollowUp": "closed with no follow-up",
        "rate": "rating",
        "linkToProblem": "linked to a problem",
        "confirmWatchers": "people kept informed confirmed",
        "resolvedByProblem": "resolved with the problem",
        "problemResolved": "problem resolved",
        "closedNoFollowUpAutomatically": "closed automatically with no follow-up",
        "closedAutomatically": "closed automatically",
        "awaitingUserReminder": "reminder (answer awaited)"
      }
    }
  };
});
