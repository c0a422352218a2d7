define([], function() {
  return {
    "setup": {
      "title": "Installation du centre d'aide",
      "intro": "Cette page vérifie que le site contient tout ce dont le centre d'aide a besoin (listes, champs, index, paramètres, permissions, groupes) et installe ou répare ce qui manque. Vous pouvez la relancer sans risque : elle ne modifie que ce qui diffère.",
      "checking": "Vérification du site…",
      "ready": "Le centre d'aide est prêt.",
      "notReady": "Le centre d'aide n'est pas encore prêt.",
      "listsReady": {
        "one": "{0} liste prête",
        "other": "{0} listes prêtes"
      },
      "itemsToFix": {
        "one": "{0} élément à installer ou corriger",
        "other": "{0} éléments à installer ou corriger"
      },
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
    }
  };
});
