define([], function() {
  return {
    "announcementsConfig": {
      "heading": "Announcements",
      "intro": "The announcements the help bar and the home show: ongoing incidents, planned maintenance, information.",
      "loading": "Loading the announcements…"
    }
  };
});
