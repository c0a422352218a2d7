define([], function() {
  return {
    "ideas": {
      "title": "Boîte à idées",
      "loading": "Chargement…",
      "loadFailed": "La page n'a pas pu être chargée. Vérifiez votre connexion puis réessayez.",
      "retry": "R\u00e9essayer"
    }
  };
});
