define([], function() {
  return {
    "announcementsConfig": {
      "heading": "Annonces",
      "intro": "Les annonces que la barre d'aide et l'accueil montrent : incidents en cours, maintenances prévues, informations.",
      "loading": "Chargement des annonces…"
    }
  };
});
