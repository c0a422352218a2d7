define([], function() {
  return {
    "ideas": {
      "title": "Boîte à idées",
      "listHeading": "Idées proposées",
      "intro": "Proposez une amélioration, soutenez celles qui vous aideraient et suivez la réponse de l'équipe.",
      "loading": "Chargement…",
      "loadFailed": "La page n'a pas pu être chargée. Vérifiez votre connexion puis réessayez.",
      "retry": "Réessayer",
      "filters": "Filtrer les idées",
      "category": "Catégorie",
      "allCategories": "Toutes les catégories",
      "status": "État",
      "allStatuses": "Tous les états",
      "order": "Ordre",
      "top": "Les plus soutenues",
      "newest": "Les plus récentes",
      "empty": "Aucune idée ne correspond à ces filtres.",
      "shown": {
        "one": "{0} idée affichée",
        "other": "{0} idées affichées"
      },
      "more": "Afficher plus d'idées",
      "newIdea": "Proposer une idée",
      "support": "Soutenir ({0})",
      "voteDone": {
        "one": "Votre soutien est compté : {0} vote.",
        "other": "Votre soutien est compté : {0} votes."
      },
      "voteWithdrawn": {
        "one": "Votre soutien est retiré : {0} vote.",
        "other": "Votre soutien est retiré : {0} votes."
      },
      "voteFailed": "Votre vote n'a pas pu être enregistré. Réessayez.",
      "votes": {
        "one": "{0} vote",
        "other": "{0} votes"
      },
      "teamAnswer": "Réponse de l'équipe",
      "proposedBy": "Proposée par {0} le {1}",
      "fromRequest": "Issue de la demande n° {0}",
      "backToBox": "Retour à la boîte à idées",
      "notFound": "Cette idée n'existe pas ou a été retirée.",
      "supporters": "Ils soutiennent cette idée",
      "noSupporters": "Personne ne soutient encore cette idée.",
      "comments": "Commentaires",
      "noComments": "Aucun commentaire pour l'instant.",
      "commentLabel": "Votre commentaire",
      "commentSend": "Publier le commentaire",
      "commentSent": "Commentaire publié.",
      "commentFailed": "Le commentaire n'a pas pu être publié. Votre texte est conservé : réessayez.",
      "commentEmpty": "Écrivez un commentaire avant de le publier.",
      "answeredBy": "Répondu par {0} le {1}",
      "noAnswer": "L'équipe n'a pas encore répondu.",
      "history": "Historique",
      "historyStep": "{0} le {1} par {2}",
      "historyFailed": "L'historique n'a pas pu être chargé.",
      "fromTicketRunning": "Création de l'idée à partir de la demande…",
      "fromTicketFailed": "La demande n'a pas pu être transformée en idée. Seule l'équipe du support peut le faire, et seulement pour une demande d'évolution."
    },
    "ideaStatus": {
      "new": "Nouvelle",
      "under_study": "À l'étude",
      "planned": "Prévue",
      "done": "Réalisée",
      "declined": "Non retenue"
    },
    "ideaForm": {
      "heading": "Proposer une idée",
      "titleLabel": "Titre de l'idée",
      "descriptionLabel": "Description",
      "descriptionHelp": "Ce que vous proposez, et ce que cela changerait pour vous.",
      "categoryLabel": "Catégorie",
      "categoryPlaceholder": "Choisissez une catégorie",
      "submit": "Envoyer l'idée",
      "cancel": "Annuler",
      "sending": "Envoi en cours…",
      "summaryTitle": "Corrigez les points suivants :",
      "titleRequired": "Donnez un titre à votre idée.",
      "titleTooLong": "Le titre dépasse 255 caractères.",
      "descriptionRequired": "Décrivez votre idée.",
      "descriptionTooShort": "Décrivez votre idée en quelques mots de plus (10 caractères au moins).",
      "descriptionTooLong": "La description dépasse 4 000 caractères.",
      "categoryRequired": "Choisissez une catégorie.",
      "failed": "Votre idée n'a pas pu être envoyée. Elle est conservée : réessayez, elle ne sera pas enregistrée deux fois.",
      "sent": "Merci ! Votre idée « {0} » est publiée.",
      "draftRestored": "Votre brouillon a été restauré.",
      "loadingForm": "Chargement du formulaire…"
    },
    "ideaTeam": {
      "heading": "Changer l'état",
      "newStatus": "Nouvel état",
      "chooseStatus": "Choisissez un état",
      "answer": "Réponse à l'auteur et aux votants",
      "answerHelp": "Elle leur est envoyée par courriel. Obligatoire pour une idée non retenue.",
      "save": "Enregistrer et informer",
      "saving": "Enregistrement…",
      "saved": {
        "one": "État enregistré. {0} personne informée par courriel.",
        "other": "État enregistré. {0} personnes informées par courriel."
      },
      "mailsFailed": "État enregistré. Des courriels n'ont pas pu partir : ils seront renvoyés à votre prochaine visite.",
      "conflict": "Quelqu'un a changé cette idée entre-temps. Son état a été relu : vérifiez-le puis réessayez. Votre réponse est conservée.",
      "answerRequired": "Une idée non retenue demande une réponse : dites pourquoi.",
      "answerTooLong": "La réponse dépasse 4 000 caractères.",
      "notAllowed": "Ce changement d'état n'est pas possible.",
      "notTeam": "Seule l'équipe du support peut changer l'état d'une idée.",
      "failed": "L'état n'a pas pu être enregistré. Votre réponse est conservée : réessayez.",
      "final": "Cette idée est réalisée : son état ne change plus.",
      "loadingForm": "Chargement…"
    }
  };
});
