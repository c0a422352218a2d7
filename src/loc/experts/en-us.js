define([], function() {
  return {
    "experts": {
      "title": "Experts directory",
      "loading": "Loading…",
      "loadFailed": "The page could not be loaded. Check your connection and try again.",
      "retry": "Try again"
    }
  };
});
