// Jest's `HelpCenterCommonStrings` (src/loc/common).
module.exports = require('../locStrings').loadLocModule('common');
