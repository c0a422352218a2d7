define([], function() {
  return {
    "Title": "HelpBarApplicationCustomizer"
  }
});