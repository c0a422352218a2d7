define([], function() {
  return {
    "helpBar": {
      "searchLabel": "Search the help",
      "searchPlaceholder": "Your question (password, Wi-Fi…)",
      "searchButton": "Search",
      "requestLink": "Ask for help",
      "myRequestsLink": "My requests",
      "announcementsLabel": "Current announcements",
      "labelSeparator": ": ",
      "regionLabel": "Help bar",
      "helpCenterLink": "Help center",
      "knowledgeLink": "Knowledge base",
      "expertsLink": "Experts",
      "ideasLink": "Idea box",
      "deskLink": "Support desk",
      "articlesLink": "Contributors' space",
      "setupLink": "Help center set-up",
      "menuButton": "Help pages",
      "suggestionsLabel": "Suggested articles",
      "suggestionCount": "{0} suggested articles",
      "suggestionCountOne": "1 suggested article",
      "noSuggestion": "No suggested article: Enter searches the whole help",
      "suggestionsFailed": "Suggestions are not available: Enter searches the whole help",
      "openCount": "{0} open requests",
      "openCountOne": "1 open request",
      "waitingCount": "{0} waiting for your answer",
      "waitingCountOne": "1 waiting for your answer",
      "dismissAnnouncement": "Dismiss the announcement “{0}”",
      "panelClose": "Close",
      "articlePanelTitle": "Help article",
      "requestPanelTitle": "New request",
      "fullPage": "Open the article's page",
      "panelLoading": "Loading…",
      "panelFailed": "The panel could not open. Check your connection and try again."
    }
  };
});
