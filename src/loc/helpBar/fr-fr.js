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
      "helpCenterLink": "Centre d'aide",
      "knowledgeLink": "Base de connaissances",
      "expertsLink": "Experts",
      "ideasLink": "Boîte à idées",
      "deskLink": "Bureau du support",
      "articlesLink": "Espace contributeurs",
      "setupLink": "Configuration du centre d'aide",
      "menuButton": "Pages de l'aide",
      "suggestionsLabel": "Articles suggérés",
      "suggestionCount": "{0} articles suggérés",
      "suggestionCountOne": "1 article suggéré",
      "noSuggestion": "Aucun article suggéré : Entrée cherche dans toute l'aide",
      "suggestionsFailed": "Les suggestions ne sont pas disponibles : Entrée cherche dans toute l'aide",
      "openCount": "{0} demandes en cours",
      "openCountOne": "1 demande en cours",
      "waitingCount": "dont {0} attendent votre réponse",
      "waitingCountOne": "dont 1 attend votre réponse",
      "dismissAnnouncement": "Masquer l'annonce « {0} »",
      "panelClose": "Fermer",
      "articlePanelTitle": "Article de l'aide",
      "requestPanelTitle": "Nouvelle demande",
      "fullPage": "Ouvrir la page de l'article",
      "panelLoading": "Chargement…",
      "panelFailed": "Le panneau n'a pas pu s'ouvrir. Vérifiez votre connexion puis réessayez."
    }
  };
});
