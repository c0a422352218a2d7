// Jest's `HelpCenterExpertsStrings` (src/loc/experts).
module.exports = require('../locStrings').loadLocModule('experts');
