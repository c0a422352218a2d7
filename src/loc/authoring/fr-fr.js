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
    },
    "authoringQueue": {
      "sectionFailed": "Cette partie de la file n'a pas pu être lue. Rechargez la page plus tard ; si cela continue, prévenez les propriétaires du centre d'aide.",
      "loadingMore": "Lecture de la suite…",
      "sectionsLabel": "Ma file de travail",
      "countLabel": "({0})",
      "toReview": "À relire",
      "toReviewEmpty": "Aucun brouillon n'attend votre relecture.",
      "myDrafts": "Mes brouillons",
      "myDraftsEmpty": "Vous n'avez aucun brouillon en cours.",
      "signals": "Signalements des lecteurs",
      "signalsEmpty": "Aucun signalement des lecteurs ces {0} derniers jours.",
      "due": "À revoir",
      "dueEmpty": "Aucun article n'a dépassé sa date de relecture.",
      "gaps": "Recherches sans réponse",
      "gapsEmpty": "Aucune recherche sans réponse ces {0} derniers jours.",
      "gapsIntro": "Les recherches des {0} derniers jours qui n'ont rien trouvé ou se sont terminées par une demande d'aide, regroupées (les personnes qui ont cherché ne sont pas affichées).",
      "writeArticle": "Écrire l'article « {0} »",
      "searches": {
        "one": "{0} recherche",
        "other": "{0} recherches"
      },
      "noResults": {
        "one": "{0} sans résultat",
        "other": "{0} sans résultat"
      },
      "endedInTicket": {
        "one": "{0} terminée par une demande",
        "other": "{0} terminées par une demande"
      },
      "otherPhrasings": "Autres formulations :",
      "phrasingCount": "{0} ({1})",
      "gapLanguage": {
        "fr": "Recherches en français",
        "en": "Recherches en anglais"
      },
      "author": "Auteur :",
      "category": "Catégorie :",
      "noCategory": "Sans catégorie",
      "submitted": "Envoyé en relecture le {0}",
      "modified": "Modifié le {0}",
      "untitled": "Sans titre",
      "draftStatus": {
        "draft": "Brouillon",
        "review": "En relecture",
        "sentBack": "Renvoyé par le relecteur"
      },
      "reviewComment": "Commentaire du relecteur :",
      "outdatedFlags": {
        "one": "{0} signalement « obsolète »",
        "other": "{0} signalements « obsolète »"
      },
      "unhelpfulVotes": {
        "one": "{0} vote « pas utile » commenté",
        "other": "{0} votes « pas utile » commentés"
      },
      "signalOutdated": "Obsolète",
      "signalUnhelpful": "Pas utile",
      "signalOn": "le {0}",
      "noComment": "(sans commentaire)",
      "dueSince": "À relire depuis le {0}",
      "owner": "Responsable :",
      "articleNumber": "Article n° {0}"
    },
    "articleHistory": {
      "notFound": "Cet article n'existe pas ou vous ne pouvez pas le lire.",
      "back": "Retour à ma file",
      "state": "État actuel",
      "status": "Statut",
      "statuses": {
        "draft": "Brouillon",
        "in_review": "En relecture",
        "published": "Publié",
        "outdated": "Obsolète"
      },
      "category": "Catégorie",
      "noCategory": "Sans catégorie",
      "owner": "Responsable",
      "nobody": "Personne",
      "language": "Langue",
      "languages": {
        "fr": "Français",
        "en": "Anglais"
      },
      "reviewDate": "À relire le",
      "publishedAt": "Publié le",
      "none": "—",
      "readerPage": "Voir l'article comme les lecteurs",
      "translation": "Version {1} : {0}",
      "languageAdjective": {
        "fr": "française",
        "en": "anglaise"
      },
      "writeTranslation": {
        "fr": "Écrire la version française",
        "en": "Écrire la version anglaise"
      },
      "actions": "Actions",
      "edit": "Modifier (nouveau brouillon)",
      "rewrite": "Réécrire",
      "markOutdated": "Marquer comme obsolète",
      "outdatedReason": "Raison (facultative)",
      "confirmOutdated": "Confirmer : obsolète",
      "confirmReviewed": "Confirmer qu'il est à jour",
      "nextReviewDate": "Prochaine relecture le (facultatif, dans un an sinon)",
      "confirmReviewedSubmit": "Confirmer la relecture",
      "cancel": "Annuler",
      "working": "Enregistrement…",
      "markedOutdated": "L'article est marqué obsolète.",
      "reviewedConfirmed": "Relecture confirmée.",
      "errors": {
        "notAllowed": "Vous n'avez pas le droit de faire cela sur cet article.",
        "invalidStatus": "Cette action n'est pas possible dans l'état actuel de l'article. Rechargez la page.",
        "commentRequired": "Un commentaire est obligatoire.",
        "ownArticle": "Un autre relecteur doit faire cette étape.",
        "reviewDateInPast": "La date de relecture doit être dans le futur.",
        "conflict": "L'article a changé depuis l'ouverture de la page : rien n'a été écrasé. Rechargez la page pour voir sa dernière version.",
        "failed": "L'action a échoué. Vérifiez votre connexion puis réessayez."
      },
      "versions": "Versions",
      "versionsCaption": "Versions de l'article, la plus récente d'abord",
      "version": "Version",
      "by": "Par",
      "at": "Le",
      "current": "(actuelle)",
      "restore": "Restaurer la version {0}",
      "restoreConfirm": "Restaurer la version {0} ? Son texte remplacera le texte actuel ; une nouvelle version est créée et l'historique est conservé.",
      "restoreSubmit": "Restaurer",
      "restored": "La version {0} est restaurée.",
      "compare": "Comparer deux versions",
      "compareFrom": "Version de départ",
      "compareTo": "Version d'arrivée",
      "compareSubmit": "Comparer",
      "compareSame": "Choisissez deux versions différentes.",
      "compareResult": "Différences de la version {0} à la version {1}",
      "noChange": "Le texte est identique.",
      "unchanged": "inchangé",
      "fields": {
        "title": "Titre",
        "summary": "Résumé",
        "questions": "Autres formulations",
        "keywords": "Mots-clés",
        "body": "Texte"
      },
      "removed": "supprimé :",
      "added": "ajouté :",
      "diffEnd": "fin",
      "legend": "Barré : supprimé. Souligné : ajouté.",
      "phrasings": "Formulations apprises des lecteurs",
      "phrasingsIntro": "Des lecteurs ont cherché ces mots avant d'ouvrir cet article et de le trouver utile. Ajoutez-les à ses autres formulations (un brouillon de l'article, relu comme les autres) ou écartez-les.",
      "phrasingsEmpty": "Aucune formulation à proposer pour le moment.",
      "people": {
        "one": "{0} personne",
        "other": "{0} personnes"
      },
      "accept": "Ajouter « {0} »",
      "reject": "Écarter « {0} »",
      "rejected": "« {0} » est écartée (sur ce navigateur).",
      "signals": "Signalements des lecteurs",
      "signalsEmpty": "Aucun signalement des lecteurs sur cet article.",
      "signalOutdated": "Obsolète",
      "signalUnhelpful": "Pas utile",
      "noComment": "(sans commentaire)"
    }
  };
});
