define([], function() {
  return {
    "authoring": {
      "title": "Rédaction d'articles",
      "loading": "Chargement…",
      "loadFailed": "La page n'a pas pu être chargée. Vérifiez votre connexion puis réessayez.",
      "retry": "Réessayer",
      "notAllowed": "Cette page est réservée aux contributeurs et aux relecteurs de la base de connaissances. Pour écrire des articles, demandez aux propriétaires du centre d'aide de vous ajouter au groupe « Contributeurs du centre d'aide ».",
      "navLabel": "Rédaction",
      "queueLink": "Ma file",
      "newArticleLink": "Nouvel article"
    }
  };
});
