define([], function() {
  return {
    "experts": {
      "title": "Annuaire des experts",
      "loading": "Chargement…",
      "loadFailed": "La page n'a pas pu être chargée. Vérifiez votre connexion puis réessayez.",
      "retry": "R\u00e9essayer"
    }
  };
});
