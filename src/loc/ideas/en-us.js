define([], function() {
  return {
    "ideas": {
      "title": "Idea box",
      "loading": "Loading…",
      "loadFailed": "The page could not be loaded. Check your connection and try again.",
      "retry": "Try again"
    }
  };
});
