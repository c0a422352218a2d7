define([], function() {
  return {
    "helpBar": {
      "searchLabel": "Rechercher dans l'aide",
      "searchPlaceholder": "Votre question (mot de passe, Wi-Fi…)",
      "searchButton": "Rechercher",
      "requestLink": "Faire une demande",
      "myRequestsLink": "Mes demandes",
      "announcementsLabel": "Annonces en cours",
      "labelSeparator": " : ",
      "regionLabel": "Barre d'aide",
      "helpCenterLink": "Centre d'aide"
    }
  };
});
