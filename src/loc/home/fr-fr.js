define([], function() {
  return {
    "home": {
      "title": "Comment pouvons-nous vous aider ?",
      "loading": "Chargement du centre d'aide…",
      "loadFailed": "Le centre d'aide n'a pas pu être chargé.",
      "retry": "Réessayer"
    }
  };
});
