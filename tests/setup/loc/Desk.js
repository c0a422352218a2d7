// Jest's `HelpCenterDeskStrings` (src/loc/desk).
module.exports = require('../locStrings').loadLocModule('desk');
