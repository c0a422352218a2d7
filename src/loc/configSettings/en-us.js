define([], function() {
  return {
    "settingsConfig": {
      "heading": "Settings",
      "intro": "The delays, limits and support contact details the help center applies.",
      "loading": "Loading the settings…"
    }
  };
});
