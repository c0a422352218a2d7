define([], function() {
  return {
    "teamsConfig": {
      "heading": "Teams and hours",
      "intro": "Support teams, their hours, holidays and exam periods."
    }
  };
});
