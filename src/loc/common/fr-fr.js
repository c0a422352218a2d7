define([], function() {
  return {
    "common": {
      "dismiss": "Fermer le message",
      "loading": "Chargement…",
      "retry": "Réessayer",
      "errorTitle": "Une erreur est survenue.",
      "errorCause": "Cause : {0}",
      "unexpectedError": "Cette partie de la page n'a pas pu s'afficher. Rechargez la page ; si le problème persiste, signalez-le au support.",
      "helpCenterSiteMissing": "L'adresse du centre d'aide n'est pas définie : votre administrateur la définit dans la propriété de locataire HelpCenterSiteUrl, ou dans les propriétés de ce composant.",
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
    "deskStatus": {
      "new": "Nouvelle",
      "taken_in_charge": "Prise en charge",
      "in_progress": "En cours",
      "awaiting_user": "En attente du demandeur",
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
    "fields": {
      "requester": {
        "label": "Demandeur"
      },
      "beneficiary": {
        "label": "Pour le compte de"
      },
      "filedBy": {
        "label": "Saisie par"
      },
      "kind": {
        "label": "Type de demande"
      },
      "category": {
        "label": "Catégorie"
      },
      "course": {
        "label": "Cours ou épreuve concerné"
      },
      "location": {
        "label": "Lieu (salle ou service)"
      },
      "incidentType": {
        "label": "Type d'incident"
      },
      "severity": {
        "label": "Type d'intervention"
      },
      "priority": {
        "label": "Priorité"
      },
      "askedPriority": {
        "label": "Priorité demandée"
      },
      "channel": {
        "label": "Reçue par"
      },
      "team": {
        "label": "Équipe"
      },
      "level": {
        "label": "Niveau de support"
      },
      "assignedTo": {
        "label": "Interlocuteur"
      },
      "escalatedTo": {
        "label": "Escaladée à"
      },
      "createdAt": {
        "label": "Déposée le"
      },
      "dueAt": {
        "label": "Échéance"
      }
    },
    "fieldDisplay": {
      "heading": "Détails de la demande",
      "inBuilding": "{0} ({1})",
      "inRoom": "{0}, {1}",
      "unknown": "n° {0}"
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
    "durations": {
      "minutes": {
        "one": "min",
        "other": "min"
      },
      "hours": {
        "one": "h",
        "other": "h"
      },
      "businessDays": {
        "one": "jour ouvré",
        "other": "jours ouvrés"
      },
      "days": {
        "one": "jour",
        "other": "jours"
      }
    },
    "ticketFormPane": {
      "newRequestUrl": "Page « Faire une demande » (formulaire)",
      "description": "Réglages du formulaire de demande",
      "group": "Liens",
      "myTicketsUrl": "Page « Mes demandes » (lien de la confirmation et des courriels)",
      "helpCenterSiteUrl": "Site du centre d'aide",
      "helpCenterSiteUrlHelp": "Laisser vide si le centre d'aide est ce site."
    },
    "informed": {
      "heading": "Personnes prévenues",
      "requesterIntro": "Qui a été prévenu par courriel de chaque étape de cette demande.",
      "entryNoEmail": "{0} : {1}",
      "informedOn": "prévenu le {0}",
      "team": "l'équipe de support",
      "teamNamed": "l'équipe {0}",
      "none": "Personne n'a encore été prévenu.",
      "entry": "{0} ({1}) : {2}",
      "sent": "envoyé le {0}",
      "pending": "enregistré le {0}, en attente d'envoi",
      "failed": "enregistré le {0}, envoi en échec (nouvel essai prévu)",
      "loadFailed": "La liste des personnes prévenues n'a pas pu être chargée.",
      "events": {
        "file": "demande enregistrée",
        "takeInCharge": "prise en charge",
        "replyPublic": "réponse",
        "addInternalNote": "note interne",
        "askForInformation": "précision demandée",
        "requesterAnswered": "réponse du demandeur",
        "escalate": "escalade",
        "transfer": "transfert",
        "requestApproval": "validation demandée",
        "decideApproval": "décision de validation",
        "resolve": "résolution",
        "acceptResolution": "résolution acceptée",
        "reopen": "réouverture",
        "close": "clôture",
        "closeNoFollowUp": "clôture sans suite",
        "rate": "évaluation",
        "linkToProblem": "rattachement à un problème",
        "confirmWatchers": "personnes informées confirmées",
        "resolvedByProblem": "résolue avec le problème",
        "problemResolved": "problème résolu",
        "closedNoFollowUpAutomatically": "clôture sans suite automatique",
        "closedAutomatically": "clôture automatique",
        "awaitingUserReminder": "relance (réponse attendue)"
      }
    }
  };
});
