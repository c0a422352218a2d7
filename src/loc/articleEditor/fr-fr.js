define([], function() {
  return {
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
