define([], function() {
  return {
    "announcementsConfig": {
      "heading": "Annonces",
      "intro": "Les annonces que la barre d'aide et l'accueil montrent : incidents en cours, maintenances prévues, informations.",
      "loading": "Chargement des annonces…",
      "currentHeading": "En cours et à venir",
      "pastHeading": "Terminées récemment",
      "noCurrent": "Aucune annonce en cours ni à venir.",
      "noPast": "Aucune annonce terminée.",
      "moreCurrentButton": "Afficher plus d'annonces en cours et à venir",
      "moreButton": "Afficher plus d'annonces terminées",
      "addButton": "Ajouter une annonce",
      "readFailed": "Impossible de lire les annonces.",
      "editLabel": "Modifier l'annonce « {0} »",
      "phases": {
        "current": "En cours",
        "upcoming": "À venir",
        "ended": "Terminée"
      },
      "period": "Du {0} au {1}",
      "periodFromOnly": "Depuis le {0}",
      "audiences": {
        "everyone": "Tout le monde",
        "requesters": "Les demandeurs (hors équipe de support)",
        "support": "L'équipe de support",
        "contributors": "Les contributeurs de la base de connaissances"
      },
      "languages": {
        "fr": "Français",
        "en": "Anglais",
        "both": "Les deux langues"
      },
      "fieldProblem": "{0} : {1}",
      "problemValue": "Demande n° {0} — {1}",
      "shown": {
        "one": "{0} annonce affichée.",
        "other": "{0} annonces affichées."
      },
      "newTitle": "Nouvelle annonce",
      "editTitle": "Modifier l'annonce",
      "close": "Fermer",
      "fields": {
        "title": "Titre",
        "body": "Message",
        "severity": "Gravité",
        "start": "Début",
        "end": "Fin",
        "audience": "Public",
        "language": "Langue",
        "problem": "Problème lié"
      },
      "bodyHelp": "Texte simple, sur plusieurs lignes si besoin (pas de HTML) : la barre d'aide et l'accueil l'affichent tel quel.",
      "day": "Date",
      "time": "Heure",
      "timeHelp": "HH:MM, sur 24 heures",
      "timeZone": "Dates et heures dans le fuseau horaire de votre navigateur : {0}.",
      "spanHelp": "La fin suit le début, au plus {0} jours après.",
      "audienceHelp": "Un filtre de ce qui est montré, pas une sécurité : toute personne qui lit la liste des annonces peut la lire.",
      "languageHelp": "« Les deux langues » : montrée quelle que soit la langue de la page.",
      "problemHelp": "Publiée depuis le bureau du support ; le lien se change depuis le problème.",
      "problems": {
        "required": "Ce champ est obligatoire.",
        "tooLong": "Ce texte est trop long (255 caractères au plus pour le titre, 1000 pour le message).",
        "markup": "Texte simple seulement : retirez les balises HTML (< … >).",
        "unknownChoice": "Choisissez une valeur de la liste.",
        "invalidDate": "Saisissez une date (jj/mm/aaaa) et une heure (HH:MM) valides.",
        "endBeforeStart": "La fin doit être après le début.",
        "endPast": "Cette fin est déjà passée : l'annonce ne serait jamais montrée.",
        "spanTooLong": "Une annonce dure au plus 90 jours : pour une information durable, écrivez un article."
      },
      "errorSummary": "Corrigez les champs signalés :",
      "save": "Enregistrer",
      "saving": "Enregistrement…",
      "cancel": "Annuler",
      "saved": "L'annonce « {0} » est enregistrée.",
      "saveFailed": "L'enregistrement n'a pas abouti. Vos saisies sont conservées : réessayez.",
      "endNow": "Terminer maintenant",
      "ended": "L'annonce « {0} » est terminée : la barre d'aide et l'accueil ne la montrent plus.",
      "remove": "Supprimer",
      "removeTitle": "Supprimer l'annonce ?",
      "removeBody": "« {0} » sera supprimée avec son historique. Pour la retirer de la barre en gardant sa trace, choisissez plutôt « Terminer maintenant ».",
      "confirmRemove": "Supprimer définitivement",
      "removed": "L'annonce « {0} » est supprimée.",
      "draftRestored": "Votre saisie non enregistrée a été restaurée.",
      "conflictTitle": "Quelqu'un a modifié cette annonce pendant que vous l'éditiez.",
      "conflictBody": "Version de {0}, le {1} :",
      "overwrite": "Enregistrer ma version quand même",
      "takeTheirs": "Reprendre sa version",
      "deletedMeanwhile": "Cette annonce a été supprimée entre-temps.",
      "historyHeading": "Historique",
      "historyEmpty": "Aucune version enregistrée.",
      "historyEntry": "Version {0}, le {1} par {2}",
      "previewHeading": "Aperçu dans la barre d'aide",
      "previewHelp": "Telle que la barre d'aide la montrera en haut des pages (une ligne ; un clic l'ouvre en entier).",
      "previewSeparator": " : ",
      "previewDismiss": "Masquer l'annonce « {0} »",
      "datePicker": {
        "goToToday": "Aujourd'hui",
        "prevMonth": "Mois précédent",
        "nextMonth": "Mois suivant",
        "prevYear": "Année précédente",
        "nextYear": "Année suivante",
        "closeButton": "Fermer le calendrier",
        "invalid": "Saisissez une date au format jj/mm/aaaa."
      }
    }
  };
});
