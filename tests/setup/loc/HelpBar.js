// Jest's `HelpCenterHelpBarStrings` (src/loc/helpBar).
module.exports = require('../locStrings').loadLocModule('helpBar');
