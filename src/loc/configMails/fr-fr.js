define([], function() {
  return {
    "mailsConfig": {
      "heading": "Courriels",
      "intro": "Le texte de chaque courriel du centre d'aide, par événement et par destinataire, en français et en anglais."
    }
  };
});
