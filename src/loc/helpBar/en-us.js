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
      "helpCenterLink": "Help center"
    }
  };
});
