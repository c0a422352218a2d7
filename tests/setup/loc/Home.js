// Jest's `HelpCenterHomeStrings` (src/loc/home).
module.exports = require('../locStrings').loadLocModule('home');
