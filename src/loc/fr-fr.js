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
    "workbench": {
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
