// Jest's `HelpCenterIdeasStrings` (src/loc/ideas).
module.exports = require('../locStrings').loadLocModule('ideas');
