define([], function() {
  return {
    "home": {
      "title": "How can we help you?",
      "loading": "Loading the help center…",
      "loadFailed": "The help center could not be loaded.",
      "retry": "Try again"
    }
  };
});
