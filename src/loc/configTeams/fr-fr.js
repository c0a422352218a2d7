define([], function() {
  return {
    "teamsConfig": {
      "heading": "Équipes et horaires",
      "intro": "Les équipes de support, leurs horaires, jours fériés et périodes d'examens."
    }
  };
});
