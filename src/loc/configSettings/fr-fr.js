define([], function() {
  return {
    "settingsConfig": {
      "heading": "Réglages",
      "intro": "Les délais, les limites et les coordonnées du support que le centre d'aide applique. Chaque section s'enregistre à part.",
      "loading": "Chargement des réglages…",
      "sectionsNav": "Sections des réglages",
      "readFailed": "Les réglages n'ont pas pu être lus.",
      "save": "Enregistrer : {0}",
      "saving": "Enregistrement…",
      "saved": "Réglage enregistré : {0}.",
      "saveFailed": "L'enregistrement a échoué.",
      "errorSummary": "Corrigez les valeurs suivantes :",
      "fieldProblem": "{0} : {1}",
      "missing": "Ce réglage n'existe pas encore sur ce site : les valeurs par défaut du produit s'appliquent et sont affichées. Enregistrer le crée.",
      "malformed": "La valeur enregistrée de ce réglage est illisible (JSON invalide ou d'une autre forme) : le centre d'aide applique les valeurs par défaut du produit, affichées ici. Enregistrer remplace la valeur illisible.",
      "lastSaved": "Dernier enregistrement par {0}, le {1}.",
      "overwrite": "Enregistrer ma version quand même",
      "takeTheirs": "Reprendre sa version",
      "conflictTitle": "Quelqu'un a enregistré ce réglage pendant que vous le modifiiez.",
      "conflictBody": "Version de {0}, enregistrée le {1} :",
      "deletedMeanwhile": "Le réglage a été supprimé entre-temps : enregistrer le recrée.",
      "historyHeading": "Historique",
      "historyEmpty": "Aucune version enregistrée.",
      "historyEntry": "Version {0}, le {1}, par {2}",
      "unreadable": "valeur illisible",
      "problems": {
        "required": "Indiquez une valeur.",
        "notWhole": "Indiquez un nombre entier (sans virgule).",
        "range": "Indiquez un nombre entre {0} et {1}.",
        "reminderNotBefore": "La relance doit précéder la clôture sans suite : {1} jours ouvrés au plus.",
        "tooLong": "{1} caractères au plus.",
        "invalidPhone": "Un numéro ne contient que des chiffres (6 à 20), des espaces, des points, des tirets, des parenthèses et un + au début.",
        "invalidEmail": "Indiquez une adresse de courriel (nom@domaine.fr).",
        "invalidExtension": "« {2} » n'est pas une extension (un point, puis 1 à 16 lettres ou chiffres).",
        "blockedExtension": "« {2} » n'est jamais accepté : ces fichiers exécutent du code à l'ouverture.",
        "groupTooSmall": "Ligne {2} : un groupe compte au moins deux termes, séparés par des virgules.",
        "termTooLong": "Ligne {2} : un terme compte {1} caractères au plus.",
        "tooManyGroups": "{1} groupes au plus."
      },
      "delays": {
        "heading": "Délais",
        "intro": "Quand une demande se ferme d'elle-même.",
        "applies": "Le bureau du support lit ces délais à chaque chargement ou actualisation (son ménage clôt alors les demandes arrivées à échéance) ; les courriels qui annoncent ces délais les reprennent.",
        "resolvedToClosedDays": "Clôture d'une demande résolue (jours calendaires)",
        "resolvedToClosedHelp": "Jours calendaires après la résolution sans réouverture par le demandeur ; 0 : jamais automatiquement.",
        "awaitingUserReminderDays": "Relance du demandeur qui ne répond pas (jours ouvrés)",
        "reminderHelp": "Jours ouvrés du calendrier de l'équipe ; avant la clôture sans suite. Vide : pas de relance. Une seule relance par question, envoyée au demandeur (et à la personne concernée) quand un agent ouvre la page des demandes à traiter, avec la question posée et la date de clôture.",
        "awaitingUserToNoFollowUpDays": "Clôture « sans suite » (jours ouvrés)",
        "noFollowUpHelp": "Jours ouvrés du calendrier de l'équipe sans réponse du demandeur à une question du support ; 0 : jamais.",
        "describe": "Clôture après {0} · relance {1} · sans suite après {2}",
        "never": "jamais",
        "none": "aucune"
      },
      "attachments": {
        "heading": "Pièces jointes",
        "intro": "Ce que le formulaire de demande accepte en pièces jointes.",
        "applies": "Le formulaire de demande lit ces limites à chaque ouverture : un formulaire déjà ouvert garde les anciennes jusqu'à son rechargement.",
        "maxFileSizeMb": "Taille maximale d'un fichier (Mo)",
        "maxFileSizeHelp": "De 1 à 250 Mo : SharePoint n'accepte pas de pièce jointe plus grande sur un élément de liste.",
        "maxFiles": "Nombre maximal de fichiers par demande",
        "maxFilesHelp": "De 1 à 20.",
        "allowedExtensions": "Extensions acceptées",
        "allowedExtensionsHelp": "Séparées par des virgules (.pdf, .png, .docx). Les fichiers qui exécutent du code (.exe, .js, .bat…) restent toujours refusés.",
        "describe": "{0} Mo · {1} fichiers · {2}"
      },
      "contact": {
        "heading": "Coordonnées du support",
        "intro": "Les lignes téléphoniques, l'adresse de courriel et la note que l'accueil du centre d'aide affiche.",
        "applies": "L'accueil les lit à chaque chargement de la page.",
        "phone": "Téléphone du support",
        "examPhone": "Ligne examens",
        "phoneHelp": "Tel qu'il se compose : +33 1 23 45 67 89. Vide : la ligne n'est pas affichée.",
        "email": "Adresse de courriel du support",
        "noteFr": "Note (français)",
        "noteEn": "Note (anglais)",
        "noteHelp": "200 caractères au plus ; vide en anglais : la note française est affichée."
      },
      "desk": {
        "heading": "Accueil physique",
        "intro": "Où le support reçoit les personnes, affiché sur l'accueil du centre d'aide à côté des lignes téléphoniques.",
        "applies": "L'accueil le lit à chaque chargement de la page.",
        "fr": "Lieu (français)",
        "en": "Lieu (anglais)",
        "help": "200 caractères au plus ; une langue laissée vide reprend l'autre."
      },
      "hours": {
        "heading": "Horaires par défaut",
        "intro": "Les horaires d'une demande dont l'équipe n'a pas de calendrier : les horaires d'une équipe (Équipes et horaires) l'emportent sur ceux-ci.",
        "applies": "Le formulaire et l'accueil les lisent à chaque chargement ; le bureau du support à son chargement ou à son actualisation (échéances, horaires des courriels)."
      },
      "synonyms": {
        "heading": "Synonymes de la recherche",
        "intro": "Des groupes de termes équivalents : une recherche qui contient l'un d'eux cherche aussi les autres.",
        "applies": "Cette liste remplace celle du produit (affichée tant qu'aucune n'est enregistrée). La recherche d'articles — page des connaissances, barre d'aide, formulaire de demande — la lit à chaque chargement de page ; une très grande base, cherchée par la recherche SharePoint, ne l'applique pas.",
        "label": "Groupes de synonymes",
        "help": "Un groupe par ligne, ses termes séparés par des virgules ; accents et majuscules conservés (la recherche les ignore).",
        "describe": "{0} groupes"
      }
    }
  };
});
