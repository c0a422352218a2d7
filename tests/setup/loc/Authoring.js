// Jest's `HelpCenterAuthoringStrings` (src/loc/authoring).
module.exports = require('../locStrings').loadLocModule('authoring');
