define([], function() {
  return {
    "settingsConfig": {
      "heading": "Réglages",
      "intro": "Les délais, les limites et les coordonnées du support que le centre d'aide applique.",
      "loading": "Chargement des réglages…"
    }
  };
});
