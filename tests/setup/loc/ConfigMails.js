// Jest's `HelpCenterConfigMailsStrings` (src/loc/configMails).
module.exports = require('../locStrings').loadLocModule('configMails');
