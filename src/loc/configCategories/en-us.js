define([], function() {
  return {
    "categoriesConfig": {
      "heading": "Categories",
      "intro": "The tree of request and knowledge base categories."
    }
  };
});
