define([], function() {
  return {
    "helpBar": {
      "searchLabel": "Rechercher dans l'aide",
      "searchPlaceholder": "Une question ? (mot de passe, Wi-Fi, Moodle…)",
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
