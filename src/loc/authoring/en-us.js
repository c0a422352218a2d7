define([], function() {
  return {
    "authoring": {
      "title": "Writing articles",
      "loading": "Loading…",
      "loadFailed": "The page could not be loaded. Check your connection and try again.",
      "retry": "Try again",
      "notAllowed": "This page is for the knowledge base's contributors and reviewers. To write articles, ask the help center's owners to add you to the \"Help center contributors\" group.",
      "navLabel": "Writing",
      "queueLink": "My queue",
      "newArticleLink": "New article"
    }
  };
});
