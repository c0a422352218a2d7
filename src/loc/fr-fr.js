define([], function() {
  return {
    "common": {
      "loading": "Chargement…",
      "retry": "Réessayer",
      "errorTitle": "Une erreur est survenue.",
      "errorCause": "Cause : {0}",
      "unexpectedError": "Cette partie de la page n'a pas pu s'afficher. Rechargez la page ; si le problème persiste, signalez-le au support.",
      "empty": "Rien à afficher pour le moment."
    },
    "ticketStatus": {
      "new": "Nouvelle",
      "taken_in_charge": "Prise en charge",
      "in_progress": "En cours",
      "awaiting_user": "En attente de votre réponse",
      "resolved": "Résolue",
      "closed": "Clôturée",
      "no_follow_up": "Close sans suite"
    },
    "ticketKind": {
      "assistance": "Demande d'assistance",
      "anomaly": "Anomalie",
      "evolution": "Demande d'évolution",
      "problem": "Problème"
    },
    "ticketSeverity": {
      "malfunction": "Dysfonctionnement",
      "installation": "Installation",
      "update": "Mise à jour",
      "repair": "Réparation",
      "change": "Modification"
    },
    "incidentType": {
      "software": "Logiciel",
      "hardware": "Matériel",
      "internet": "Internet",
      "whiteboard": "Tableau interactif",
      "wifi": "Wi-Fi",
      "other": "Autre"
    },
    "ticketPriority": {
      "low": "Basse",
      "normal": "Normale",
      "high": "Haute",
      "critical": "Critique"
    },
    "supportLevel": {
      "L1": "Niveau 1",
      "L2": "Niveau 2",
      "L3": "Niveau 3"
    },
    "ticketChannel": {
      "portal": "Portail",
      "phone": "Téléphone",
      "email": "Courriel",
      "teams": "Teams",
      "desk": "Accueil (guichet)"
    },
    "language": {
      "fr": "Français",
      "en": "Anglais"
    },
    "articleStatus": {
      "draft": "Brouillon",
      "in_review": "En relecture",
      "published": "Publié",
      "outdated": "Obsolète"
    },
    "articleKind": {
      "faq": "Question fréquente",
      "howto": "Mode d'emploi",
      "troubleshooting": "Résolution de problème",
      "known_issue": "Problème connu"
    },
    "locationKind": {
      "room": "Salle",
      "equipment": "Équipement",
      "service": "Service"
    },
    "announcementSeverity": {
      "info": "Information",
      "warning": "Avertissement",
      "outage": "Panne en cours"
    },
    "expertAvailability": {
      "available": "Disponible",
      "busy": "Occupé",
      "away": "Absent"
    },
    "setup": {
      "title": "Installation du centre d'aide",
      "intro": "Cette page vérifie que le site contient tout ce dont le centre d'aide a besoin (listes, champs, index, paramètres, permissions, groupes) et installe ou répare ce qui manque. Vous pouvez la relancer sans risque : elle ne modifie que ce qui diffère.",
      "checking": "Vérification du site…",
      "ready": "Le centre d'aide est prêt.",
      "notReady": "Le centre d'aide n'est pas encore prêt.",
      "listsReady": { "one": "{0} liste prête", "other": "{0} listes prêtes" },
      "itemsToFix": { "one": "{0} élément à installer ou corriger", "other": "{0} éléments à installer ou corriger" },
      "nothingToFix": "rien à installer",
      "applyButton": "Installer / réparer",
      "applying": "Installation en cours…",
      "progressDescription": "{0} sur {1} : {2}",
      "announceStart": "Installation démarrée.",
      "announceProgress": "Installation : {0} % effectués.",
      "announceDone": "Installation terminée : le centre d'aide est prêt.",
      "announceDoneWithErrors": "Installation terminée, mais certaines étapes ont échoué.",
      "notOwner": "Seuls les propriétaires du site peuvent installer le centre d'aide. Demandez à un propriétaire du site de lancer l'installation, ou de vous ajouter au groupe des propriétaires.",
      "inspectFailed": "Impossible de lire l'état du site.",
      "applyFailed": "L'installation n'a pas abouti.",
      "stepErrors": "Certaines étapes ont échoué :",
      "stepError": "{0} : {1}",
      "detailsHeading": "Détail par liste",
      "siteGroup": "Site (groupes, niveaux d'autorisation, accès)",
      "groupSummary": "{0} sur {1} prêts",
      "expectedActual": "attendu : {0} ; actuel : {1}",
      "expected": "attendu : {0}",
      "checkKind": {
        "list": "Liste",
        "field": "Champ",
        "index": "Index",
        "unique": "Valeurs uniques",
        "listSetting": "Paramètre de liste",
        "permissions": "Permissions de la liste",
        "grant": "Autorisation sur la liste",
        "group": "Groupe",
        "roleDefinition": "Niveau d'autorisation",
        "webGrant": "Autorisation sur le site"
      },
      "checkStatus": {
        "ok": "Prêt",
        "missing": "Manquant",
        "different": "À corriger"
      }
    },
    "helpBar": {
      "regionLabel": "Barre d'aide",
      "helpCenterLink": "Centre d'aide"
    },
    "ticketForm": {
      "screenshotAndAttachments": "Capture d'écran et pièces jointes",
      "fileSize": "{0} Ko",
      "screenshotError": "Capture d'écran : {0}",
      "title": "Faire une demande",
      "intro": "Décrivez votre besoin : votre demande sera suivie par une seule personne de l'équipe concernée jusqu'à sa résolution.",
      "loading": "Chargement du formulaire…",
      "loadFailed": "Le formulaire n'a pas pu être chargé.",
      "kindLabel": "Nature de la demande",
      "kindHelp": {
        "assistance": "J'ai besoin d'aide ou d'une information",
        "anomaly": "Quelque chose ne fonctionne pas",
        "evolution": "Je propose une amélioration ou un changement",
        "problem": "Problème (réservé au support)"
      },
      "categoryLabel": "Catégorie",
      "categoryPlaceholder": "Choisissez une catégorie",
      "titleLabel": "Titre",
      "titlePlaceholder": "En quelques mots, par exemple : « Vidéoprojecteur en panne en salle B204 »",
      "descriptionLabel": "Description",
      "descriptionPlaceholder": "Que se passe-t-il ? Depuis quand ? Qu'avez-vous déjà essayé ?",
      "courseLabel": "Cours ou épreuve concerné",
      "locationLabel": "Salle ou service",
      "locationPlaceholder": "Choisissez une salle ou un service",
      "equipmentLabel": "Équipement",
      "equipmentPlaceholder": "Choisissez l'équipement de la salle",
      "incidentTypeLabel": "Type d'incident",
      "severityLabel": "Type d'intervention",
      "priorityLabel": "Priorité",
      "choose": "Choisissez",
      "screenshotLabel": "Capture d'écran",
      "screenshotHelp": "Pour une épreuve en ligne, joignez une capture d'écran où votre nom est visible : elle sera renommée à votre nom, avec le cours et l'heure.",
      "attachmentsLabel": "Pièces jointes",
      "attachmentsHelp": "Collez une capture (Ctrl+V), glissez-déposez des fichiers ou choisissez-les. {0} fichiers au plus, {1} Mo chacun.",
      "chooseFiles": "Choisir des fichiers",
      "removeFile": "Retirer {0}",
      "pastedScreenshot": "Capture collée",
      "watchersLabel": "Personnes à informer",
      "watchersHelp": "Par exemple votre enseignant ou votre référent : ils recevront un courriel à chaque étape.",
      "peopleSearchPlaceholder": "Nom ou adresse (2 lettres au moins)",
      "peopleNoResult": "Personne ne correspond à « {0} ».",
      "removePerson": "Retirer {0}",
      "onBehalfHeading": "Saisie par le support",
      "beneficiaryLabel": "Demande faite pour",
      "channelLabel": "Reçue par",
      "suggestionsHeading": "Ces articles répondent peut-être à votre question",
      "suggestionSolved": "Cela a résolu mon problème",
      "suggestionOpen": "Lire « {0} »",
      "deflected": "Tant mieux ! Votre demande n'a pas été envoyée et votre brouillon est effacé.",
      "submit": "Envoyer la demande",
      "submitting": "Envoi en cours…",
      "draftRestored": "Nous avons retrouvé le brouillon que vous aviez commencé le {0}.",
      "discardDraft": "Effacer le brouillon",
      "draftSaved": "Brouillon enregistré sur cet appareil.",
      "fixErrors": "La demande n'a pas été envoyée : {0} champ(s) à corriger.",
      "submitFailed": "La demande n'a pas pu être envoyée. Votre saisie est conservée : réessayez dans un instant.",
      "retry": "Réessayer l'envoi",
      "required": "Ce champ est obligatoire.",
      "tooLong": "{0} caractères au plus.",
      "fileTooLarge": "« {0} » dépasse {1} Mo.",
      "fileTypeNotAllowed": "« {0} » : ce type de fichier n'est pas accepté.",
      "fileBlocked": "« {0} » : les programmes ne sont jamais acceptés.",
      "fileEmpty": "« {0} » est vide.",
      "fileDuplicate": "« {0} » est déjà joint.",
      "tooManyFiles": "{0} fichiers au plus.",
      "confirmationTitle": "Demande n°{0} enregistrée",
      "confirmationNext": "Un membre de l'équipe {0} va la prendre en charge et sera votre seul interlocuteur.",
      "confirmationFirstResponse": "Première réponse attendue sous {0} h ouvrées.",
      "confirmationHours": "Horaires de l'équipe : {0}.",
      "confirmationEmail": "Un courriel de confirmation vous a été envoyé, ainsi qu'aux personnes informées.",
      "confirmationEmailFailed": "La demande est enregistrée, mais le courriel de confirmation n'a pas pu partir : il sera renvoyé automatiquement.",
      "followLink": "Suivre mes demandes",
      "newRequest": "Faire une autre demande"
    },
    "ticketFormPane": {
      "description": "Réglages du formulaire de demande",
      "group": "Liens",
      "myTicketsUrl": "Page « Mes demandes » (lien de la confirmation et des courriels)",
      "helpCenterSiteUrl": "Site du centre d'aide",
      "helpCenterSiteUrlHelp": "Laisser vide si le centre d'aide est ce site."
    },
    "workbench": {
      "ticketFormTitle": "Faire une demande",
      "ticketFormDescription": "Le formulaire unique de demande d'aide (web part TicketForm).",
      "identityLabel": "Identité",
      "homeTitle": "Intranet – accueil",
      "webPartsHeading": "Composants du centre d'aide",
      "setupTitle": "Installation du centre d'aide",
      "setupDescription": "Pour les propriétaires du site : crée et répare les listes et les permissions.",
      "outboxTitle": "Boîte d'envoi (courriels envoyés)",
      "outboxDescription": "Les courriels que le centre d'aide a envoyés par Microsoft Graph.",
      "outboxEmpty": "Aucun courriel envoyé.",
      "outboxFromTo": "De {0} à {1}",
      "outboxSentAt": "Envoyé le"
    }
  };
});
