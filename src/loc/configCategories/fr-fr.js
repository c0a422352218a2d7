define([], function() {
  return {
    "categoriesConfig": {
      "heading": "Catégories",
      "intro": "L'arbre des catégories des demandes et de la base de connaissances."
    }
  };
});
