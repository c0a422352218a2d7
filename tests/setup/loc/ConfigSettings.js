// Jest's `HelpCenterConfigSettingsStrings` (src/loc/configSettings).
module.exports = require('../locStrings').loadLocModule('configSettings');
