define([], function() {
  return {
    "helpBar": {
      "searchLabel": "Search the help",
      "searchPlaceholder": "A question? (password, Wi-Fi, Moodle…)",
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
