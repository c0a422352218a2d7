define([], function() {
  return {
    "reports": {
      "title": "Rapports du support",
      "loading": "Chargement des rapports…",
      "loadFailed": "Les rapports n'ont pas pu être chargés.",
      "retry": "Réessayer",
      "agentsOnly": "Les rapports sont réservés à l'équipe de support, aux responsables et aux propriétaires du centre d'aide.",
      "subscription": {
        "label": "Recevoir le résumé mensuel par courriel",
        "help": "Au début de chaque mois, les chiffres du mois écoulé : demandes reçues et résolues, délais, respect des délais cibles, satisfaction et libre-service, avec un lien vers ce mois-là.",
        "loading": "Lecture de votre abonnement…",
        "loadFailed": "Votre abonnement au résumé mensuel n'a pas pu être lu.",
        "subscribed": "C'est noté : vous recevrez le résumé mensuel.",
        "unsubscribed": "C'est noté : vous ne recevrez plus le résumé mensuel.",
        "conflict": "Votre choix a été modifié entre-temps (dans un autre onglet ?) : il est affiché tel qu'il est enregistré.",
        "saveFailed": "Votre choix n'a pas pu être enregistré. Réessayez."
      },
      "controls": "Période et filtres",
      "period": "Période",
      "periods": {
        "thisMonth": "Ce mois-ci",
        "lastMonth": "Le mois dernier",
        "examSession": "La dernière session d'examens",
        "range": "Des dates choisies"
      },
      "from": "Du",
      "to": "Au",
      "periodErrors": {
        "invalidDate": "Saisissez deux dates valides.",
        "endBeforeStart": "La date de fin précède la date de début.",
        "noExamSession": "Le calendrier du support ne contient aucune session d'examens."
      },
      "sessionShown": "Session : {0}, du {1} au {2}",
      "filters": "Filtres",
      "all": "Sans filtre",
      "team": "Équipe",
      "level": "Niveau",
      "category": "Catégorie",
      "kind": "Nature",
      "channel": "Canal",
      "location": "Lieu ou équipement",
      "priority": "Priorité",
      "print": "Imprimer",
      "summary": "{0}, {1}, {2}.",
      "summaryReceived": {"one": "{0} demande reçue", "other": "{0} demandes reçues"},
      "summaryResolved": {"one": "{0} résolue", "other": "{0} résolues"},
      "summaryOpen": {"one": "{0} en cours aujourd'hui", "other": "{0} en cours aujourd'hui"},
      "updating": "Mise à jour des chiffres…",
      "none": "Non renseigné",
      "noData": "Aucune donnée pour cette période.",
      "exportCsv": "Exporter en CSV : {0}",
      "count": "Nombre",
      "share": "Part",
      "flow": {
        "heading": "Demandes reçues et résolues",
        "byMonth": "Reçues et résolues par mois",
        "byWeek": "Reçues et résolues par semaine",
        "month": "Mois",
        "week": "Semaine",
        "received": "Reçues",
        "resolved": "Résolues",
        "chart": "Graphique des demandes reçues et résolues par mois"
      },
      "typology": {
        "heading": "Typologie des demandes reçues",
        "byCategory": "Par catégorie",
        "byKind": "Par nature",
        "byPriority": "Par priorité",
        "byLocation": "Par lieu ou équipement",
        "byChannel": "Par canal",
        "byTeam": "Par équipe",
        "byLevel": "Par niveau"
      },
      "work": {
        "heading": "Travail réalisé et charge",
        "doneByAgent": "Demandes résolues par interlocuteur",
        "doneByTeam": "Demandes résolues par équipe",
        "loadByAgent": "Demandes en cours par interlocuteur",
        "loadByTeam": "Demandes en cours par équipe",
        "agent": "Interlocuteur",
        "unassigned": "Sans interlocuteur",
        "resolved": "Résolues",
        "open": "En cours"
      },
      "backlog": {
        "heading": "Demandes en cours",
        "caption": "Demandes en cours par ancienneté",
        "age": "Ancienneté",
        "ages": {
          "lt1d": "Moins d'un jour",
          "d1to3": "1 à 3 jours",
          "d3to7": "3 à 7 jours",
          "d7to30": "7 à 30 jours",
          "gt30d": "Plus de 30 jours"
        }
      },
      "times": {
        "heading": "Délais et engagements de service",
        "caption": "Délais en heures ouvrées",
        "measure": "Délai",
        "firstResponse": "Première réponse",
        "resolution": "Résolution",
        "median": "Médiane",
        "p90": "90 % en moins de",
        "businessHours": "heures ouvrées de l'équipe",
        "slaByTeam": "Respect des délais par équipe",
        "slaByCategory": "Respect des délais par catégorie",
        "firstMet": "1re réponse dans les délais",
        "firstBreached": "1re réponse en retard",
        "resolutionMet": "Résolution dans les délais",
        "resolutionBreached": "Résolution en retard",
        "compliance": "Taux de respect"
      },
      "rates": {
        "heading": "Escalades, réouvertures et sans suite",
        "caption": "Taux de la période",
        "measure": "Indicateur",
        "escalation": "Demandes escaladées",
        "reopen": "Demandes rouvertes",
        "noFollowUp": "Demandes closes sans suite",
        "of": "Sur",
        "rate": "Taux"
      },
      "satisfaction": {
        "heading": "Satisfaction",
        "distribution": "Répartition des notes",
        "rating": "Note",
        "average": "Note moyenne : {0} sur 5 ({1} avis)",
        "comments": "Commentaires",
        "ticket": "Demande",
        "comment": "Commentaire"
      },
      "selfService": {
        "heading": "Libre-service",
        "funnel": "Parcours des recherches",
        "step": "Étape",
        "searches": "Recherches",
        "withResults": "Avec des résultats",
        "openedArticle": "Article ouvert",
        "helpful": "Article jugé utile",
        "filedTicket": "Demande déposée ensuite",
        "deflected": "Article ouvert sans demande ensuite",
        "zeroResult": "Recherches sans résultat",
        "topQueries": "Recherches les plus fréquentes",
        "query": "Recherche",
        "openedArticles": "Articles les plus ouverts",
        "solvingArticles": "Articles ayant résolu le plus de demandes",
        "article": "Article",
        "outdated": "Articles signalés obsolètes",
        "language": "Langue"
      }
    }
  };
});
