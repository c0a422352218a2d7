// Jest's `HelpCenterSetupStrings` (src/loc/setup).
module.exports = require('../locStrings').loadLocModule('setup');
