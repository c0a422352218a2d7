define([], function() {
  return {
    "setup": {
      "title": "Help center setup",
      "intro": "This page checks that the site has everything the help center needs (lists, fields, indexes, settings, permissions, groups) and sets up or repairs what is missing. It is safe to run again: it only changes what differs.",
      "checking": "Checking the site…",
      "ready": "The help center is ready.",
      "notReady": "The help center is not ready yet.",
      "listsReady": {
        "one": "{0} list ready",
        "other": "{0} lists ready"
      },
      "itemsToFix": {
        "one": "{0} item to set up or repair",
        "other": "{0} items to set up or repair"
      },
      "nothingToFix": "nothing to set up",
      "applyButton": "Set up / repair",
      "applying": "Setting up…",
      "progressDescription": "{0} of {1}: {2}",
      "announceStart": "Setup started.",
      "announceProgress": "Setup: {0}% done.",
      "announceDone": "Setup finished: the help center is ready.",
      "announceDoneWithErrors": "Setup finished, but some steps failed.",
      "notOwner": "Only site owners can set up the help center. Ask a site owner to run the setup, or to add you to the site's owners group.",
      "inspectFailed": "The state of the site could not be read.",
      "applyFailed": "The setup did not complete.",
      "stepErrors": "Some steps failed:",
      "stepError": "{0}: {1}",
      "detailsHeading": "Details per list",
      "siteGroup": "Site (groups, permission levels, access)",
      "groupSummary": "{0} of {1} ready",
      "expectedActual": "expected: {0}; actual: {1}",
      "expected": "expected: {0}",
      "checkKind": {
        "list": "List",
        "field": "Field",
        "index": "Index",
        "unique": "Unique values",
        "listSetting": "List setting",
        "permissions": "List permissions",
        "grant": "List access",
        "group": "Group",
        "roleDefinition": "Permission level",
        "webGrant": "Site access"
      },
      "checkStatus": {
        "ok": "Ready",
        "missing": "Missing",
        "different": "To repair"
      }
    }
  };
});
