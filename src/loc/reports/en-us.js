define([], function() {
  return {
    "reports": {
      "title": "Support reports",
      "loading": "Loading the reports…",
      "loadFailed": "The reports could not be loaded.",
      "retry": "Try again",
      "agentsOnly": "Reports are for the support team, the managers and the help center's owners.",
      "subscription": {
        "label": "Receive the monthly summary by email",
        "help": "At the start of each month, the figures of the month that ended: requests received and resolved, times, targets met, satisfaction and self-service, with a link to that month.",
        "loading": "Reading your subscription…",
        "loadFailed": "Your monthly summary subscription could not be read.",
        "subscribed": "Done: you will receive the monthly summary.",
        "unsubscribed": "Done: you will no longer receive the monthly summary.",
        "conflict": "Your choice was changed meanwhile (in another tab?): it is shown as saved.",
        "saveFailed": "Your choice could not be saved. Try again."
      },
      "controls": "Period and filters",
      "period": "Period",
      "periods": {
        "thisMonth": "This month",
        "lastMonth": "Last month",
        "examSession": "The last exam session",
        "range": "Chosen dates"
      },
      "from": "From",
      "to": "To",
      "periodErrors": {
        "invalidDate": "Enter two valid dates.",
        "endBeforeStart": "The end date is before the start date.",
        "noExamSession": "The support calendar has no exam session."
      },
      "sessionShown": "Session: {0}, from {1} to {2}",
      "filters": "Filters",
      "all": "Any",
      "team": "Team",
      "level": "Level",
      "category": "Category",
      "kind": "Kind",
      "channel": "Channel",
      "location": "Location or equipment",
      "priority": "Priority",
      "print": "Print",
      "summary": "{0}, {1}, {2}.",
      "summaryReceived": {"one": "{0} request received", "other": "{0} requests received"},
      "summaryResolved": {"one": "{0} resolved", "other": "{0} resolved"},
      "summaryOpen": {"one": "{0} open today", "other": "{0} open today"},
      "updating": "Updating the figures…",
      "none": "Not set",
      "noData": "No data for this period.",
      "exportCsv": "Export as CSV: {0}",
      "count": "Count",
      "share": "Share",
      "flow": {
        "heading": "Requests received and resolved",
        "byMonth": "Received and resolved per month",
        "byWeek": "Received and resolved per week",
        "month": "Month",
        "week": "Week",
        "received": "Received",
        "resolved": "Resolved",
        "chart": "Chart of the requests received and resolved per month"
      },
      "typology": {
        "heading": "Typology of the requests received",
        "byCategory": "By category",
        "byKind": "By kind",
        "byPriority": "By priority",
        "byLocation": "By location or equipment",
        "byChannel": "By channel",
        "byTeam": "By team",
        "byLevel": "By level"
      },
      "work": {
        "heading": "Work done and workload",
        "doneByAgent": "Requests resolved per agent",
        "doneByTeam": "Requests resolved per team",
        "loadByAgent": "Open requests per agent",
        "loadByTeam": "Open requests per team",
        "agent": "Agent",
        "unassigned": "Unassigned",
        "resolved": "Resolved",
        "open": "Open"
      },
      "backlog": {
        "heading": "Open requests",
        "caption": "Open requests by age",
        "age": "Age",
        "ages": {
          "lt1d": "Less than a day",
          "d1to3": "1 to 3 days",
          "d3to7": "3 to 7 days",
          "d7to30": "7 to 30 days",
          "gt30d": "More than 30 days"
        }
      },
      "times": {
        "heading": "Response times and service levels",
        "caption": "Times in business hours",
        "measure": "Time",
        "firstResponse": "First response",
        "resolution": "Resolution",
        "median": "Median",
        "p90": "90% within",
        "businessHours": "the team's business hours",
        "slaByTeam": "Service levels met per team",
        "slaByCategory": "Service levels met per category",
        "firstMet": "First response on time",
        "firstBreached": "First response late",
        "resolutionMet": "Resolution on time",
        "resolutionBreached": "Resolution late",
        "compliance": "Met"
      },
      "rates": {
        "heading": "Escalations, reopenings and no follow-up",
        "caption": "Rates of the period",
        "measure": "Measure",
        "escalation": "Requests escalated",
        "reopen": "Requests reopened",
        "noFollowUp": "Requests closed with no follow-up",
        "of": "Of",
        "rate": "Rate"
      },
      "satisfaction": {
        "heading": "Satisfaction",
        "distribution": "Ratings",
        "rating": "Rating",
        "average": "Average rating: {0} out of 5 ({1} ratings)",
        "comments": "Comments",
        "ticket": "Request",
        "comment": "Comment"
      },
      "selfService": {
        "heading": "Self-service",
        "funnel": "Search funnel",
        "step": "Step",
        "searches": "Searches",
        "withResults": "With results",
        "openedArticle": "Article opened",
        "helpful": "Article found helpful",
        "filedTicket": "Request filed afterwards",
        "deflected": "Article opened, no request afterwards",
        "zeroResult": "Searches with no result",
        "topQueries": "Most frequent searches",
        "query": "Search",
        "openedArticles": "Articles opened most",
        "solvingArticles": "Articles that solved the most requests",
        "article": "Article",
        "outdated": "Articles flagged outdated",
        "language": "Language"
      }
    }
  };
});
