define([], function() {
  return {
    "articleKeywords": {
      "heading": "Mots-clés",
      "help": "Les termes qui distinguent cet article des autres articles de la base. Acceptez ou refusez chaque suggestion, ou ajoutez vos propres mots-clés.",
      "suggestionsLabel": "Mots-clés suggérés",
      "acceptedLabel": "Mots-clés de l'article",
      "noKeywords": "Aucun mot-clé pour l'instant.",
      "noSuggestions": "Pas de suggestion pour l'instant : écrivez le titre, le résumé et le texte de l'article.",
      "loading": "Analyse des articles publiés…",
      "unavailable": "Les suggestions sont indisponibles (les articles publiés n'ont pas pu être lus) : vous pouvez ajouter des mots-clés vous-même.",
      "accept": "Accepter « {0} »",
      "reject": "Refuser « {0} »",
      "remove": "Retirer « {0} »",
      "addLabel": "Ajouter un mot-clé",
      "add": "Ajouter",
      "duplicate": "« {0} » est déjà un mot-clé de l'article.",
      "announce": {
        "one": "{0} nouvelle suggestion de mot-clé",
        "other": "{0} nouvelles suggestions de mots-clés"
      },
      "accepted": "Mot-clé « {0} » ajouté",
      "rejected": "Suggestion « {0} » refusée",
      "removed": "Mot-clé « {0} » retiré"
    },
    "similarArticles": {
      "heading": "Articles semblables",
      "help": "Un article répond peut-être déjà à cette question : vérifiez avant d'en écrire un nouveau.",
      "count": {
        "one": "{0} article semblable",
        "other": "{0} articles semblables"
      },
      "none": "Aucun article semblable",
      "newTab": "(s'ouvre dans un nouvel onglet)",
      "languages": {
        "fr": "français",
        "en": "anglais"
      },
      "noCategory": "Sans catégorie"
    },
    "articleReview": {
      "heading": "Relecture",
      "publish": "Publier",
      "reviewDateLabel": "Date de relecture",
      "reviewDateHelp": "À cette date, le responsable de l'article recevra un rappel pour le vérifier.",
      "pickDate": "Choisir une date",
      "sendBack": "Renvoyer à l'auteur",
      "commentLabel": "Commentaire pour l'auteur",
      "commentHelp": "Ce qu'il faut changer avant la publication. L'auteur le lira avec son brouillon.",
      "confirmSendBack": "Renvoyer le brouillon",
      "cancel": "Annuler",
      "retry": "Réessayer",
      "publishing": "Publication en cours…",
      "sendingBack": "Renvoi en cours…",
      "ownArticle": "Vous avez écrit ce brouillon : un autre relecteur doit le publier (relecture à quatre yeux). Vous pouvez encore le renvoyer ou le modifier.",
      "notReviewer": "Vous n'êtes pas relecteur de la catégorie de cet article : un relecteur ou un propriétaire du site le publiera.",
      "notInReview": "Ce brouillon n'est pas en relecture.",
      "published": "L'article est publié.",
      "sentBack": "Le brouillon est renvoyé à son auteur avec votre commentaire.",
      "mails": {
        "sent": "Les personnes concernées ont été informées par courriel.",
        "deferred": "Aucun courriel n'est parti (votre compte ne peut pas écrire dans la boîte d'envoi du centre d'aide) : l'auteur verra le résultat sur la page des contributeurs ; prévenez-le vous-même si c'est urgent.",
        "none": "Aucun courriel n'était à envoyer.",
        "failed": "L'étape est enregistrée, mais le courriel n'est pas parti : il sera renvoyé automatiquement."
      },
      "errors": {
        "notAllowed": "Vous ne pouvez pas faire cette action sur ce brouillon.",
        "invalidStatus": "Ce brouillon n'est plus en relecture (quelqu'un l'a déjà publié, renvoyé ou repris). Rechargez la page pour voir son état.",
        "commentRequired": "Écrivez ce que l'auteur doit changer : le commentaire est obligatoire.",
        "ownArticle": "Vous avez écrit ce brouillon : un autre relecteur doit le publier.",
        "reviewDateInPast": "Choisissez une date de relecture à venir.",
        "conflict": "Le brouillon a été modifié pendant votre relecture : rien n'a été enregistré. Rechargez la page pour relire la dernière version.",
        "failed": "L'action n'a pas abouti (problème de connexion ou de serveur). Rien n'est perdu : réessayez."
      },
      "datePicker": {
        "months": [
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre"
        ],
        "shortMonths": [
          "janv.",
          "févr.",
          "mars",
          "avr.",
          "mai",
          "juin",
          "juil.",
          "août",
          "sept.",
          "oct.",
          "nov.",
          "déc."
        ],
        "days": [
          "dimanche",
          "lundi",
          "mardi",
          "mercredi",
          "jeudi",
          "vendredi",
          "samedi"
        ],
        "shortDays": [
          "D",
          "L",
          "M",
          "M",
          "J",
          "V",
          "S"
        ],
        "goToToday": "Aujourd'hui",
        "prevMonthAriaLabel": "Mois précédent",
        "nextMonthAriaLabel": "Mois suivant",
        "prevYearAriaLabel": "Année précédente",
        "nextYearAriaLabel": "Année suivante",
        "closeButtonAriaLabel": "Fermer le calendrier",
        "isRequiredErrorMessage": "Choisissez une date.",
        "invalidInputErrorMessage": "Saisissez une date au format jj/mm/aaaa."
      }
    },
    "articleEditor": {
      "toolbar": "Mise en forme du texte",
      "heading2": "Titre de section",
      "heading3": "Sous-titre",
      "bold": "Gras",
      "italic": "Italique",
      "bulletList": "Liste à puces",
      "numberedList": "Liste numérotée",
      "link": "Lien",
      "quote": "Citation",
      "code": "Code",
      "undo": "Annuler",
      "redo": "Rétablir",
      "withShortcut": "{0} ({1})",
      "keyboardHelp": "Alt+F10 : barre de mise en forme ; Ctrl+K : insérer un lien ; Échap : revenir au texte.",
      "imageDescription": "Description de l'image",
      "imageDescriptionHelp": "Ce que montre l'image, pour qui ne la voit pas. Laissez vide si elle est décorative.",
      "apply": "Appliquer",
      "linkAddress": "Adresse du lien",
      "linkAddressHelp": "Une adresse web (https://…) ou de courriel.",
      "linkInsert": "Insérer le lien",
      "linkRemove": "Retirer le lien",
      "linkCancel": "Annuler",
      "linkInvalid": "Saisissez une adresse commençant par https://, http:// ou mailto:, ou une adresse de courriel.",
      "loading": "Chargement de l'éditeur…",
      "imagesUploading": "Envoi des images en cours : {0}",
      "imageTooLarge": "« {0} » dépasse 5 Mo : l'image n'a pas été ajoutée. Réduisez-la puis collez-la de nouveau.",
      "imageNotImage": "« {0} » n'est pas une image (PNG, JPEG, GIF ou WebP) : le fichier n'a pas été ajouté.",
      "imageFailed": "L'image « {0} » n'a pas pu être enregistrée ; votre texte est conservé. Collez-la de nouveau.",
      "imageFromOtherSite": "Les images venant d'un autre site ou d'un fichier local ne sont pas reprises. Enregistrez-les puis collez-les ou déposez-les ici.",
      "imageFileName": "image",
      "dismiss": "Fermer le message"
    },
    "articleTemplates": {
      "names": {
        "howto": "Procédure pas à pas",
        "troubleshooting": "Résolution de problème",
        "faq": "Question fréquente",
        "known_issue": "Problème connu",
        "exam_procedure": "Procédure d'examen"
      },
      "sections": {
        "goal": "Objectif",
        "prerequisites": "Prérequis",
        "steps": "Étapes",
        "result": "Résultat attendu",
        "symptoms": "Symptômes",
        "cause": "Cause",
        "solution": "Solution",
        "workaround": "Contournement",
        "answer": "Réponse",
        "details": "Pour aller plus loin",
        "affected": "Qui est concerné",
        "currentStatus": "État actuel",
        "when": "Quand l'appliquer",
        "beforeExam": "Avant l'examen",
        "duringExam": "Pendant l'examen",
        "incident": "En cas d'incident",
        "contacts": "Contacts",
        "moreHelp": "Besoin d'aide ?"
      }
    }
  };
});
