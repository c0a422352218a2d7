define([], function() {
  return {
    "mailsConfig": {
      "heading": "Mails",
      "intro": "The text of each of the help center's mails, by event and recipient, in French and English."
    }
  };
});
